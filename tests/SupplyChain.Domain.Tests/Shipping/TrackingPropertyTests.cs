using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>Invariants of the derived delivery state over random valid itineraries (seeded, so every failure replays).</summary>
public sealed class TrackingPropertyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 8, 0);

    /// <summary>A random valid itinerary: 1–6 legs over real codes (places may repeat), leg times and waits in hours.</summary>
    private static Itinerary RandomItinerary(int[] hours, Random random)
    {
        var at = Places.Pool[random.Next(Places.Pool.Length)];
        var builder = new ItineraryBuilder(at, Start);
        for (var i = 0; i < Math.Min(hours.Length, 6); i++)
        {
            var next = Places.Pool[random.Next(Places.Pool.Length)];
            var mode = (TransportMode)random.Next(1, 8);
            builder.To(next, Duration.FromHours(hours[i]), $"V{i}", mode, Duration.FromHours(random.Next(0, 3) * 12));
        }

        return builder.Build();
    }

    private static Shipment RoutedShipment(Itinerary itinerary, Random random)
    {
        var spec = new RouteSpecification(itinerary.InitialDepartureLocation, itinerary.FinalArrivalLocation,
            itinerary.FinalArrivalTime + Duration.FromHours(random.Next(1, 48)));
        var shipment = new Shipment(new ShipmentId("P-1"), Parties.Seller, Parties.Buyer, spec, [PackedCarton.Of(Products.Lamp, 1)]);
        shipment.AssignToRoute(itinerary);
        return shipment;
    }

    private const int Runs = 100;

    /// <summary>1 to 6 legs of 1 to 500 hours each, a seed for the places, modes and waits, and 0 to 5 unexpected events.</summary>
    public sealed record Draw(int[] Hours, int Seed, int Extra);

    private static readonly Gen<Draw> Draws =
        from legs in Gen.Choose(1, 6)
        from hours in Gen.Choose(1, 500).ArrayOf(legs)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from extra in Gen.Choose(0, 5)
        select new Draw(hours, seed, extra);

    private static readonly Arbitrary<Draw> Any = Draws.ToArbitrary();

    [Property(MaxTest = Runs)]
    public Property Replaying_the_expected_events_in_order_is_never_misdirected_and_ends_claimed() => Prop.ForAll(Any, draw =>
    {
        var random = new Random(draw.Seed);
        var itinerary = RandomItinerary(draw.Hours, random);
        var shipment = RoutedShipment(itinerary, random);

        foreach (var e in Events.FollowingThePlan(itinerary))
        {
            var before = shipment.Delivery;
            before.RoutingStatus.Should().Be(RoutingStatus.Routed);
            before.NextExpectedActivity.Should().Be(new HandlingActivity(e.Type, e.Location, e.Voyage), "the plan predicts the next step");
            before.EstimatedTimeOfArrival.Should().Be(itinerary.FinalArrivalTime);

            shipment.Record(e);

            shipment.Delivery.IsMisdirected.Should().BeFalse($"{e} is what the itinerary expects");
        }

        var end = shipment.Delivery;
        end.TransportStatus.Should().Be(TransportStatus.Claimed);
        end.NextExpectedActivity.Should().BeNull();
        end.LastKnownLocation.Should().Be(itinerary.FinalArrivalLocation);
    });

    /// <summary>The itinerary and the facts of a draw: a prefix of the plan, some unexpected events and a duplicate.</summary>
    private static (Itinerary Itinerary, List<HandlingEvent> Facts, Random Random) Facts(Draw draw)
    {
        var random = new Random(draw.Seed);
        var itinerary = RandomItinerary(draw.Hours, random);
        var plan = Events.FollowingThePlan(itinerary);
        var facts = plan.Take(random.Next(0, plan.Count + 1)).ToList();
        for (var i = 0; i < draw.Extra; i++)
        {
            facts.Add(RandomEvent(itinerary, random));
        }

        if (facts.Count > 0)
        {
            facts.Add(facts[random.Next(facts.Count)]);
        }

        return (itinerary, facts, random);
    }

    private static Shipment Recorded(Itinerary itinerary, int seed, IEnumerable<HandlingEvent> facts)
    {
        var shipment = RoutedShipment(itinerary, new Random(seed));
        foreach (var e in facts)
        {
            shipment.Record(e);
        }

        return shipment;
    }

    [Property(MaxTest = Runs)]
    public Property The_order_of_recording_does_not_change_the_derived_state() => Prop.ForAll(Any, draw =>
    {
        var (itinerary, facts, random) = Facts(draw);
        var inOrder = Recorded(itinerary, draw.Seed, facts);
        var shuffled = Recorded(itinerary, draw.Seed, facts.OrderBy(_ => random.Next()).ToList());

        shuffled.HandlingEvents.Should().Equal(inOrder.HandlingEvents);
        TrackingReferenceCaseTests.Describe(shuffled.Delivery).Should().Equal(TrackingReferenceCaseTests.Describe(inOrder.Delivery));
        inOrder.HandlingEvents.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(e => e.CompletionTime);
    });

    [Fact]
    public void The_draws_reach_one_to_six_legs_unexpected_events_misdirection_and_every_transport_status()
    {
        static IEnumerable<string> Labels(Draw draw)
        {
            yield return $"{draw.Hours.Length} leg(s)";
            var (itinerary, facts, _) = Facts(draw);
            var delivery = Recorded(itinerary, draw.Seed, facts).Delivery;
            yield return draw.Extra == 0 ? "only expected events" : "unexpected events";
            yield return delivery.IsMisdirected ? "misdirected" : "not misdirected";
            yield return "status " + delivery.TransportStatus;
        }

        Reach.Covers(Draws, Runs, Labels,
            [.. Enumerable.Range(1, 6).Select(n => $"{n} leg(s)"), "only expected events", "unexpected events", "misdirected", "not misdirected",
                .. Enum.GetNames<TransportStatus>().Select(status => "status " + status)]);
    }

    private static HandlingEvent RandomEvent(Itinerary itinerary, Random random)
    {
        var type = (HandlingEventType)random.Next(1, Enum.GetValues<HandlingEventType>().Length + 1);
        var location = Places.Pool[random.Next(Places.Pool.Length)];
        string? voyage = HandlingEvent.RequiresVoyage(type) || (!HandlingEvent.ProhibitsVoyage(type) && random.Next(2) == 0)
            ? itinerary.Legs[random.Next(itinerary.Legs.Count)].Voyage.Value + (random.Next(3) == 0 ? "X" : "")
            : null;
        var span = (itinerary.FinalArrivalTime - itinerary.InitialDepartureTime).TotalHours;
        // Whole hours only, so that ties with the plan's instants happen.
        var at = itinerary.InitialDepartureTime + Duration.FromHours(random.Next(-24, (int)span + 48));
        return Events.At(type, location, at, voyage);
    }
}
