using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// The buyer order's events and the values they carry, and the sale-to-shelf loop's held lines, in JSON (issue 17):
/// value → JSON → value is equal over the ranges <see cref="OrdersGenerators"/> states (reach proved below with the fixed
/// seed), broken JSON names the path and the rule, and a stored order history rebuilds the same order.
/// </summary>
public sealed class OrdersJsonTests
{
    private const int Runs = RoundTripPropertyTests.Runs;
    private const string Placed = """{"type":"BuyerOrderPlaced","orderId":"SO-1","version":1,"at":"2026-03-02T08:00:00Z","buyerAddress":{"country":"US","city":"Chicago","postalCode":null},"promisedDelivery":"2026-03-06","lines":[{"sku":"LAMP-01","units":3}]}""";
    private const string Parcel = """{"number":1,"location":"LAX9","fulfilmentMode":"Platform warehouse","lines":[{"sku":"LAMP-01","units":3}],"box":"300 × 200 × 100 mm","weight":{"value":2400,"unit":"g"},"chargeableWeightRule":"express-5000-cm3-per-kg"}""";
    private const string Assessment = """{"location":"LAX9","promiseDate":"2026-03-05","unitsAvailable":3,"unitsTaken":3,"verdict":"Chosen"}""";
    private const string Allocated = """{"type":"BuyerOrderAllocated","orderId":"SO-1","version":2,"at":"2026-03-02T09:00:00Z","allocation":{"reason":"SingleLocation","lines":[{"location":"LAX9","sku":"LAMP-01","product":"P-LAMP","units":3}],"parcels":[PARCEL],"locations":[ASSESSMENT],"splitCost":{"amount":"0.00","currency":"USD"}}}""";
    private const string Held = """{"product":"P-MUG","units":35,"since":"2027-01-05","inboundLeadTimeDays":12,"reason":"ReorderPointReached"}""";

    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 8, 0);
    private static readonly FacilityId Lax9 = new("LAX9");
    private static readonly Sku Lamp = new("LAMP-01");
    private static readonly Sku Mug = new("MUG-02");

    private static Property RoundTrips<T>(Gen<T> gen) =>
        Prop.ForAll(gen.ToArbitrary(), value => Json.RoundTrip(value).Should().Be(value));

    [Property(MaxTest = Runs)] public Property Address() => RoundTrips(OrdersGenerators.Address);
    [Property(MaxTest = Runs)] public Property OrderAllocation() => RoundTrips(OrdersGenerators.Allocation);
    [Property(MaxTest = Runs)] public Property HeldLine() => RoundTrips(OrdersGenerators.Held);

    [Property(MaxTest = Runs)]
    public Property Every_buyer_order_event_kind_as_the_base_record_and_as_its_own() => Prop.ForAll(OrdersGenerators.Event.ToArbitrary(), e =>
    {
        var back = Json.RoundTrip(e);
        back.Should().Be(e);
        back.GetType().Should().Be(e.GetType());
        var json = JsonSerializer.Serialize(e, e.GetType(), Json.Options);
        JsonSerializer.Deserialize(json, e.GetType(), Json.Options).Should().Be(e);
        json.Should().Be(Json.Write(e), "an event has one form, whatever type it is declared as");
    });

    [Fact]
    public void Generators_reach_every_kind_reason_verdict_rule_and_end_of_range()
    {
        Reach.Covers(OrdersGenerators.Event, Runs, e => Labels(
                (true, e.GetType().Name), (e.Version == int.MaxValue, "version max"), (e is BuyerOrderPlaced { Lines.Count: 0 }, "placed without lines"),
                (e is BuyerOrderPlaced { BuyerAddress.PostalCode: null }, "no postal code"), (e is BuyerOrderParcelShipped { Parcel: int.MaxValue }, "parcel max"),
                (e is BuyerOrderReturnReceived { Return.Units.Units: int.MaxValue }, "return units max"),
                (e is BuyerOrderReturnReceived, (e as BuyerOrderReturnReceived)?.Return.Reason.ToString() ?? ""),
                (e is BuyerOrderReturnReceived, (e as BuyerOrderReturnReceived)?.Return.Condition.ToString() ?? "")),
            [nameof(BuyerOrderPlaced), nameof(BuyerOrderAllocated), nameof(BuyerOrderParcelShipped), nameof(BuyerOrderCancelled), nameof(BuyerOrderReturnReceived),
                "version max", "placed without lines", "no postal code", "parcel max", "return units max",
                .. Enum.GetNames<ReturnReason>(), .. Enum.GetNames<ReturnCondition>()]);
        Reach.Covers(OrdersGenerators.Allocation, Runs, a => Labels(
                [.. Enum.GetValues<AllocationReason>().Select(r => (a.Reason == r, r.ToString())),
                 (a.Locations.Count == 0, "no assessments"), (a.SplitCost.Amount == 0, "no split cost"), (a.Lines.Count == 3 && a.Parcels.Count == 3, "3 lines and parcels")]),
            [.. Enum.GetNames<AllocationReason>(), "no assessments", "no split cost", "3 lines and parcels"]);
        Reach.Covers(OrdersGenerators.Parcel, Runs, p => Labels(
                [.. ChargeableWeightRules.All.Select(r => (ReferenceEquals(p.Chargeable.Rule, r), r.Name)),
                 (p.Weight.Grams == 0, "weightless"), (p.Weight.Grams == 1_000_000, "1000 kg"), (p.Lines.Count == 3, "3 lines"), (p.Number == int.MaxValue, "number max")]),
            [.. ChargeableWeightRules.All.Select(r => r.Name), "weightless", "1000 kg", "3 lines", "number max"]);
        Reach.Covers(OrdersGenerators.Assessment, Runs, a => Labels(
                [.. Enum.GetValues<LocationVerdict>().Select(v => (a.Verdict == v, v.ToString())),
                 (a.PromiseDate is null, "no promise"), (a.UnitsAvailable == 0, "none available"), (a.UnitsAvailable == int.MaxValue, "max available"), (a.UnitsTaken == a.UnitsAvailable && a.UnitsTaken > 0, "all taken")]),
            [.. Enum.GetNames<LocationVerdict>(), "no promise", "none available", "max available", "all taken"]);
        Reach.Covers(OrdersGenerators.Held, Runs, h => Labels(
                (h.InboundLeadTimeDays == 0, "lead 0"), (h.InboundLeadTimeDays == SkuDay.MaxInboundLeadTimeDays, "lead max"), (h.Units == int.MaxValue, "units max"),
                (h.Reason == Replenishment.ReplenishmentReason.Unspecified, "unspecified reason"), (h.Since == LocalDate.MaxIsoValue, "last date")),
            ["lead 0", "lead max", "units max", "unspecified reason", "last date"]);
    }

    public static TheoryData<Type, string, string, string> Cases => new()
    {
        { typeof(BuyerOrderEvent), Placed.Replace("BuyerOrderPlaced", "BuyerOrderReturned", StringComparison.Ordinal), "$.type", "'BuyerOrderReturned' is not a buyer order event type" },
        { typeof(BuyerOrderEvent), Placed.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal), "$.version", "a BuyerOrderPlaced event is version 1" },
        { typeof(BuyerOrderEvent), Placed.Replace("\"city\":\"Chicago\"", "\"city\":\" \"", StringComparison.Ordinal), "$.buyerAddress.city", "the domain refuses an address" },
        { typeof(BuyerOrderEvent), Placed.Replace("\"units\":3", "\"units\":-3", StringComparison.Ordinal), "$.lines[0].units", "the domain refuses a SKU quantity" },
        { typeof(BuyerOrderPlaced), """{"type":"BuyerOrderCancelled","orderId":"SO-1","version":4,"at":"2026-03-02T09:00:00Z"}""", "$.type", "expected a BuyerOrderPlaced, but the type says BuyerOrderCancelled" },
        { typeof(BuyerOrderEvent), """{"type":"BuyerOrderParcelShipped","orderId":"SO-1","version":3,"at":"2026-03-02T09:00:00Z","parcel":0}""", "$.parcel", "the domain refuses a buyer order event" },
        { typeof(BuyerOrderEvent), """{"type":"BuyerOrderCancelled","orderId":"SO-1","version":3,"at":"2026-03-02T09:00:00Z","parcel":1}""", "$.parcel", "has no field 'parcel'" },
        { typeof(BuyerOrderEvent), """{"type":"BuyerOrderReturnReceived","orderId":"SO-1","version":4,"at":"2026-03-02T09:00:00Z","parcel":1,"sku":"LAMP-01","units":0,"reason":"Defective","condition":"Defective","centre":"LEJ1"}""", "$.units", "the domain refuses a buyer order event" },
        { typeof(BuyerOrderEvent), """{"type":"BuyerOrderReturnReceived","orderId":"SO-1","version":4,"at":"2026-03-02T09:00:00Z","parcel":1,"sku":"LAMP-01","units":1,"reason":"Bored","condition":"Defective","centre":"LEJ1"}""", "$.reason", "'Bored' is not a return reason" },
        { typeof(BuyerOrderEvent), """{"type":"BuyerOrderReturnReceived","orderId":"SO-1","version":4,"at":"2026-03-02T09:00:00Z","parcel":1,"sku":"LAMP-01","units":1,"reason":"Defective","condition":"Defective"}""", "$", "a BuyerOrderReturnReceived event is missing its field 'centre'" },
        { typeof(BuyerOrderEvent), Alloc(Parcel.Replace("express-5000-cm3-per-kg", "my-rule", StringComparison.Ordinal), Assessment), "$.allocation.parcels[0].chargeableWeightRule", "'my-rule' is not a built-in chargeable-weight rule" },
        { typeof(BuyerOrderEvent), Alloc(Parcel.Replace("\"units\":3", "\"units\":0", StringComparison.Ordinal), Assessment), "$.allocation.parcels[0].lines", "the domain refuses a parcel" },
        { typeof(BuyerOrderEvent), Alloc(Parcel.Replace("\"value\":2400", "\"value\":-1", StringComparison.Ordinal), Assessment), "$.allocation.parcels[0].weight", "the domain refuses a parcel" },
        { typeof(BuyerOrderEvent), Alloc(Parcel, Assessment.Replace("Chosen", "Maybe", StringComparison.Ordinal)), "$.allocation.locations[0].verdict", "'Maybe' is not a location verdict" },
        { typeof(BuyerOrderEvent), Alloc(Parcel, Assessment.Replace("\"promiseDate\":\"2026-03-05\",", "", StringComparison.Ordinal)), "$.allocation.locations[0]", "a location assessment is missing its field 'promiseDate'" },
        { typeof(BuyerOrderEvent), Alloc(Parcel, Assessment.Replace("\"unitsTaken\":3", "\"unitsTaken\":4", StringComparison.Ordinal)), "$.allocation.locations[0].unitsTaken", "the domain refuses a location assessment" },
        { typeof(BuyerOrderEvent), Alloc(Parcel, Assessment).Replace("\"amount\":\"0.00\"", "\"amount\":\"-1.00\"", StringComparison.Ordinal), "$.allocation.splitCost", "the domain refuses an order allocation" },
        { typeof(BuyerOrderEvent), Alloc(Parcel, Assessment).Replace("SingleLocation", "Nearest", StringComparison.Ordinal), "$.allocation.reason", "'Nearest' is not an allocation reason" },
        { typeof(OrderAllocation), """{"reason":"SingleLocation","lines":[],"parcels":[],"locations":[],"splitCost":{"amount":"0","currency":"USD"}}""", "$.lines", "the domain refuses an order allocation" },
        { typeof(HeldLine), Held.Replace("\"inboundLeadTimeDays\":12", "\"inboundLeadTimeDays\":100000", StringComparison.Ordinal), "$.inboundLeadTimeDays", "the domain refuses a held line" },
        { typeof(HeldLine), Held.Replace("ReorderPointReached", "Whim", StringComparison.Ordinal), "$.reason", "'Whim' is not a replenishment reason" },
        { typeof(HeldLine), Held.Replace(",\"units\":35", "", StringComparison.Ordinal), "$", "a held line is missing its field 'units'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_json_names_the_path_and_the_rule(Type type, string json, string path, string rule) => HostileJsonTests.Refused(type, json, path, rule);

    [Fact]
    public void The_written_forms_are_the_documented_ones()
    {
        var allocated = Alloc(Parcel, Assessment);
        Json.Write(Json.Read<BuyerOrderEvent>(Placed)).Should().Be(Placed);
        Json.Write(Json.Read<BuyerOrderEvent>(allocated)).Should().Be(allocated.Replace("×", "\\u00D7", StringComparison.Ordinal));   // the default encoder escapes × (U+00D7)
        Json.Write(Json.Read<HeldLine>(Held)).Should().Be(Held);
    }

    [Fact]
    public void A_parcel_charged_by_a_rule_that_is_not_built_in_is_refused_when_written_not_stored_half()
    {
        var own = new ChargeableWeightRule("own-4000", Mass.FromKilograms(1), Volume.FromCubicCentimeters(4000), null);
        var parcel = new OrderParcel(1, Lax9, "Platform warehouse", [new SkuQuantity(Lamp, 1)], Box(300, 200, 100), Mass.FromGrams(800), own);
        var allocation = new OrderAllocation(AllocationReason.SingleLocation, [new AllocationLine(Lax9, Lamp, new ProductId("P-LAMP"), 1)], [parcel], [], Money.Zero(Currency.USD));

        FluentActions.Invoking(() => Json.Write(allocation)).Should().Throw<JsonException>().WithMessage("*'own-4000', which is not a built-in chargeable-weight rule*");
    }

    [Fact]
    public void A_stored_buyer_order_history_rebuilds_the_same_order()
    {
        // SO-1: 3 lamps and 1 mug, all at LAX9, in two parcels (2 lamps; 1 lamp + 1 mug); parcel 1 ships, then the order is cancelled.
        var rule = ChargeableWeightRules.InternationalExpress;
        var parcels = new[]
        {
            new OrderParcel(1, Lax9, "Platform warehouse", [new SkuQuantity(Lamp, 2)], Box(300, 200, 200), Mass.FromGrams(2400), rule),
            new OrderParcel(2, Lax9, "Platform warehouse", [new SkuQuantity(Lamp, 1), new SkuQuantity(Mug, 1)], Box(300, 200, 150), Mass.FromGrams(1550), rule),
        };
        var allocation = new OrderAllocation(
            AllocationReason.SingleLocation,
            [new AllocationLine(Lax9, Lamp, new ProductId("P-LAMP"), 3), new AllocationLine(Lax9, Mug, new ProductId("P-MUG"), 1)],
            parcels,
            [new LocationAssessment(Lax9, new LocalDate(2026, 3, 5), 4, 4, LocationVerdict.Chosen), new LocationAssessment(new FacilityId("SZX1"), null, 0, 0, LocationVerdict.CannotDeliver)],
            Money.Zero(Currency.USD));
        var id = new OrderId("SO-1");
        BuyerOrderEvent[] history =
        [
            new BuyerOrderPlaced(id, T0, new Address(CountryCode.Parse("US"), "Chicago") { PostalCode = "60601" }, new LocalDate(2026, 3, 6), [new SkuQuantity(Lamp, 3), new SkuQuantity(Mug, 1)]),
            new BuyerOrderAllocated(id, 2, T0 + NodaTime.Duration.FromHours(1), allocation),
            new BuyerOrderParcelShipped(id, 3, T0 + NodaTime.Duration.FromHours(2), 1),
            new BuyerOrderCancelled(id, 4, T0 + NodaTime.Duration.FromHours(3)),
            new BuyerOrderReturnReceived(id, 5, T0 + NodaTime.Duration.FromDays(5), new BuyerReturn(1, new SkuQuantity(Lamp, 1), ReturnReason.Defective, ReturnCondition.Defective), Lax9),
        ];

        var shipped = BuyerOrder.Rebuild(Json.Read<List<BuyerOrderEvent>>(Json.Write(history[..3])));
        var cancelled = BuyerOrder.Rebuild(Json.Read<List<BuyerOrderEvent>>(Json.Write(history[..4])));
        var returned = BuyerOrder.Rebuild(Json.Read<List<BuyerOrderEvent>>(Json.Write(history)));

        shipped.History.Should().Equal(history[..3]);
        shipped.Status.Should().Be(BuyerOrderStatus.PartiallyShipped);
        shipped.Parcels.Should().Equal(parcels);
        shipped.ShippedParcels.Should().Equal(1);
        shipped.ReservedUnits.Should().Be(2);   // parcel 2 still reserved: 1 lamp + 1 mug
        cancelled.History.Should().Equal(history[..4]);
        cancelled.Status.Should().Be(BuyerOrderStatus.Cancelled);
        cancelled.ReservedUnits.Should().Be(0);
        cancelled.Version.Should().Be(4);
        // Parcel 1 shipped 2 lamps before the cancellation; one comes back defective afterwards (a return does not change the status).
        returned.History.Should().Equal(history);
        returned.ReturnedUnits(Lamp).Should().Be(1);
        returned.Version.Should().Be(5);
    }

    [Fact]
    public void A_stored_allocation_that_does_not_cover_the_order_is_refused_by_rebuild()
    {
        var json = "[" + Placed + "," + Alloc(Parcel.Replace("\"units\":3", "\"units\":2", StringComparison.Ordinal), Assessment) + "]";

        var history = Json.Read<List<BuyerOrderEvent>>(json);

        FluentActions.Invoking(() => BuyerOrder.Rebuild(history)).Should().Throw<ArgumentException>().WithMessage("*does not cover the order's lines exactly*");
    }

    private static string Alloc(string parcel, string assessment) =>
        Allocated.Replace("PARCEL", parcel, StringComparison.Ordinal).Replace("ASSESSMENT", assessment, StringComparison.Ordinal);

    private static Dimensions Box(double a, double b, double c) => new(Length.FromMillimeters(a), Length.FromMillimeters(b), Length.FromMillimeters(c));

    private static IEnumerable<string> Labels(params (bool Holds, string Label)[] labels) =>
        labels.Where(l => l.Holds).Select(l => l.Label.ToString(CultureInfo.InvariantCulture));
}
