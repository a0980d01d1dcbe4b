using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A platform's purchase programme for mode 2 (the fully managed programmes of cross-border marketplaces): the platform
/// buys the seller's goods at a supply price with a stocking order, collects them, becomes the importer of record and
/// pays freight, duty, storage and the last mile; title and risk pass at pickup or after its quality check, and the
/// seller is paid a number of days after that.
/// </summary>
/// <remarks>
/// Set on <see cref="PlatformPickupMode.Purchase"/>; each programme's numbers are data, set by name:
/// <c>new PlatformPurchaseTerms(supplyPrice) { TitlePasses = TitleTransferPoint.AfterQualityCheck, SettlementDays = 15 }</c>.
/// The stocking order itself is a <c>Procurement.PurchaseOrder</c> with the platform as buyer. Terms compare by
/// reference: they are configuration, read by the mode.
/// </remarks>
public sealed class PlatformPurchaseTerms
{
    /// <summary>Creates the terms with the price the platform pays per unit.</summary>
    /// <param name="supplyPricePerUnit">The supply price per unit, greater than zero, in the request's currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="supplyPricePerUnit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="supplyPricePerUnit"/> is zero or negative.</exception>
    public PlatformPurchaseTerms(Money supplyPricePerUnit)
    {
        Guard.NotNull(supplyPricePerUnit);
        Guard.Positive(supplyPricePerUnit.Amount, nameof(supplyPricePerUnit));
        SupplyPricePerUnit = supplyPricePerUnit;
    }

    /// <summary>The price the platform pays the seller per unit.</summary>
    public Money SupplyPricePerUnit { get; }

    /// <summary>Where title and risk pass to the platform; <see cref="TitleTransferPoint.AtPickup"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public TitleTransferPoint TitlePasses { get; init => field = Guard.Defined(value, nameof(TitlePasses)); }

    /// <summary>Days after title passes until the platform pays the seller; 0 by default, not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SettlementDays { get; init => field = Guard.NotNegative(value, nameof(SettlementDays)); }

    /// <summary>The supply price and where title passes.</summary>
    /// <returns>The terms in one line, e.g. <c>supply price 9.00 USD, title AtPickup, paid 15 days after</c>.</returns>
    public override string ToString() => $"supply price {SupplyPricePerUnit}, title {TitlePasses}, paid {SettlementDays} days after";
}
