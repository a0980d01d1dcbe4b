using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// How concentrated a seller's purchases are on its manufacturers: the spend per manufacturer priced by the sourcing
/// agreements of a <see cref="SupplyNetwork"/>, and its Herfindahl–Hirschman index.
/// </summary>
public static class SupplierConcentration
{
    /// <summary>
    /// What <paramref name="seller"/> spends with each manufacturer for <paramref name="unitsBought"/>, at the unit
    /// cost of the agreement in force on <paramref name="asOf"/>; the manufacturer is the party operating that
    /// agreement's factory. Ordered by spend (largest first), then manufacturer id.
    /// </summary>
    /// <param name="network">The supply network that holds the seller's products and agreements.</param>
    /// <param name="seller">The seller.</param>
    /// <param name="unitsBought">Units bought per product of the seller; none negative, not all zero.</param>
    /// <param name="asOf">The date whose agreements price the units.</param>
    /// <returns>The spend per manufacturer with its share in percent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="seller"/> or <paramref name="unitsBought"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitsBought"/> names a product that is not in the network or not the seller's, has a negative count, or buys nothing.</exception>
    /// <exception cref="DomainRuleException">A product bought has no agreement in force on <paramref name="asOf"/> (rule <see cref="DomainRules.ProductsAgreementInForce"/>), or the unit costs are in different currencies (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static IReadOnlyList<ManufacturerSpend> SpendByManufacturer(SupplyNetwork network, PartyId seller, IReadOnlyDictionary<ProductId, int> unitsBought, LocalDate asOf)
    {
        Guard.NotNull(network);
        Guard.NotNull(seller);
        Guard.NotNull(unitsBought);
        var products = network.Products.ToDictionary(p => p.Id);
        var operators = network.Facilities.ToDictionary(f => f.Id, f => f.OperatedBy);
        var spend = new Dictionary<PartyId, Money>();
        foreach (var (productId, units) in unitsBought.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            if (!products.TryGetValue(productId, out var product))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "product", productId), nameof(unitsBought));
            }

            if (product.Seller != seller)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkProductOfOtherSeller, nameof(unitsBought), productId, product.Seller, seller), nameof(unitsBought));
            }

            if (units < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(unitsBought), units, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(unitsBought), units));
            }

            if (units == 0)
            {
                continue;
            }

            var agreement = network.AgreementInForce(productId, asOf)
                ?? throw new DomainRuleException(DomainRules.ProductsAgreementInForce, Guard.Format(ErrorMessages.NetworkNoAgreementInForce, productId, asOf));
            var manufacturer = operators[agreement.Factory];
            var cost = agreement.UnitCost * units;
            spend[manufacturer] = spend.TryGetValue(manufacturer, out var sum) ? sum + cost : cost;
        }

        if (spend.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.AmountsMustBePositive, nameof(unitsBought)), nameof(unitsBought));
        }

        var total = spend.Values.Aggregate((a, b) => a + b);
        return spend.Select(s => new ManufacturerSpend(s.Key, s.Value, 100m * s.Value.Amount / total.Amount))
            .OrderByDescending(s => s.Spend.Amount)
            .ThenBy(s => s.Manufacturer.Value, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The Herfindahl–Hirschman index of <paramref name="seller"/>'s spend by manufacturer (see
    /// <see cref="SpendByManufacturer"/>), with its 2023 US Merger Guidelines band.
    /// </summary>
    /// <param name="network">The supply network that holds the seller's products and agreements.</param>
    /// <param name="seller">The seller.</param>
    /// <param name="unitsBought">Units bought per product of the seller; none negative, not all zero.</param>
    /// <param name="asOf">The date whose agreements price the units.</param>
    /// <returns>The index of the spend shares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="seller"/> or <paramref name="unitsBought"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitsBought"/> names a product that is not in the network or not the seller's, has a negative count, or buys nothing.</exception>
    /// <exception cref="DomainRuleException">A product bought has no agreement in force on <paramref name="asOf"/>, or the unit costs are in different currencies.</exception>
    public static HerfindahlHirschmanIndex ByManufacturer(SupplyNetwork network, PartyId seller, IReadOnlyDictionary<ProductId, int> unitsBought, LocalDate asOf) =>
        HerfindahlHirschmanIndex.FromAmounts(SpendByManufacturer(network, seller, unitsBought, asOf).Select(s => s.Spend.Amount));
}
