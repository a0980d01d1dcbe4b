using SupplyChain.Domain.Fulfilment.PlatformFees;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>What a part of a <see cref="LandedCostBreakdown"/> pays for.</summary>
public enum LandedCostKind
{
    /// <summary>Freight on the chargeable weight: express parcel, pickup or line-haul, inbound main carriage.</summary>
    Freight = 1,

    /// <summary>Customs duty on import.</summary>
    Duty = 2,

    /// <summary>Taxes charged on import (VAT, GST, import sales tax).</summary>
    ImportTax = 3,

    /// <summary>Fees the platform charges: pickup service, fulfilment (pick, pack, ship) per unit.</summary>
    PlatformFee = 4,

    /// <summary>Storage at the platform's storage centre.</summary>
    Storage = 5,

    /// <summary>The last mile, when billed apart from the main carriage.</summary>
    LastMile = 6,

    /// <summary>The platform's low-inventory-level fee per unit, charged when stock was kept too lean (see <see cref="LowInventoryLevelFeeRule"/>).</summary>
    LowInventoryLevelFee = 7,
}
