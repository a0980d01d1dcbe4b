using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests.Fulfilment;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>
/// Buyer orders to Chicago served from the platform's storage centre LAX9 (platform warehouse mode) and the seller's
/// Shenzhen warehouse (direct express). Units: a lamp of 30 × 20 × 10 cm and 1.2 kg, a mug of 12 × 10 × 10 cm and 0.4 kg,
/// a poster tube of 90 × 8 × 8 cm and 0.5 kg. Both carriers take parcels up to 5 kg and 60 × 40 × 40 cm and bill on the
/// express rule (1 kg per 5,000 cm³, rounded up to 0.5 kg).
/// </summary>
internal static class OrdersFixture
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    public static readonly LocalDate Promised = new(2026, 3, 6);
    public static readonly Address Chicago = FulfilmentScenario.Chicago;
    public static readonly FacilityId Lax9 = new("LAX9");
    public static readonly FacilityId Shenzhen = new("SZ-WH-1");
    public static readonly FacilityId Newark = new("EWR4");
    public static readonly Sku LampSku = new("LAMP-01");
    public static readonly Sku MugSku = new("MUG-350");
    public static readonly Sku TubeSku = new("TUBE-90");

    public static readonly Product Lamp = Make("P-LAMP", LampSku, 30, 20, 10, 1.2);
    public static readonly Product Mug = Make("P-MUG", MugSku, 12, 10, 10, 0.4);
    public static readonly Product Tube = Make("P-TUBE", TubeSku, 90, 8, 8, 0.5);
    public static readonly Product[] Catalogue = [Lamp, Mug, Tube];

    public static readonly ParcelLimits Express = new(
        Mass.FromKilograms(5), new Dimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromCentimeters(40)), ChargeableWeightRules.InternationalExpress);

    public static readonly OrderSplitRules SplitAllowed = new(10, true, new Money(3.50m, Currency.USD));
    public static readonly OrderSplitRules NoSplit = new(10, false, new Money(3.50m, Currency.USD));

    public static Instant At(int hours) => T0 + NodaTime.Duration.FromHours(hours);

    public static SkuQuantity Line(Sku sku, int units) => new(sku, units);

    public static BuyerOrder Order(params SkuQuantity[] lines) => new(new OrderId("SO-1"), Chicago, T0, Promised, lines);

    /// <summary>A location with a fulfillable balance per product (products with 0 get no ledger).</summary>
    public static StockLocation Location(FacilityId facility, int lamps, int mugs, int tubes = 0)
    {
        var ledgers = new List<StockLedger>();
        foreach (var (product, units) in new[] { (Lamp, lamps), (Mug, mugs), (Tube, tubes) })
        {
            if (units > 0)
            {
                var ledger = new StockLedger(product.Id, facility);
                ledger.Post(StockMovement.TransferIn(units, T0 - NodaTime.Duration.FromDays(7)));
                ledgers.Add(ledger);
            }
        }

        return facility == Shenzhen
            ? new StockLocation(facility, FulfilmentScenario.DirectExpress(), Express, ledgers)
            : new StockLocation(facility, FulfilmentScenario.Warehouse(), Express, ledgers);
    }

    public static int Balance(StockLocation location, Product product, StockBucket bucket) =>
        location.Ledgers.FirstOrDefault(l => l.Product == product.Id)?.Balance(bucket) ?? 0;

    private static Product Make(string id, Sku sku, double l, double w, double h, double kg) => new(
        new ProductId(id), new PartyId("SELLER-SZ-01"), sku, HsCode.Parse("9405.21"),
        new Dimensions(Length.FromCentimeters(l), Length.FromCentimeters(w), Length.FromCentimeters(h)), Mass.FromKilograms(kg), "Home");
}

/// <summary>A promise as data: the earliest delivery date of each location (absent: it cannot deliver).</summary>
internal sealed class FixedPromise(IReadOnlyDictionary<FacilityId, LocalDate> dates) : IDeliveryPromise
{
    public static FixedPromise Of(params (FacilityId Location, LocalDate Date)[] dates) => new(dates.ToDictionary(d => d.Location, d => d.Date));

    public LocalDate? EarliestDelivery(StockLocation location, Address buyerAddress, Instant orderedAt) =>
        dates.TryGetValue(location.Facility, out var date) ? date : null;
}
