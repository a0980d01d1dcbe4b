using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// Plans one circular pickup run (a milk run) from a depot such as the consolidation hub, within the vehicle's weight
/// and volume capacity.
/// </summary>
/// <remarks>
/// <para>
/// <b>Heuristic: nearest neighbour with a capacity check.</b> Starting at the depot, the vehicle goes to the nearest
/// consignment not yet collected that still fits in <em>both</em> the weight and the volume it has left, collects it,
/// and repeats; when no remaining consignment fits, it drives back to the depot. Nearest is the straight-line
/// distance between <see cref="PlanarPosition"/>s, compared exactly; on equal distance the consignment with the
/// ordinally smaller id goes first. A consignment that does not fit is skipped, not the end of the run: a nearer
/// large one never blocks a farther small one.
/// </para>
/// <para>
/// The plan depends only on the set of consignments, never on the order they are given in. Nothing is dropped:
/// every consignment is a stop or a <see cref="MilkRunLeftOver"/>, whose reason is the limit it breaks against what
/// the vehicle has left when it returns (a left-over always breaks at least one, since the run ends only when
/// nothing fits). Nearest neighbour is a greedy heuristic: on random instances its circuit is typically about 25 %
/// longer than the shortest one (Johnson and McGeoch, 1997), and it does not choose which consignments to leave behind
/// to carry the most.
/// </para>
/// </remarks>
public static class MilkRunPlanner
{
    /// <summary>Plans one run.</summary>
    /// <param name="depot">The facility the run starts and ends at.</param>
    /// <param name="depotPosition">Where the depot is, on the same map as the consignments.</param>
    /// <param name="consignments">The consignments waiting for collection; none twice (by id). May be empty.</param>
    /// <param name="capacity">The vehicle's capacity.</param>
    /// <returns>The stops in order with the load after each, the distances, and the consignments left over with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="depot"/>, <paramref name="consignments"/> or <paramref name="capacity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="consignments"/> holds null or two consignments with the same id.</exception>
    public static MilkRunPlan Plan(FacilityId depot, PlanarPosition depotPosition, IEnumerable<PickupConsignment> consignments, VehicleCapacity capacity)
    {
        Guard.NotNull(depot);
        Guard.NotNull(capacity);
        var waiting = Guard.CopyItems(consignments, requireOne: false);
        Guard.Distinct(waiting, c => c.Id, nameof(consignments));
        waiting.Sort((a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));

        var stops = new List<MilkRunStop>();
        var here = depotPosition;
        var (kilograms, cubicMillimetres, driven) = (0m, 0m, Length.Zero);
        while (true)
        {
            var next = -1;
            var best = decimal.MaxValue;
            for (var i = 0; i < waiting.Count; i++)
            {
                var candidate = waiting[i];
                if (!Fits(candidate, capacity.Kilograms - kilograms, capacity.CubicMillimetres - cubicMillimetres))
                {
                    continue;
                }

                var squared = here.SquaredMillimetres(candidate.Position);
                if (squared < best)   // strict: on a tie the earlier (ordinally smaller id) stays
                {
                    (best, next) = (squared, i);
                }
            }

            if (next < 0)
            {
                break;
            }

            var chosen = waiting[next];
            waiting.RemoveAt(next);
            var leg = here.DistanceTo(chosen.Position);
            driven += leg;
            kilograms += chosen.Kilograms;
            cubicMillimetres += chosen.CubicMillimetres;
            stops.Add(new MilkRunStop(stops.Count + 1, chosen, leg, driven, kilograms, cubicMillimetres));
            here = chosen.Position;
        }

        var (kilogramsLeft, volumeLeft) = (capacity.Kilograms - kilograms, capacity.CubicMillimetres - cubicMillimetres);
        var leftOver = waiting.Select(c => new MilkRunLeftOver(
                c,
                (c.Kilograms > kilogramsLeft, c.CubicMillimetres > volumeLeft) switch
                {
                    (true, true) => MilkRunLeftOverReason.WeightAndVolume,
                    (true, false) => MilkRunLeftOverReason.Weight,
                    _ => MilkRunLeftOverReason.Volume,
                },
                kilogramsLeft,
                volumeLeft,
                Fits(c, capacity.Kilograms, capacity.CubicMillimetres)))
            .ToArray();
        var back = stops.Count == 0 ? Length.Zero : here.DistanceTo(depotPosition);
        return new MilkRunPlan(depot, depotPosition, capacity, [.. stops], back, leftOver);
    }

    private static bool Fits(PickupConsignment consignment, decimal kilogramsLeft, decimal cubicMillimetresLeft) =>
        consignment.Kilograms <= kilogramsLeft && consignment.CubicMillimetres <= cubicMillimetresLeft;
}
