using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// The platform's own last-mile network: its facilities (<see cref="LastMileNode"/>s with calendars, time zones,
/// cut-offs and station capacities), the daily line hauls between them, and the postal-code table that maps a buyer's
/// address to a delivery station. It promises a delivery date per parcel (<see cref="Promise"/>).
/// </summary>
/// <remarks>
/// <para>
/// The promise walks from the node where the parcel is ready to the station serving the buyer, taking at each node the
/// first departure it can make (<see cref="LastMileNode"/>: the cut-off of the first working day it is there by) and
/// choosing, among the line-haul routes, the one that reaches the station earliest (ties: the route found first, in the
/// order the line hauls were given). At the station the parcel goes out for delivery on the first working day it is
/// there by the station's cut-off and whose capacity is not yet taken; that day is the promised date. Each day it waits
/// is in the promise with its reason.
/// </para>
/// <para>Networks compare by reference.</para>
/// </remarks>
public sealed class LastMileNetwork
{
    private readonly Dictionary<FacilityId, LastMileNode> _nodes;
    private readonly LastMileNode[] _nodeList;
    private readonly LineHaul[] _lineHauls;
    private readonly PostalCodeArea[] _areas;

    /// <summary>Creates a network.</summary>
    /// <param name="name">The network's name for promises and tables, e.g. "Platform network US"; not blank.</param>
    /// <param name="nodes">The facilities; at least one delivery station, each facility once.</param>
    /// <param name="lineHauls">The daily line hauls, between facilities of <paramref name="nodes"/>.</param>
    /// <param name="areas">The postal-code table; each row's station a delivery station of <paramref name="nodes"/>.</param>
    /// <param name="pricePerParcel">The network's price of delivering one parcel; not negative.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list holds null; <paramref name="name"/> is blank; <paramref name="nodes"/> repeats a facility or has no station; a line haul or area names a facility that is not a node (an area: not a station).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pricePerParcel"/> is negative.</exception>
    public LastMileNetwork(string name, IEnumerable<LastMileNode> nodes, IEnumerable<LineHaul> lineHauls, IEnumerable<PostalCodeArea> areas, Money pricePerParcel)
    {
        Name = Guard.NotBlank(name);
        _nodeList = [.. Guard.CopyItems(nodes, requireOne: true)];
        _lineHauls = [.. Guard.CopyItems(lineHauls, requireOne: false)];
        _areas = [.. Guard.CopyItems(areas, requireOne: false)];
        PricePerParcel = Guard.NotNull(pricePerParcel);
        if (pricePerParcel.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(pricePerParcel), pricePerParcel, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(pricePerParcel), pricePerParcel));
        }

        Guard.Distinct(_nodeList, n => n.Id, nameof(nodes));
        if (!Array.Exists(_nodeList, n => n.IsStation))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NetworkNeedsStation, name), nameof(nodes));
        }

        _nodes = _nodeList.ToDictionary(n => n.Id);
        foreach (var haul in _lineHauls)
        {
            if (!_nodes.ContainsKey(haul.From) || !_nodes.ContainsKey(haul.To))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownFacility, haul, "line haul"), nameof(lineHauls));
            }
        }

        foreach (var area in _areas)
        {
            if (!_nodes.TryGetValue(area.Station, out var station) || !station.IsStation)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownFacility, area, "postal-code area (a delivery station)"), nameof(areas));
            }
        }
    }

    /// <summary>The network's name.</summary>
    public string Name { get; }

    /// <summary>The facilities, in the order given.</summary>
    public IReadOnlyList<LastMileNode> Nodes => _nodeList;

    /// <summary>The line hauls, in the order given.</summary>
    public IReadOnlyList<LineHaul> LineHauls => _lineHauls;

    /// <summary>The postal-code table, in the order given.</summary>
    public IReadOnlyList<PostalCodeArea> Areas => _areas;

    /// <summary>The price of delivering one parcel.</summary>
    public Money PricePerParcel { get; }

    /// <summary>The node of a facility, or null when the facility is not in the network.</summary>
    /// <param name="facility">The facility's id.</param>
    /// <returns>The node, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    public LastMileNode? Find(FacilityId facility) => _nodes.GetValueOrDefault(Guard.NotNull(facility));

    /// <summary>The station serving an address, or null when no row of the postal-code table covers it.</summary>
    /// <param name="buyer">The buyer's address.</param>
    /// <returns>The station of the longest matching prefix (the earlier row on a tie), or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="buyer"/> is null.</exception>
    public LastMileNode? FindStation(Address buyer)
    {
        Guard.NotNull(buyer);
        return LongestMatch.Best(_areas, a => a.Covers(buyer)) is { } best ? _nodes[best.Station] : null;
    }

    /// <summary>The station serving an address.</summary>
    /// <param name="buyer">The buyer's address.</param>
    /// <returns>The station (see <see cref="FindStation"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="buyer"/> is null.</exception>
    /// <exception cref="DomainRuleException">No row of the postal-code table covers the address (rule <see cref="DomainRules.LastMileStationServesAddress"/>).</exception>
    public LastMileNode StationFor(Address buyer) =>
        FindStation(buyer) ?? throw new DomainRuleException(
            DomainRules.LastMileStationServesAddress,
            Guard.Format(ErrorMessages.NoStationServes, buyer, Name, _areas.Length == 0 ? "none" : string.Join(", ", _areas.Select(a => a.ToString()))));

    /// <summary>
    /// The delivery date the network promises for a parcel ready at <paramref name="origin"/> at
    /// <paramref name="readyAt"/> for <paramref name="buyer"/>, booking it in <paramref name="ledger"/>.
    /// </summary>
    /// <param name="origin">The network facility where the parcel is ready (a storage centre or central warehouse; a station delivers itself).</param>
    /// <param name="readyAt">When the parcel is ready there (the order instant, or when picking ends).</param>
    /// <param name="buyer">The buyer's address.</param>
    /// <param name="ledger">The station capacity already booked; unchanged (the promise returns the new ledger).</param>
    /// <returns>The promise, with its steps, its missed cut-offs and the ledger with the parcel booked.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is not a facility of the network.</exception>
    /// <exception cref="DomainRuleException">No station serves the address (rule <see cref="DomainRules.LastMileStationServesAddress"/>).</exception>
    /// <exception cref="DomainRuleException">No line-haul route leads from the origin to the station (rule <see cref="DomainRules.LastMileRouteToStation"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates run outside the range NodaTime or the working calendar supports.</exception>
    public DeliveryPromise Promise(FacilityId origin, Instant readyAt, Address buyer, StationCapacityLedger ledger)
    {
        Guard.NotNull(origin);
        Guard.NotNull(buyer);
        Guard.NotNull(ledger);
        var start = Find(origin) ?? throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownOrigin, origin, Name), nameof(origin));
        var station = StationFor(buyer);
        var route = FastestRoute(start, station, readyAt) ?? throw new DomainRuleException(
            DomainRules.LastMileRouteToStation, Guard.Format(ErrorMessages.NoRouteToStation, origin, station.Id, Name));

        var steps = new List<PromiseStep>(route.Steps);
        var (date, delays, booked) = OutForDelivery(station, route.Arrival, ledger);
        steps.Add(new PromiseStep(PromiseStepKind.Delivery, station.Id, route.Arrival, date, station.Leaving(date), delays));
        return new DeliveryPromise(LastMileKind.PlatformNetwork, Name, PricePerParcel, steps, station.Id, booked);
    }

    /// <summary>
    /// The network as a <em>schedule-free</em> <see cref="LastMileOption"/> for the fulfilment modes' plans (which take
    /// <see cref="LastMileOptions"/>): from <paramref name="origin"/> to the station serving <paramref name="buyer"/>,
    /// one <see cref="LastMileHop"/> per facility reached with its line haul's transit time only. Without a ready instant
    /// there is no cut-off to miss and no closed day to wait for, so the hops are a lower bound of any parcel's journey,
    /// not its schedule; for hops that agree with a parcel's <see cref="Promise"/> use
    /// <see cref="ToOption(FacilityId, Address, TransitTimeDistribution, Instant, StationCapacityLedger)"/>.
    /// </summary>
    /// <param name="origin">The network facility the parcels leave from.</param>
    /// <param name="buyer">The buyer's address; the option covers the postal-code prefix that matched it.</param>
    /// <param name="deliveryTime">The time from the station to the buyer.</param>
    /// <returns>
    /// A <see cref="LastMileKind.PlatformNetwork"/> option named after the station's city and id, in the buyer's country,
    /// carried by <see cref="Name"/> at <see cref="PricePerParcel"/>, with the hops of the route of least line-haul
    /// transit.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/> or <paramref name="buyer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is not a facility of the network.</exception>
    /// <exception cref="DomainRuleException">No station serves the address (rule <see cref="DomainRules.LastMileStationServesAddress"/>).</exception>
    /// <exception cref="DomainRuleException">No line-haul route leads from the origin to the station (rule <see cref="DomainRules.LastMileRouteToStation"/>).</exception>
    public LastMileOption ToOption(FacilityId origin, Address buyer, TransitTimeDistribution deliveryTime)
    {
        Guard.NotNull(origin);
        Guard.NotNull(buyer);
        var start = Find(origin) ?? throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownOrigin, origin, Name), nameof(origin));
        var station = StationFor(buyer);
        var route = FastestRoute(start, station, Instant.FromUnixTimeTicks(0), waitForCutOffs: false) ?? throw new DomainRuleException(
            DomainRules.LastMileRouteToStation, Guard.Format(ErrorMessages.NoRouteToStation, origin, station.Id, Name));
        var reached = route.Steps.Skip(1).Select(s => s.Facility!).Append(station.Id).ToList();
        return Option(station, buyer, deliveryTime, route.Steps.Select((s, i) => (reached[i], Haul(s.Facility!, reached[i]))));
    }

    /// <summary>
    /// The network as a <see cref="LastMileOption"/> that agrees with <see cref="Promise"/> for a parcel ready at
    /// <paramref name="origin"/> at <paramref name="readyAt"/>: one <see cref="LastMileHop"/> per facility reached on the
    /// promise's route, each lasting from leaving the previous facility (at the origin: from <paramref name="readyAt"/>)
    /// to leaving this one (at the station: going out for delivery on the promised date; a parcel ready at the station
    /// itself gets one hop, its wait there), so missed cut-offs, closed days and a full station are in the hops. <paramref name="readyAt"/> plus the hops is the instant the station sends
    /// the parcel out on <see cref="DeliveryPromise.PromisedDate"/>; <paramref name="deliveryTime"/> follows.
    /// </summary>
    /// <param name="origin">The network facility where the parcel is ready.</param>
    /// <param name="buyer">The buyer's address; the option covers the postal-code prefix that matched it.</param>
    /// <param name="deliveryTime">The time from the station's departure to the buyer's door.</param>
    /// <param name="readyAt">When the parcel is ready at <paramref name="origin"/>.</param>
    /// <param name="ledger">The station capacity already booked (as for <see cref="Promise"/>; not changed).</param>
    /// <returns>
    /// A <see cref="LastMileKind.PlatformNetwork"/> option named after the station's city and id, in the buyer's country,
    /// carried by <see cref="Name"/> at <see cref="PricePerParcel"/>, with the hops of the promise's route.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/>, <paramref name="buyer"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is not a facility of the network.</exception>
    /// <exception cref="DomainRuleException">No station serves the address (rule <see cref="DomainRules.LastMileStationServesAddress"/>).</exception>
    /// <exception cref="DomainRuleException">No line-haul route leads from the origin to the station (rule <see cref="DomainRules.LastMileRouteToStation"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates run outside the range NodaTime or the working calendar supports.</exception>
    public LastMileOption ToOption(FacilityId origin, Address buyer, TransitTimeDistribution deliveryTime, Instant readyAt, StationCapacityLedger ledger)
    {
        var promise = Promise(origin, readyAt, buyer, ledger);
        var steps = promise.Steps;
        var hops = new List<(FacilityId, Duration)>(steps.Count - 1);
        var left = readyAt;
        // A parcel ready at the station itself has one step: its one hop is the wait there.
        for (var i = steps.Count == 1 ? 0 : 1; i < steps.Count; i++)
        {
            var leaves = steps[i].Leaves!.Value;
            hops.Add((steps[i].Facility!, leaves - left));
            left = leaves;
        }

        return Option(_nodes[promise.Station!], buyer, deliveryTime, hops);
    }

    /// <summary>The option of the station serving <paramref name="buyer"/> with the given hops.</summary>
    private LastMileOption Option(LastMileNode station, Address buyer, TransitTimeDistribution deliveryTime, IEnumerable<(FacilityId Facility, Duration Time)> hops)
    {
        var prefixLength = LongestMatch.Best(_areas, a => a.Covers(buyer))!.First.Length;
        return new LastMileOption($"{station.Facility.Address.City} ({station.Id})", buyer.Country, LastMileKind.PlatformNetwork, Name, deliveryTime, PricePerParcel)
        {
            PostalCodePrefixes = [buyer.PostalCode![..prefixLength]],
            Stops = [.. hops.Select(h => new LastMileHop(_nodes[h.Facility].Facility.ToString(), TransitTimeDistribution.Fixed(h.Time)) { Facility = h.Facility })],
        };
    }

    /// <summary>The transit of the fastest line haul from one facility to another.</summary>
    private Duration Haul(FacilityId from, FacilityId to) => _lineHauls.Where(h => h.From == from && h.To == to).Min(h => h.TransitTime);

    /// <summary>The stations's delivery day for a parcel there at <paramref name="arrival"/>: cut-off, closures, then capacity.</summary>
    private static (LocalDate Date, List<PromiseDelay> Delays, StationCapacityLedger Ledger) OutForDelivery(LastMileNode station, Instant arrival, StationCapacityLedger ledger)
    {
        var (date, _, delays) = station.Departure(arrival);
        if (station.DailyCapacity is { } capacity)
        {
            // Bounded: the ledger holds finitely many bookings, so some working day ahead has room.
            while (ledger.Booked(station.Id, date) >= capacity)
            {
                date = station.NextWorkingDay(date, delays, PromiseDelayReason.CapacityFull);
            }
        }

        return (date, delays, ledger.Book(station.Id, date));
    }

    /// <summary>
    /// The earliest arrival at <paramref name="station"/> (Dijkstra over departure times: waiting for a later departure
    /// never brings an earlier arrival, so the first time a node is settled is its earliest), with the departure steps.
    /// </summary>
    private Route? FastestRoute(LastMileNode start, LastMileNode station, Instant readyAt, bool waitForCutOffs = true)
    {
        var best = new Dictionary<FacilityId, Route> { [start.Id] = new Route(readyAt, []) };
        var settled = new HashSet<FacilityId>();
        while (true)
        {
            var current = best.Where(b => !settled.Contains(b.Key))
                .OrderBy(b => b.Value.Arrival).ThenBy(b => Array.FindIndex(_nodeList, n => n.Id == b.Key))
                .Select(b => (FacilityId?)b.Key).FirstOrDefault();
            if (current is null)
            {
                return null;
            }

            var here = best[current];
            if (current == station.Id)
            {
                return here;
            }

            settled.Add(current);
            var node = _nodes[current];
            // Without cut-offs (an option's hops: line-haul transit only) the parcel leaves as soon as it is there.
            var (date, leaves, delays) = waitForCutOffs ? node.Departure(here.Arrival) : (default, here.Arrival, []);
            foreach (var haul in _lineHauls.Where(h => h.From == current && !settled.Contains(h.To)))
            {
                var arrival = leaves + haul.TransitTime;
                if (!best.TryGetValue(haul.To, out var known) || arrival < known.Arrival)
                {
                    best[haul.To] = new Route(arrival, [.. here.Steps, new PromiseStep(PromiseStepKind.Departure, node.Id, here.Arrival, date, leaves, delays)]);
                }
            }
        }
    }

    /// <summary>The network's name and size.</summary>
    public override string ToString() => $"{Name}: {_nodeList.Length} facilities, {_lineHauls.Length} line hauls, {_areas.Length} postal-code areas";

    private sealed record Route(Instant Arrival, IReadOnlyList<PromiseStep> Steps);
}
