using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// The shipment's and the capacity book's events and values in JSON (issue 17): value → JSON → value is equal over the
/// ranges <see cref="ShippingGenerators"/> states (reach proved below with the fixed seed), broken JSON names the path and
/// the rule, and a stored history rebuilds the same shipment and the same book.
/// </summary>
public sealed class ShippingJsonTests
{
    private const int Runs = RoundTripPropertyTests.Runs;
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 0);

    private static Property RoundTrips<T>(Gen<T> gen) =>
        Prop.ForAll(gen.ToArbitrary(), value => Json.RoundTrip(value).Should().Be(value));

    [Property(MaxTest = Runs)] public Property VoyageNumber() => RoundTrips(ShippingGenerators.Voyage);
    [Property(MaxTest = Runs)] public Property TransitTimeDistribution() => RoundTrips(ShippingGenerators.TransitTime);
    [Property(MaxTest = Runs)] public Property Leg() => RoundTrips(ShippingGenerators.Leg);
    [Property(MaxTest = Runs)] public Property Itinerary() => RoundTrips(ShippingGenerators.Itinerary);
    [Property(MaxTest = Runs)] public Property RouteSpecification() => RoundTrips(ShippingGenerators.Route);
    [Property(MaxTest = Runs)] public Property PackedCarton() => RoundTrips(ShippingGenerators.Carton);
    [Property(MaxTest = Runs)] public Property CapacityBooking() => RoundTrips(ShippingGenerators.Booking);
    [Property(MaxTest = Runs)] public Property CapacityBooked() => RoundTrips(ShippingGenerators.Booked);

    [Property(MaxTest = Runs)]
    public Property HandlingEvent_keeps_the_fact_and_the_report() => Prop.ForAll(ShippingGenerators.HandlingEvent.ToArbitrary(), e =>
    {
        var back = Json.RoundTrip(e);
        back.Should().Be(e);
        back.RegistrationTime.Should().Be(e.RegistrationTime);
        back.Facility.Should().Be(e.Facility);
    });

    [Property(MaxTest = Runs)]
    public Property Every_shipment_event_kind_as_the_base_record_and_as_its_own() => Prop.ForAll(ShippingGenerators.Event.ToArbitrary(), e =>
    {
        var back = Json.RoundTrip(e);
        back.Should().Be(e);
        back.GetType().Should().Be(e.GetType());
        var json = JsonSerializer.Serialize(e, e.GetType(), Json.Options);
        JsonSerializer.Deserialize(json, e.GetType(), Json.Options).Should().Be(e);
        json.Should().Be(Json.Write(e), "an event has one form, whatever type it is declared as");
    });

    [Fact]
    public void The_generators_reach_every_kind_and_both_ends_of_their_ranges()
    {
        Reach.Covers(ShippingGenerators.Event, Runs, e => Labels(
                (true, e.GetType().Name), (e.Version == int.MaxValue, "version max"),
                (e is PartialShipmentBooked { Itinerary: null }, "partial not routed"), (e is PartialShipmentBooked { Itinerary: not null }, "partial routed"),
                (e is ShipmentBooked { Cartons.Count: 0 } or ShipmentSplitOff { Cartons.Count: 0 }, "no cartons"),
                (e is ShipmentBooked { Cartons.Count: 5 } or ShipmentSplitOff { Cartons.Count: 5 }, "5 cartons"),
                (e is ShipmentGoodsReceived { IntactQuantity: 0 }, "none intact"), (e is ShipmentGoodsReceived { DamagedQuantity: int.MaxValue }, "max damaged")),
            [
                nameof(ShipmentBooked), nameof(PartialShipmentBooked), nameof(ShipmentHandled), nameof(ShipmentRouted), nameof(ShipmentRouteSpecified),
                nameof(ShipmentGoodsReceived), nameof(ShipmentSplitOff), "version max", "partial not routed", "partial routed", "no cartons", "5 cartons",
                "none intact", "max damaged",
            ]);
        Reach.Covers(ShippingGenerators.HandlingEvent, Runs, e => Labels(
                (true, e.Type.ToString()), (e.Voyage is null, "no voyage"), (e.Voyage is not null && !Shipping.HandlingEvent.RequiresVoyage(e.Type), "optional voyage given"),
                (e.Facility is not null, "facility"), (e.RegistrationTime < e.CompletionTime, "reported before completion"),
                (e.CompletionTime == Instant.MinValue || e.CompletionTime == Instant.MaxValue, "end instant"),
                (e.FailureReason is not null, e.FailureReason.ToString()!), (e.Type == HandlingEventType.DeliveryAttemptFailed && e.FailureReason is null, "attempt without reason")),
            [.. Enum.GetNames<HandlingEventType>(), "no voyage", "optional voyage given", "facility", "reported before completion", "end instant",
                .. Enum.GetNames<DeliveryFailureReason>(), "attempt without reason"]);
        Reach.Covers(ShippingGenerators.Itinerary, Runs, i => Labels(
            [
                (i.Legs.Count == 1, "1 leg"), (i.Legs.Count == 4, "4 legs"), (i.Legs.Any(l => l.LoadLocation == l.UnloadLocation), "one place"),
                (i.Legs.Any(l => l.TransitTime != Shipping.TransitTimeDistribution.Fixed(l.UnloadTime - l.LoadTime)), "own transit time"),
                (i.Legs.Any(l => l.TransitTime == Shipping.TransitTimeDistribution.Fixed(l.UnloadTime - l.LoadTime)), "planned transit time"),
                (i.Legs.Any(l => l.LoadFacility is not null), "load facility"), (i.InitialDepartureTime.InUtc().Year < 0, "before year 0"),
                .. Enum.GetValues<TransportMode>().Select(m => (i.Legs.Any(l => l.Mode == m), m.ToString())),
            ]),
            ["1 leg", "4 legs", "one place", "own transit time", "planned transit time", "load facility", "before year 0", .. Enum.GetNames<TransportMode>()]);
        Reach.Covers(ShippingGenerators.TransitTime, Runs, t => Labels(
                (t.MeanDays > 1e300, "huge mean"), (t.StandardDeviationDays is > 0 and < 1e-300, "tiny spread"), (t.MeanDays == 0, "zero mean")),
            ["huge mean", "tiny spread", "zero mean"]);
        Reach.Covers(ShippingGenerators.Carton, Runs, c => Labels(
                (c.Sscc is null, "unlabelled"), (c.Sscc is not null, "labelled"), (c.Lines.Count == 1, "1 line"), (c.Lines.Count == 5, "5 lines"),
                (c.Lines.Any(l => l.Quantity == int.MaxValue), "max units")),
            ["unlabelled", "labelled", "1 line", "5 lines", "max units"]);
        Reach.Covers(ShippingGenerators.Route, Runs, r => Labels((r.Origin == r.Destination, "same place"), (r.ArrivalDeadline == Instant.MaxValue, "max deadline")),
            ["same place", "max deadline"]);
        Reach.Covers(ShippingGenerators.Booked, Runs, b => Labels(
                (b.Booking.Reference is null, "no reference"), (b.Booking.Reference?.Length == 64, "64-unit reference"),
                (b.Booking.Units == int.MaxValue, "max units"), (b.Version == int.MaxValue, "version max"),
                (b.Booking.EarliestStart == LocalDate.MinIsoValue || b.Booking.EarliestStart == LocalDate.MaxIsoValue, "end date")),
            ["no reference", "64-unit reference", "max units", "version max", "end date"]);
    }

    [Fact]
    public void The_forms_are_the_ones_the_docs_show()
    {
        // docs/persistence.md shows these texts.
        var loaded = new HandlingEvent(HandlingEventType.Loaded, UnLocode.Parse("CNSHA"), new VoyageNumber("V100"), Start);
        Json.Write(loaded).Should().Be("""{"type":"Loaded","location":"CNSHA","voyage":"V100","completionTime":"2026-03-02T08:00:00Z","registrationTime":"2026-03-02T08:00:00Z","facility":null,"failureReason":null}""");
        Json.Write(new RouteSpecification(UnLocode.Parse("CNSHA"), UnLocode.Parse("SEGOT"), Instant.FromUtc(2026, 4, 10, 0, 0)))
            .Should().Be("""{"origin":"CNSHA","destination":"SEGOT","arrivalDeadline":"2026-04-10T00:00:00Z"}""");
        Json.Write(Shipping.PackedCarton.Of(new ProductId("LAMP-01"), 24))
            .Should().Be("""{"sscc":null,"lines":[{"product":"LAMP-01","quantity":24}]}""");
        Json.Write(new ShipmentGoodsReceived(new ShipmentId("SHP-1"), 5, new ProductId("LAMP-01"), 95, 2))
            .Should().Be("""{"type":"ShipmentGoodsReceived","shipmentId":"SHP-1","version":5,"product":"LAMP-01","intactQuantity":95,"damagedQuantity":2}""");
        Json.Write(new CapacityBooked(new FacilityId("FACTORY-1"), 3, new CapacityBooking(new PartyId("SELLER-A"), 1800, new LocalDate(2026, 3, 2))))
            .Should().Be("""{"factory":"FACTORY-1","version":3,"booking":{"seller":"SELLER-A","units":1800,"earliestStart":"2026-03-02","reference":null}}""");
        // Left-out optional fields read as the domain's defaults: no voyage, registered at completion, no facility; the planned interval.
        Json.Read<HandlingEvent>("""{"type":"Received","location":"CNSHA","completionTime":"2026-03-02T08:00:00Z"}""").RegistrationTime.Should().Be(Start);
        var leg = Json.Read<Leg>("""{"mode":"SeaFcl","carrier":"OCEAN-LINE","voyage":"V100","loadLocation":"CNSHA","unloadLocation":"NLRTM","loadTime":"2026-03-02T08:00:00Z","unloadTime":"2026-03-29T08:00:00Z"}""");
        leg.TransitTime.Should().Be(Shipping.TransitTimeDistribution.Fixed(27));   // 2 March to 29 March: 27 days
    }

    private const string Booked = """{"type":"ShipmentBooked","shipmentId":"SHP-1","version":1,"shipper":"S","consignee":"C","routeSpecification":{"origin":"CNSHA","destination":"NLRTM","arrivalDeadline":"2026-04-10T00:00:00Z"},"cartons":[CARTON]}""";
    private const string Carton = """{"sscc":null,"lines":[{"product":"LAMP-01","quantity":24}]}""";
    private const string Leg1 = """{"mode":"SeaFcl","carrier":"L","voyage":"V1","loadLocation":"CNSHA","unloadLocation":"NLRTM","loadTime":"2026-03-02T08:00:00Z","unloadTime":"2026-03-29T08:00:00Z","loadFacility":null,"unloadFacility":null}""";

    public static TheoryData<Type, string, string, string> Cases => new()
    {
        { typeof(ShipmentEvent), """{"shipmentId":"SHP-1","version":2}""", "$", "a shipment event is missing its field 'type'" },
        { typeof(ShipmentEvent), """{"type":"ShipmentLost","shipmentId":"SHP-1","version":2}""", "$.type", "'ShipmentLost' is not a shipment event type" },
        { typeof(ShipmentEvent), Booked.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal).Replace("CARTON", Carton, StringComparison.Ordinal), "$.version", "a ShipmentBooked event is version 1" },
        { typeof(ShipmentEvent), Booked.Replace("CARTON", Carton.Replace("24", "0", StringComparison.Ordinal), StringComparison.Ordinal), "$.cartons[0].lines[0].quantity", "the domain refuses a shipment line" },
        { typeof(ShipmentEvent), Booked.Replace("CARTON", """{"sscc":null,"lines":[]}""", StringComparison.Ordinal), "$.cartons[0].lines", "the domain refuses a packed carton" },
        { typeof(ShipmentEvent), Booked.Replace(",\"shipper\":\"S\"", "", StringComparison.Ordinal).Replace("CARTON", Carton, StringComparison.Ordinal), "$", "a ShipmentBooked event is missing its field 'shipper'" },
        { typeof(ShipmentEvent), """{"type":"ShipmentRouted","shipmentId":"SHP-1","version":2,"itinerary":null}""", "$", "a ShipmentRouted event is missing its field 'itinerary'" },
        { typeof(ShipmentEvent), """{"type":"ShipmentRouted","shipmentId":"SHP-1","version":2,"itinerary":{"legs":[]}}""", "$.itinerary.legs", "the domain refuses an itinerary" },
        { typeof(ShipmentEvent), """{"type":"ShipmentRouted","shipmentId":"SHP-1","version":2,"itinerary":{"legs":[LEG]}}""".Replace("LEG", Leg1.Replace("2026-03-29", "2026-03-01", StringComparison.Ordinal), StringComparison.Ordinal), "$.itinerary.legs[0].unloadTime", "the domain refuses a leg" },
        { typeof(ShipmentEvent), """{"type":"ShipmentRouted","shipmentId":"SHP-1","version":2,"itinerary":{"legs":[LEG]}}""".Replace("LEG", Leg1.Replace("SeaFcl", "Boat", StringComparison.Ordinal), StringComparison.Ordinal), "$.itinerary.legs[0].mode", "'Boat' is not a transport mode" },
        { typeof(ShipmentEvent), """{"type":"ShipmentHandled","shipmentId":"SHP-1","version":2,"handlingEvent":{"type":"Loaded","location":"CNSHA","voyage":null,"completionTime":"2026-03-02T08:00:00Z"}}""", "$.handlingEvent.voyage", "the domain refuses a handling event" },
        { typeof(ShipmentEvent), """{"type":"ShipmentGoodsReceived","shipmentId":"SHP-1","version":3,"product":"LAMP-01","intactQuantity":-1,"damagedQuantity":0}""", "$.intactQuantity", "the domain refuses a shipment event" },
        { typeof(ShipmentRouted), """{"type":"ShipmentSplitOff","shipmentId":"SHP-1","version":2,"partialId":"SHP-2","cartons":[]}""", "$.type", "expected a ShipmentRouted, but the type says ShipmentSplitOff" },
        { typeof(HandlingEvent), """{"type":"Loaded","location":"CNSHA","voyage":"V1","completionTime":"2026-03-02T08:00:00Z","scan":"x"}""", "$.scan", "a handling event has no field 'scan'" },
        { typeof(HandlingEvent), """{"type":"Loaded","location":"CNSHA","voyage":"V1","completionTime":"2026-03-02T08:00:00Z","failureReason":"NoOneHome"}""", "$.failureReason", "the domain refuses a handling event" },
        { typeof(HandlingEvent), """{"type":"DeliveryAttemptFailed","location":"USCHI","completionTime":"2026-03-02T08:00:00Z","failureReason":"Lost"}""", "$.failureReason", "'Lost' is not a delivery failure reason" },
        { typeof(TransitTimeDistribution), """{"meanDays":-1,"standardDeviationDays":0}""", "$.meanDays", "the domain refuses a transit time distribution" },
        { typeof(TransitTimeDistribution), """{"meanDays":"1","standardDeviationDays":0}""", "$.meanDays", "expected a number of days (a JSON number)" },
        { typeof(RouteSpecification), """{"origin":"CNSHA","destination":"NLRTM","arrivalDeadline":"2026-04-10"}""", "$.arrivalDeadline", "'2026-04-10' is not the arrival deadline" },
        { typeof(PackedCarton), """{"sscc":"123","lines":[{"product":"LAMP-01","quantity":1}]}""", "$.sscc", "not an SSCC" },
        { typeof(CapacityBooking), """{"seller":"S","units":0,"earliestStart":"2026-03-02","reference":null}""", "$.units", "the domain refuses a capacity booking" },
        { typeof(CapacityBooking), """{"seller":"S","units":1,"earliestStart":"2026-03-02","reference":" "}""", "$.reference", "the domain refuses a capacity booking" },
        { typeof(CapacityBooked), """{"factory":"F","version":0,"booking":{"seller":"S","units":1,"earliestStart":"2026-03-02"}}""", "$.version", "the domain refuses a capacity booked event" },
        { typeof(CapacityBooked), """{"factory":"F","version":1}""", "$", "a capacity booked event is missing its field 'booking'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_json_names_the_path_and_the_rule(Type type, string json, string path, string rule) => HostileJsonTests.Refused(type, json, path, rule);

    [Fact]
    public void A_stored_shipment_history_rebuilds_the_same_shipment_and_its_partial()
    {
        var lamps = Shipping.PackedCarton.Of(new ProductId("LAMP-01"), 24, Sscc.Create(0, "0614141", 1));
        var cables = Shipping.PackedCarton.Of(new ProductId("CABLE-02"), 100);
        var shipment = new Shipment(new ShipmentId("SHP-1"), new PartyId("SELLER-A"), new PartyId("BUYER-B"),
            new Shipping.RouteSpecification(UnLocode.Parse("CNSHA"), UnLocode.Parse("NLRTM"), Start + Duration.FromDays(40)), [lamps, cables, cables]);
        var itinerary = new Shipping.Itinerary([new Shipping.Leg(TransportMode.SeaFcl, new PartyId("LINE"), new VoyageNumber("V1"), UnLocode.Parse("CNSHA"), UnLocode.Parse("NLRTM"), Start, Start + Duration.FromDays(27))]);
        shipment.AssignToRoute(itinerary);
        var partial = shipment.SplitOff(new ShipmentId("SHP-2"), [cables]);
        shipment.Record(new HandlingEvent(HandlingEventType.Loaded, UnLocode.Parse("CNSHA"), new VoyageNumber("V1"), Start) { Facility = new FacilityId("YANGSHAN") });
        shipment.Record(new HandlingEvent(HandlingEventType.Unloaded, UnLocode.Parse("NLRTM"), new VoyageNumber("V1"), Start + Duration.FromDays(27)));
        shipment.RecordGoodsReceipt(new ProductId("CABLE-02"), 98, 2);

        foreach (var original in new[] { shipment, partial })
        {
            var rebuilt = Shipment.Rebuild(Json.Read<List<ShipmentEvent>>(Json.Write(original.History)));
            rebuilt.History.Should().Equal(original.History);
            rebuilt.Cartons.Should().Equal(original.Cartons);
            rebuilt.Itinerary.Should().Be(original.Itinerary);
            rebuilt.Delivery.Should().Be(original.Delivery);
            rebuilt.Reconciliation.Should().Equal(original.Reconciliation);
        }

        shipment.Version.Should().Be(6);   // booked, routed, split, loaded, unloaded, received
        partial.History.Should().ContainSingle().Which.Should().BeOfType<PartialShipmentBooked>().Which.Itinerary.Should().Be(itinerary);
        shipment.Reconciliation.Single(r => r.Product.Value == "CABLE-02").Missing.Should().Be(0);   // 100 shipped: 98 intact + 2 damaged
    }

    [Fact]
    public void A_stored_capacity_book_history_rebuilds_the_same_book()
    {
        var capacity = new ProductionCapacity(1000, WorkingCalendar.MondayToFriday, 2);
        var book = new CapacityBook(new FacilityId("FACTORY-1"), capacity, FirstComeAllocation.Instance);
        book.Book(new CapacityBooking(new PartyId("SELLER-A"), 1800, new LocalDate(2026, 3, 2), "PO-1"));
        book.Book([new CapacityBooking(new PartyId("SELLER-B"), 500, new LocalDate(2026, 3, 2)), new CapacityBooking(new PartyId("SELLER-A"), 700, new LocalDate(2026, 3, 4))]);

        var rebuilt = CapacityBook.Rebuild(book.Factory, capacity, FirstComeAllocation.Instance, Json.Read<List<CapacityBooked>>(Json.Write(book.History)));

        rebuilt.History.Should().Equal(book.History);
        rebuilt.Promises.Select(p => p.ToString()).Should().Equal(book.Promises.Select(p => p.ToString()));
        // 1000 a day from Monday 2 March: A gets 1000 + 800 (Mon, Tue), B 200 on Tuesday and 300 on Wednesday, ready 2 working days later (Friday 6 March).
        rebuilt.Promises[1].ReadyDate.Should().Be(new LocalDate(2026, 3, 6));
    }

    private static IEnumerable<string> Labels(params (bool Holds, string Label)[] labels) =>
        labels.Where(l => l.Holds).Select(l => l.Label.ToString(CultureInfo.InvariantCulture));
}
