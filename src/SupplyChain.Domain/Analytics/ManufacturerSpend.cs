using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Analytics;

/// <summary>What a seller spends with one manufacturer, and its share of the seller's total.</summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record ManufacturerSpend
{
    internal ManufacturerSpend(PartyId manufacturer, Money spend, decimal sharePercent)
    {
        Manufacturer = manufacturer;
        Spend = spend;
        SharePercent = sharePercent;
    }

    /// <summary>The manufacturer (the party operating the factories).</summary>
    public PartyId Manufacturer { get; }

    /// <summary>The spend: units × unit cost of the agreements in force.</summary>
    public Money Spend { get; }

    /// <summary>The share of the seller's total spend, in percent.</summary>
    public decimal SharePercent { get; }

    /// <summary>"manufacturer: spend (share %)".</summary>
    public override string ToString() => Guard.Format("{0}: {1} ({2:0.##} %)", Manufacturer, Spend, SharePercent);
}
