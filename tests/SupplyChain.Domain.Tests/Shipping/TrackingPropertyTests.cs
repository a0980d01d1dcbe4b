using FsCheck;
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
    private static Itinerary RandomItinerary(PositiveInt[] hours, Random random)
    {
        var at = Places.Pool[random.Next(Places.Pool.Length)];
        var builder = new ItineraryBuilder(at, Start);
        for (var i = 0; i < Math.Min(hours.Length, 6); i++)
        {
            var next = Places.Pool[random.Next(Places.Pool.Length)];
            var mode = (TransportMode)random.Next(1, 8);
            builder.To(next, Duration.FromHours(hours[i].Get % 500 + 1), $"V{i}", mode, Duration.FromHours(random.Next(0, 3) * 12));
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

    [Property]
    public void Replaying_the_expected_events_in_order_is_never_misdirected_and_ends_claimed(NonEmptyArray<PositiveInt> hours, int seed)
    {
        var random = new Random(seed);
        var itinerary = RandomItinerary(hours.Get, random);
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
    }

    [Property]
    public void The_order_of_recording_does_not_change_the_derived_state(NonEmptyArray<PositiveInt> hours, int seed, PositiveInt extra)
    {
        var random = new Random(seed);
        var itinerary = RandomItinerary(hours.Get, random);
        var plan = Events.FollowingThePlan(itinerary);

        // A prefix of the plan, some unexpected events and some duplicates.
        var facts = plan.Take(random.Next(0, plan.Count + 1)).ToList();
        for (var i = 0; i < extra.Get % 6; i++)
        {
            facts.Add(RandomEvent(itinerary, random));
        }

        if (facts.Count > 0)
        {
            facts.Add(facts[random.Next(facts.Count)]);
        }

        var inOrder = RoutedShipment(itinerary, new Random(seed));
        foreach (var e in facts)
        {
            inOrder.Record(e);
        }

        var shuffled = RoutedShipment(itinerary, new Random(seed));
        foreach (var e in facts.OrderBy(_ => random.Next()))
        {
            shuffled.Record(e);
        }

        shuffled.HandlingEvents.Should().Equal(inOrder.HandlingEvents);
        TrackingReferenceCaseTests.Describe(shuffled.Delivery).Should().Equal(TrackingReferenceCaseTests.Describe(inOrder.Delivery));
        inOrder.HandlingEvents.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(e => e.CompletionTime);
    }

    private static HandlingEvent RandomEvent(Itinerary itinerary, Random random)
    {
        var type = (HandlingEventType)random.Next(1, 8);
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
