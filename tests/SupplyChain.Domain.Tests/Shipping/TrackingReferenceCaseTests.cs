using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>
/// The tracking reference family (Reference/Data/domain/README.md, "tracking.json"): one theory row per case, one
/// generic mapping. Every event is recorded in turn on one shipment; the derived delivery state is then compared with
/// every field of <c>expected</c>.
/// </summary>
public sealed class TrackingReferenceCaseTests
{
    private static readonly string[] ExpectedFields =
    [
        "rejectedEventIndexes", "transportStatus", "routingStatus", "misdirected", "isUnloadedAtDestination",
        "nextExpectedActivity", "eta", "lastKnownLocation", "currentVoyage",
    ];

    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("tracking");

    [Theory]
    [Trait("Family", "tracking")]
    [MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("routeSpecification", "itinerary", "events", "expected");

        var spec = j.GetProperty("routeSpecification");
        spec.OnlyFields("routeSpecification", "origin", "destination", "arrivalDeadline");
        var routeSpecification = new RouteSpecification(
            UnLocode.Parse(spec.Str("origin")), UnLocode.Parse(spec.Str("destination")), InstantOf(spec.Str("arrivalDeadline")));

        var shipment = NewShipment(routeSpecification);
        Itinerary? itinerary = null;
        if (!j.IsNull("itinerary"))
        {
            itinerary = new Itinerary(j.GetProperty("itinerary").EnumerateArray().Select(LegOf).ToList());
            shipment.AssignToRoute(itinerary);
        }

        var rejected = new List<int>();
        var accepted = new List<HandlingEvent>();
        var index = 0;
        foreach (var e in j.GetProperty("events").EnumerateArray())
        {
            e.OnlyFields("event", "type", "location", "voyage", "completionTime");
            var type = TypeOf(e.Str("type"));
            var location = UnLocode.Parse(e.Str("location"));
            var voyageText = e.StringOrNull("voyage");
            var voyage = voyageText is null ? null : VoyageNumber.Parse(voyageText);
            var completion = InstantOf(e.Str("completionTime"));

            var before = Describe(shipment.Delivery);
            var countBefore = shipment.HandlingEvents.Count;
            try
            {
                // The reference file has no registration instant: the report is taken as registered when completed.
                var handlingEvent = new HandlingEvent(type, location, voyage, completion);
                shipment.Record(handlingEvent);
                accepted.Add(handlingEvent);
            }
            catch (ArgumentException)
            {
                // The documented refusal (HandlingEvent's voyage rule): the shipment must be unchanged.
                rejected.Add(index);
                shipment.HandlingEvents.Count.Should().Be(countBefore);
                Describe(shipment.Delivery).Should().Equal(before);
            }

            index++;
        }

        var delivery = shipment.Delivery;
        var expected = j.GetProperty("expected");
        expected.OnlyFields("expected", ExpectedFields);
        expected.EnumerateObject().Should().NotBeEmpty($"case {c.Id}: an expected object that asserts nothing fails");
        foreach (var field in expected.EnumerateObject())
        {
            var value = field.Value;
            switch (field.Name)
            {
                case "rejectedEventIndexes":
                    rejected.Should().Equal(value.EnumerateArray().Select(v => v.GetInt32()), "rejected event indexes");
                    break;
                case "transportStatus":
                    TransportStatusText(delivery.TransportStatus).Should().Be(value.GetString(), "transport status");
                    break;
                case "routingStatus":
                    RoutingStatusText(delivery.RoutingStatus).Should().Be(value.GetString(), "routing status");
                    break;
                case "misdirected":
                    delivery.IsMisdirected.Should().Be(value.GetBoolean(), "misdirected");
                    break;
                case "isUnloadedAtDestination":
                    delivery.IsUnloadedAtDestination.Should().Be(value.GetBoolean(), "unloaded at destination");
                    break;
                case "nextExpectedActivity":
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        delivery.NextExpectedActivity.Should().BeNull("no next activity is expected");
                    }
                    else
                    {
                        value.OnlyFields("nextExpectedActivity", "type", "location", "voyage");
                        var voyageText = value.StringOrNull("voyage");
                        delivery.NextExpectedActivity.Should().Be(new HandlingActivity(
                            TypeOf(value.Str("type")),
                            UnLocode.Parse(value.Str("location")),
                            voyageText is null ? null : VoyageNumber.Parse(voyageText)));
                    }

                    break;
                case "eta":
                    delivery.EstimatedTimeOfArrival.Should().Be(value.ValueKind == JsonValueKind.Null ? null : InstantOf(value.GetString()!), "ETA");
                    break;
                case "lastKnownLocation":
                    delivery.LastKnownLocation.Should().Be(value.ValueKind == JsonValueKind.Null ? null : UnLocode.Parse(value.GetString()), "last known location");
                    break;
                case "currentVoyage":
                    delivery.CurrentVoyage.Should().Be(value.ValueKind == JsonValueKind.Null ? null : VoyageNumber.Parse(value.GetString()), "current voyage");
                    break;
                default:
                    throw new InvalidDataException($"Case {c.Id}: unknown expected field '{field.Name}'.");
            }
        }

        // The same facts derived without the aggregate, and recorded in reverse order, give the same state.
        Describe(DeliveryState.Derive(routeSpecification, itinerary, accepted)).Should().Equal(Describe(delivery));
        var reversed = NewShipment(routeSpecification);
        if (itinerary is not null)
        {
            reversed.AssignToRoute(itinerary);
        }

        foreach (var e in Enumerable.Reverse(accepted))
        {
            reversed.Record(e);
        }

        Describe(reversed.Delivery).Should().Equal(Describe(delivery));
    });

    internal static Shipment NewShipment(RouteSpecification routeSpecification) =>
        new(new ShipmentId("REF-1"), new PartyId("SHIPPER"), new PartyId("CONSIGNEE"), routeSpecification,
            [PackedCarton.Of(new ProductId("P-1"), 1)]);

    private static Leg LegOf(JsonElement leg)
    {
        leg.OnlyFields("leg", "voyage", "loadLocation", "unloadLocation", "loadTime", "unloadTime");
        // The file gives no mode or carrier; they do not take part in any tracking rule.
        return new Leg(
            TransportMode.SeaFcl, new PartyId("CARRIER"), VoyageNumber.Parse(leg.Str("voyage")),
            UnLocode.Parse(leg.Str("loadLocation")), UnLocode.Parse(leg.Str("unloadLocation")),
            InstantOf(leg.Str("loadTime")), InstantOf(leg.Str("unloadTime")));
    }

    private static HandlingEventType TypeOf(string text) => text switch
    {
        "RECEIVE" => HandlingEventType.Received,
        "LOAD" => HandlingEventType.Loaded,
        "UNLOAD" => HandlingEventType.Unloaded,
        "CUSTOMS" => HandlingEventType.CustomsCleared,
        "CLAIM" => HandlingEventType.Claimed,
        _ => throw new InvalidDataException($"Unknown handling event type '{text}'."),
    };

    private static string TransportStatusText(TransportStatus status) => status switch
    {
        TransportStatus.NotReceived => "NOT_RECEIVED",
        TransportStatus.OnboardCarrier => "ONBOARD_CARRIER",
        TransportStatus.InPort => "IN_PORT",
        TransportStatus.Claimed => "CLAIMED",
        _ => throw new InvalidDataException($"Unmapped transport status {status}."),
    };

    private static string RoutingStatusText(RoutingStatus status) => status switch
    {
        RoutingStatus.NotRouted => "NOT_ROUTED",
        RoutingStatus.Routed => "ROUTED",
        RoutingStatus.Misrouted => "MISROUTED",
        _ => throw new InvalidDataException($"Unmapped routing status {status}."),
    };

    private static Instant InstantOf(string text) => InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    /// <summary>Every field of a delivery state, as text, to compare two states.</summary>
    internal static string[] Describe(DeliveryState d) =>
    [
        d.TransportStatus.ToString(), d.RoutingStatus.ToString(), d.IsMisdirected.ToString(), d.IsUnloadedAtDestination.ToString(),
        d.NextExpectedActivity?.ToString() ?? "-", (d.EstimatedTimeOfArrival is { } eta ? InstantPattern.ExtendedIso.Format(eta) : "-"), d.LastKnownLocation?.ToString() ?? "-",
        d.CurrentVoyage?.ToString() ?? "-", d.LastEvent?.ToString() ?? "-",
    ];
}
