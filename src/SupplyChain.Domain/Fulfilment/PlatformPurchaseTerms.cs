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
/// <c>new PlatformPurchaseTerms(supplyPrice) { TitlePasses = TitleTransferPoint.AfterQualityCheck, SettlementDays = 15, QualityRejectionRate = 0.02m }</c>.
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

    /// <summary>
    /// The expected share of units the platform's quality check rejects, from 0 (the default) up to but not including 1.
    /// Rejected units go back to the seller unpaid, so the seller is paid for (1 − rate) of the units it hands over; the
    /// seller still paid the factory for every unit. Only with <see cref="TitleTransferPoint.AfterQualityCheck"/>: when
    /// title passes at pickup the platform owns what its check rejects (<see cref="PlatformPickupMode.Purchase"/> refuses
    /// a rate then). What the seller later recovers from a rejected unit (a resale elsewhere) is not counted.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, or 1 or more.</exception>
    public decimal QualityRejectionRate
    {
        get;
        init => field = value is >= 0m and < 1m
            ? value
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.RejectionRateOutOfRange, value), nameof(QualityRejectionRate));
    }

    /// <summary>
    /// What the seller pays to take one rejected unit back (the return from the platform's consolidation warehouse), or
    /// null (the default) when nothing; in the supply price's currency, not negative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="DomainRuleException">The amount is in another currency than the supply price (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public Money? RejectReturnCostPerUnit
    {
        get;
        init
        {
            if (value is not null)
            {
                Guard.NotNegative(value.Amount, nameof(RejectReturnCostPerUnit));
                _ = SupplyPricePerUnit - value;   // the same currency, or money.same-currency
            }

            field = value;
        }
    }

    /// <summary>The supply price and where title passes.</summary>
    /// <returns>The terms in one line, e.g. <c>supply price 9.00 USD, title AtPickup, paid 15 days after</c>.</returns>
    public override string ToString() => $"supply price {SupplyPricePerUnit}, title {TitlePasses}, paid {SettlementDays} days after";
}
