using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>Real UN/LOCODEs used by the shipping tests.</summary>
internal static class Places
{
    public static readonly UnLocode Shenzhen = UnLocode.Parse("CNSZX");
    public static readonly UnLocode Shanghai = UnLocode.Parse("CNSHA");
    public static readonly UnLocode Ningbo = UnLocode.Parse("CNNGB");
    public static readonly UnLocode HongKong = UnLocode.Parse("HKHKG");
    public static readonly UnLocode Rotterdam = UnLocode.Parse("NLRTM");
    public static readonly UnLocode Gothenburg = UnLocode.Parse("SEGOT");
    public static readonly UnLocode Leipzig = UnLocode.Parse("DELEJ");
    public static readonly UnLocode Berlin = UnLocode.Parse("DEBER");
    public static readonly UnLocode Warsaw = UnLocode.Parse("PLWAW");
    public static readonly UnLocode LosAngeles = UnLocode.Parse("USLAX");
    public static readonly UnLocode Chicago = UnLocode.Parse("USCHI");

    public static readonly UnLocode[] Pool = [Shenzhen, Shanghai, Ningbo, HongKong, Rotterdam, Gothenburg, Leipzig, Berlin, Warsaw, LosAngeles, Chicago];
}

internal static class Parties
{
    public static readonly PartyId Seller = new("SELLER-SZ-01");
    public static readonly PartyId Buyer = new("BUYER-BER-07");
    public static readonly PartyId Express = new("EXPRESS-CARRIER");
    public static readonly PartyId Line = new("OCEAN-LINE");
}

internal static class Products
{
    public static readonly ProductId Lamp = new("LAMP-01");
    public static readonly ProductId Cable = new("CABLE-02");
    public static readonly ProductId Case = new("CASE-03");
}

/// <summary>A builder that cannot produce a broken plan: each leg loads where and after the previous one unloads.</summary>
internal sealed class ItineraryBuilder(UnLocode origin, Instant departure)
{
    private readonly List<Leg> _legs = [];
    private (UnLocode At, Instant Ready) _cursor = (origin, departure);

    public ItineraryBuilder To(UnLocode next, Duration takes, string voyage, TransportMode mode = TransportMode.SeaFcl, Duration? waitBefore = null)
    {
        var load = _cursor.Ready + (waitBefore ?? Duration.Zero);
        _legs.Add(new Leg(mode, Parties.Line, new VoyageNumber(voyage), _cursor.At, next, load, load + takes));
        _cursor = (next, load + takes);
        return this;
    }

    public Itinerary Build() => new(_legs);
}

internal static class Events
{
    public static HandlingEvent At(HandlingEventType type, UnLocode location, Instant completion, string? voyage = null) =>
        new(type, location, voyage is null ? null : new VoyageNumber(voyage), completion) { RegistrationTime = completion + Duration.FromMinutes(5) };

    /// <summary>The events that follow the plan exactly: received at the origin, each leg loaded and unloaded, claimed at the end.</summary>
    public static List<HandlingEvent> FollowingThePlan(Itinerary itinerary)
    {
        var first = itinerary.FirstLeg;
        var events = new List<HandlingEvent> { At(HandlingEventType.Received, first.LoadLocation, first.LoadTime - Duration.FromHours(2)) };
        foreach (var leg in itinerary.Legs)
        {
            events.Add(At(HandlingEventType.Loaded, leg.LoadLocation, leg.LoadTime, leg.Voyage.Value));
            events.Add(At(HandlingEventType.Unloaded, leg.UnloadLocation, leg.UnloadTime, leg.Voyage.Value));
        }

        events.Add(At(HandlingEventType.Claimed, itinerary.FinalArrivalLocation, itinerary.FinalArrivalTime + Duration.FromHours(3)));
        return events;
    }
}
