using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// The platform warehouse fees the mode prices from data rather than from <see cref="StorageCentreTerms"/>: the
/// fulfilment fee by size tier and shipping weight, and the low-inventory-level fee.
/// </summary>
/// <remarks>
/// Either part may be left out: without <see cref="FulfilmentFees"/> the fulfilment fee is
/// <see cref="StorageCentreTerms.FulfilmentFeePerUnit"/>; without <see cref="LowInventoryLevel"/> no low-inventory-level
/// fee is assessed. Compares by reference.
/// </remarks>
public sealed class PlatformWarehouseFees
{
    /// <summary>Creates the fee data.</summary>
    /// <param name="fulfilmentFees">The fulfilment-fee tables; null to keep the storage centre's fee per unit.</param>
    /// <param name="sizeTiers">The size-tier tables the product is classified with; null for <see cref="SizeTierTables.BuiltIn"/>.</param>
    /// <param name="lowInventoryLevel">The product's days of supply and the fee; null for no low-inventory-level fee.</param>
    public PlatformWarehouseFees(FulfilmentFeeTables? fulfilmentFees = null, SizeTierTables? sizeTiers = null, LowInventoryLevelFeeInput? lowInventoryLevel = null)
    {
        FulfilmentFees = fulfilmentFees;
        SizeTiers = sizeTiers ?? SizeTierTables.BuiltIn;
        LowInventoryLevel = lowInventoryLevel;
    }

    /// <summary>The fulfilment-fee tables, or null to use <see cref="StorageCentreTerms.FulfilmentFeePerUnit"/>.</summary>
    public FulfilmentFeeTables? FulfilmentFees { get; }

    /// <summary>The size-tier tables.</summary>
    public SizeTierTables SizeTiers { get; }

    /// <summary>The low-inventory-level fee input, or null for none.</summary>
    public LowInventoryLevelFeeInput? LowInventoryLevel { get; }

    /// <summary>
    /// The fulfilment fee per unit of a product: its packaged unit (unit dimensions and weight) classified under the
    /// size-tier table in force for the marketplace on the date, priced by the fulfilment-fee table in force.
    /// </summary>
    /// <param name="product">The product.</param>
    /// <param name="marketplace">The marketplace (the destination country).</param>
    /// <param name="date">The order date.</param>
    /// <returns>The quote; null when there are no <see cref="FulfilmentFees"/> (the storage centre's fee applies).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> or <paramref name="marketplace"/> is null.</exception>
    /// <exception cref="DomainRuleException">No size-tier table is in force for the marketplace on the date (rule <see cref="DomainRules.PlatformFeesFulfilmentFeeKnown"/>).</exception>
    /// <exception cref="DomainRuleException">No fulfilment-fee table is in force for the marketplace on the date (rule <see cref="DomainRules.PlatformFeesFulfilmentFeeKnown"/>).</exception>
    /// <exception cref="DomainRuleException">No band of the fee table covers the item's tier and shipping weight (rule <see cref="DomainRules.PlatformFeesFulfilmentFeeKnown"/>).</exception>
    public FulfilmentFeeQuote? QuoteFulfilmentFee(Product product, CountryCode marketplace, LocalDate date)
    {
        Guard.NotNull(product);
        Guard.NotNull(marketplace);
        if (FulfilmentFees is not { } feeTables)
        {
            return null;
        }

        if (!SizeTiers.TryGetInForce(marketplace, date, out var tiers))
        {
            throw new DomainRuleException(DomainRules.PlatformFeesFulfilmentFeeKnown, Guard.Format(ErrorMessages.NoFeeTableInForce, "size-tier table", marketplace, InvariantText.Iso(date)));
        }

        if (!feeTables.TryGetInForce(marketplace, date, out var fees))
        {
            throw new DomainRuleException(DomainRules.PlatformFeesFulfilmentFeeKnown, Guard.Format(ErrorMessages.NoFeeTableInForce, "fulfilment-fee table", marketplace, InvariantText.Iso(date)));
        }

        return fees.Quote(tiers.Classify(product.UnitDimensions, product.UnitMass));
    }

    /// <summary>
    /// Whether the low-inventory-level fee applies, and why, under the rule in force for the marketplace on the date,
    /// with the days of supply of <see cref="LowInventoryLevel"/>.
    /// </summary>
    /// <param name="marketplace">The marketplace (the destination country).</param>
    /// <param name="date">The order date.</param>
    /// <returns>The assessment; null when there is no <see cref="LowInventoryLevel"/> input or no rule is in force for the marketplace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marketplace"/> is null.</exception>
    public LowInventoryLevelFeeAssessment? AssessLowInventoryLevelFee(CountryCode marketplace, LocalDate date)
    {
        Guard.NotNull(marketplace);
        return LowInventoryLevel is { } input && input.Rules.TryGetInForce(marketplace, date, out var rule)
            ? rule.Assess(input.ShortTermDaysOfSupply, input.LongTermDaysOfSupply)
            : null;
    }

    /// <summary>What is priced from data.</summary>
    public override string ToString() =>
        $"fulfilment fee {(FulfilmentFees is null ? "from the storage centre's terms" : "from fee tables")}; low-inventory-level fee {(LowInventoryLevel is null ? "not assessed" : "assessed")}";
}
