using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Generators over the whole valid range of the shipment's and the capacity book's stored types, built on
/// <see cref="Generators"/>. Each states its range; <c>ReachTests</c> proves with the fixed seed that the draws reach it.
/// </summary>
internal static class ShippingGenerators
{
    /// <summary>Voyage numbers: any typed-id text (1 to 64 units of any Unicode text).</summary>
    public static readonly Gen<VoyageNumber> Voyage = Generators.IdText.Select(t => new VoyageNumber(t));

    /// <summary>An optional value: null a third of the time.</summary>
    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    /// <summary>Any finite, non-negative double (tiny, subnormal, huge and everyday ones).</summary>
    public static readonly Gen<double> Days = Generators.FiniteDouble.Select(Math.Abs);

    /// <summary>A transit-time distribution: any finite, non-negative mean and standard deviation.</summary>
    public static readonly Gen<TransitTimeDistribution> TransitTime = from mean in Days from spread in Days select new TransitTimeDistribution(mean, spread);

    /// <summary>
    /// A handling event of every type at any UN/LOCODE and any two instants (completion and registration, in either
    /// order); a voyage where the type requires one, never where it forbids one, and either where it may; a facility or none;
    /// a failure reason of every kind (or none) on a failed delivery attempt, none on the other types.
    /// </summary>
    public static readonly Gen<HandlingEvent> HandlingEvent =
        from type in Gen.Elements(Enum.GetValues<HandlingEventType>())
        from location in Generators.UnLocode
        from voyage in Voyage
        from withVoyage in Gen.Elements(true, false)
        from completion in Generators.Instant
        from registration in Gen.Frequency((1, Gen.Constant(completion)), (3, Generators.Instant))
        from facility in Maybe(Generators.FacilityId)
        from reason in Gen.Elements<DeliveryFailureReason?>([null, .. Enum.GetValues<DeliveryFailureReason>().Cast<DeliveryFailureReason?>()])
        select new HandlingEvent(
            type, location, Shipping.HandlingEvent.RequiresVoyage(type) || (withVoyage && !Shipping.HandlingEvent.ProhibitsVoyage(type)) ? voyage : null, completion)
        {
            RegistrationTime = registration,
            Facility = facility,
            FailureReason = type == HandlingEventType.DeliveryAttemptFailed ? reason : null,
        };

    /// <summary>Two to eight instants in strictly increasing order, anywhere in NodaTime's range.</summary>
    private static Gen<Instant[]> Times(int count) =>
        Generators.Instant.ArrayOf(count).Select(t => t.Order().ToArray()).Where(t => t.Zip(t.Skip(1)).All(p => p.First < p.Second));

    /// <summary>
    /// An itinerary of 1 to 4 connected legs of any transport mode and carrier, any voyages and places (a leg may load and
    /// unload at one place), times strictly increasing across NodaTime's range, facilities or none, and the planned
    /// interval or any transit-time distribution.
    /// </summary>
    public static readonly Gen<Itinerary> Itinerary =
        from count in Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(4)), (2, Gen.Choose(1, 4)))
        from places in Gen.Frequency((4, Generators.UnLocode), (1, Gen.Constant(UnLocode.Parse("CNSHA")))).ArrayOf(count + 1)
        from times in Times(2 * count)
        from legs in (from mode in Gen.Elements(Enum.GetValues<TransportMode>())
                      from carrier in Generators.PartyId
                      from voyage in Voyage
                      from loadFacility in Maybe(Generators.FacilityId)
                      from unloadFacility in Maybe(Generators.FacilityId)
                      from transit in Gen.Frequency((1, Gen.Constant<TransitTimeDistribution?>(null)), (1, TransitTime.Select(t => (TransitTimeDistribution?)t)))
                      select (mode, carrier, voyage, loadFacility, unloadFacility, transit)).ArrayOf(count)
        select new Itinerary(legs.Select((l, i) =>
        {
            var leg = new Leg(l.mode, l.carrier, l.voyage, places[i], places[i + 1], times[2 * i], times[(2 * i) + 1]) { LoadFacility = l.loadFacility, UnloadFacility = l.unloadFacility };
            return l.transit is { } t ? leg with { TransitTime = t } : leg;
        }));

    /// <summary>A single leg of the itineraries above.</summary>
    public static readonly Gen<Leg> Leg = Itinerary.Select(i => i.FirstLeg);

    /// <summary>A route specification: any two UN/LOCODEs (the same one included) and any deadline.</summary>
    public static readonly Gen<RouteSpecification> Route =
        from origin in Generators.UnLocode
        from destination in Gen.Frequency((4, Generators.UnLocode), (1, Gen.Constant(origin)))
        from deadline in Generators.Instant
        select new RouteSpecification(origin, destination, deadline);

    /// <summary>A carton of 1 to 5 lines of distinct products, 1 to int.MaxValue units each, labelled with an SSCC or not.</summary>
    public static readonly Gen<PackedCarton> Carton =
        from count in Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(5)), (2, Gen.Choose(1, 5)))
        from products in Generators.ProductId.ArrayOf(count).Where(p => p.Distinct().Count() == p.Length)
        from quantities in Generators.Count.ArrayOf(count)
        from sscc in Maybe(Generators.Sscc)
        select new PackedCarton(products.Select((p, i) => new ShipmentLine(p, quantities[i])), sscc);

    /// <summary>0 to 5 cartons.</summary>
    private static readonly Gen<PackedCarton[]> Cartons = Gen.Choose(0, 5).SelectMany(Carton.ArrayOf);

    /// <summary>
    /// Every kind of shipment event with any values its constructor accepts: version 1 to int.MaxValue (1 for the
    /// bookings), 0 to 5 cartons, a partial booking with or without an itinerary, receipts of 0 to int.MaxValue units.
    /// </summary>
    public static readonly Gen<ShipmentEvent> Event =
        from kind in Gen.Choose(0, 6)
        from id in Generators.ShipmentId
        from other in Generators.ShipmentId
        from version in Generators.Count
        from shipper in Generators.PartyId
        from consignee in Generators.PartyId
        from route in Route
        from itinerary in Maybe(Itinerary)
        from cartons in Cartons
        from handling in HandlingEvent
        from product in Generators.ProductId
        from intact in Gen.Frequency((1, Gen.Constant(0)), (3, Generators.Count))
        from damaged in Gen.Frequency((1, Gen.Constant(0)), (3, Generators.Count))
        select kind switch
        {
            0 => new ShipmentBooked(id, shipper, consignee, route, cartons),
            1 => new PartialShipmentBooked(id, other, shipper, consignee, route, itinerary, cartons),
            2 => new ShipmentHandled(id, version, handling),
            3 => itinerary is null ? new ShipmentRouteSpecified(id, version, route) : new ShipmentRouted(id, version, itinerary),
            4 => new ShipmentRouteSpecified(id, version, route),
            5 => new ShipmentGoodsReceived(id, version, product, intact, damaged),
            _ => (ShipmentEvent)new ShipmentSplitOff(id, version, other, cartons),
        };

    /// <summary>A capacity booking: any seller, 1 to int.MaxValue units, any ISO date, no reference or one of 1 to 64 units of any text.</summary>
    public static readonly Gen<CapacityBooking> Booking =
        from seller in Generators.PartyId
        from units in Generators.Count
        from start in Generators.LocalDate
        from reference in Maybe(Generators.IdText)
        select new CapacityBooking(seller, units, start, reference);

    /// <summary>A capacity book's event: any factory, version 1 to int.MaxValue, any booking.</summary>
    public static readonly Gen<CapacityBooked> Booked =
        from factory in Generators.FacilityId
        from version in Generators.Count
        from booking in Booking
        select new CapacityBooked(factory, version, booking);
}
