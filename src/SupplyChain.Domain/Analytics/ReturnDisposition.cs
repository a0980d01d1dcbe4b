namespace SupplyChain.Domain.Analytics;

/// <summary>
/// What a returned unit was judged to be on inspection (the dispositions of marketplace returns reports, e.g. Amazon's
/// SELLABLE, DEFECTIVE, CUSTOMER_DAMAGED, CARRIER_DAMAGED, DAMAGED, EXPIRED). Only <see cref="Defective"/> counts
/// against the supplier.
/// </summary>
public enum ReturnDisposition
{
    /// <summary>Fit to sell again; nothing wrong with the product.</summary>
    Sellable = 0,

    /// <summary>The product itself is faulty: a supplier quality defect.</summary>
    Defective = 1,

    /// <summary>Damaged by the customer.</summary>
    CustomerDamaged = 2,

    /// <summary>Damaged in transit by a carrier.</summary>
    CarrierDamaged = 3,

    /// <summary>Damaged in the warehouse or fulfilment centre.</summary>
    WarehouseDamaged = 4,

    /// <summary>Past its expiry date.</summary>
    Expired = 5,
}
