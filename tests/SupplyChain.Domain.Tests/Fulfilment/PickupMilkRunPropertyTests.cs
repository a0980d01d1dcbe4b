using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Invariants of the milk-run planner on generated consignments.</summary>
public sealed class PickupMilkRunPropertyTests
{
    private const int Runs = 200;

    private static readonly FacilityId Hub = new("HUB");

    /// <summary>Consignments to plan, a vehicle, and a rotation of the input for the order property.</summary>
    public sealed record Scenario(PickupConsignment[] Consignments, VehicleCapacity Capacity, int Rotation);

    /// <summary>
    /// 0 to 24 consignments on a 1 km grid, within ±128 km or, in one list of three, crowded within ±4 km (where equal
    /// distances are common, so ties for the nearest are exercised); weights in
    /// 10 kg steps, three in four of them light (10 to 200 kg) and the rest 10 to 2,560 kg; volumes in 20 L steps, three in
    /// four small (0.02 to 0.5 m³) and the rest 0.02 to 5.12 m³. So a run of 1 to 3,000 kg and 0.1 to 30 m³ may collect
    /// none, one or many of them and leave some over for weight, for volume or for both.
    /// </summary>
    internal static readonly Gen<PickupConsignment[]> ConsignmentLists =
        from count in Gen.Choose(0, 24)
        from spread in Gen.Frequency((2, Gen.Constant(128)), (1, Gen.Constant(4)))
        from raw in (from x in Gen.Choose(-spread, spread - 1)
                     from y in Gen.Choose(-spread, spread - 1)
                     from tensOfKg in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Choose(1, 256)))
                     from twentyLitres in Gen.Frequency((3, Gen.Choose(1, 25)), (1, Gen.Choose(1, 256)))
                     select (x, y, tensOfKg, twentyLitres)).ArrayOf(count)
        select raw.Select((r, i) => PickupMilkRunTests.At($"C{i:D3}", r.x, r.y, r.tensOfKg * 10, r.twentyLitres * 0.02)).ToArray();

    /// <summary>A vehicle of 1 to 3,000 kg and 0.1 to 30 m³ (in 100 L steps).</summary>
    private static readonly Gen<VehicleCapacity> Capacities =
        from kg in Gen.Choose(1, 3_000)
        from decilitres in Gen.Choose(1, 300)
        select new VehicleCapacity(Mass.FromKilograms(kg), Volume.FromCubicMeters(decilitres / 10.0));

    private static readonly Gen<Scenario> Scenarios =
        from consignments in ConsignmentLists
        from capacity in Capacities
        from rotation in Gen.Choose(0, 1_000)
        select new Scenario(consignments, capacity, rotation);

    private static readonly Arbitrary<Scenario> Any = Scenarios.ToArbitrary();

    private static decimal Kg(PickupConsignment c) => (decimal)c.Weight.Kilograms;

    private static decimal M3(PickupConsignment c) => Math.Round((decimal)c.Volume.CubicMeters, 6);

    private static MilkRunPlan Plan(Scenario s) => MilkRunPlanner.Plan(Hub, default, s.Consignments, s.Capacity);

    [Property(MaxTest = Runs)]
    public Property A_run_never_exceeds_the_capacity_in_kilograms_or_cubic_metres() => Prop.ForAll(Any, given =>
    {
        var capacity = given.Capacity;
        var plan = MilkRunPlanner.Plan(Hub, default, given.Consignments, capacity);
        var weight = plan.Stops.Sum(s => Kg(s.Consignment));
        var volume = plan.Stops.Sum(s => M3(s.Consignment));
        return weight <= (decimal)capacity.MaxWeight.Kilograms && volume <= Math.Round((decimal)capacity.MaxVolume.CubicMeters, 6);
    });

    [Property(MaxTest = Runs)]
    public Property Every_consignment_is_in_the_run_or_left_over_exactly_once() => Prop.ForAll(Any, given =>
    {
        var input = given.Consignments;
        var plan = Plan(given);
        var seen = plan.Stops.Select(s => s.Consignment.Id.Value).Concat(plan.LeftOver.Select(l => l.Consignment.Id.Value)).ToList();
        return seen.Count == input.Length && seen.Order(StringComparer.Ordinal).SequenceEqual(input.Select(c => c.Id.Value).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    });

    [Property(MaxTest = Runs)]
    public Property Nothing_left_over_would_still_have_fitted_and_its_reason_is_right() => Prop.ForAll(Any, given =>
    {
        var capacity = given.Capacity;
        var plan = MilkRunPlanner.Plan(Hub, default, given.Consignments, capacity);
        var kgLeft = (decimal)capacity.MaxWeight.Kilograms - plan.Stops.Sum(s => Kg(s.Consignment));
        var m3Left = Math.Round((decimal)capacity.MaxVolume.CubicMeters, 6) - plan.Stops.Sum(s => M3(s.Consignment));
        return plan.LeftOver.All(l =>
        {
            var (heavy, bulky) = (Kg(l.Consignment) > kgLeft, M3(l.Consignment) > m3Left);
            var expected = heavy && bulky ? MilkRunLeftOverReason.WeightAndVolume : heavy ? MilkRunLeftOverReason.Weight : MilkRunLeftOverReason.Volume;
            return (heavy || bulky) && l.Reason == expected;
        });
    });

    [Property(MaxTest = Runs)]
    public Property The_plan_does_not_depend_on_the_input_order() => Prop.ForAll(Any, given =>
    {
        var input = given.Consignments;
        var capacity = given.Capacity;
        var shift = input.Length == 0 ? 0 : ((given.Rotation % input.Length) + input.Length) % input.Length;
        var reordered = input.Skip(shift).Concat(input.Take(shift)).Reverse().ToArray();
        var one = MilkRunPlanner.Plan(Hub, default, input, capacity);
        var other = MilkRunPlanner.Plan(Hub, default, reordered, capacity);
        return one.Stops.Select(s => s.Consignment.Id).SequenceEqual(other.Stops.Select(s => s.Consignment.Id))
            && one.LeftOver.Select(l => (l.Consignment.Id, l.Reason)).SequenceEqual(other.LeftOver.Select(l => (l.Consignment.Id, l.Reason)))
            && one.TotalDistance.Meters.Equals(other.TotalDistance.Meters);
    });

    [Property(MaxTest = Runs)]
    public Property Each_stop_is_the_nearest_consignment_that_still_fitted() => Prop.ForAll(Any, given =>
    {
        var input = given.Consignments;
        var capacity = given.Capacity;
        var plan = MilkRunPlanner.Plan(Hub, default, input, capacity);
        var remaining = input.ToList();
        var here = default(PlanarPosition);
        var (kgLeft, m3Left) = ((decimal)capacity.MaxWeight.Kilograms, Math.Round((decimal)capacity.MaxVolume.CubicMeters, 6));
        foreach (var stop in plan.Stops)
        {
            var chosen = stop.Consignment;
            var distance = here.DistanceTo(chosen.Position).Meters;
            var nearerFitting = remaining.Any(c => Kg(c) <= kgLeft && M3(c) <= m3Left && here.DistanceTo(c.Position).Meters < distance - 1e-6);
            if (nearerFitting)
            {
                return false;
            }

            remaining.Remove(chosen);
            (kgLeft, m3Left, here) = (kgLeft - Kg(chosen), m3Left - M3(chosen), chosen.Position);
        }

        return true;
    });

    [Fact]
    public void The_scenarios_give_runs_of_none_one_and_many_stops_every_left_over_reason_and_ties()
    {
        static IEnumerable<string> Labels(Scenario given)
        {
            var plan = Plan(given);
            yield return plan.Stops.Count switch { 0 => "no stop", 1 => "1 stop", < 5 => "2 to 4 stops", < 10 => "5 to 9 stops", _ => "10 or more stops" };
            foreach (var left in plan.LeftOver)
            {
                yield return "left over for " + left.Reason;
            }

            if (given.Consignments.Length > 0 && plan.LeftOver.Count == 0)
            {
                yield return "nothing left over";
            }

            if (given.Consignments.Length > 1 && given.Rotation % given.Consignments.Length != 0)
            {
                yield return "rotated";
            }

            // A tie: at some stop another consignment that still fitted was exactly as near as the one chosen.
            var remaining = given.Consignments.ToList();
            var here = default(PlanarPosition);
            var (kgLeft, m3Left) = ((decimal)given.Capacity.MaxWeight.Kilograms, Math.Round((decimal)given.Capacity.MaxVolume.CubicMeters, 6));
            foreach (var chosen in plan.Stops.Select(stop => stop.Consignment))
            {
                remaining.Remove(chosen);
                var distance = here.DistanceTo(chosen.Position).Meters;
                if (remaining.Any(c => Kg(c) <= kgLeft && M3(c) <= m3Left && Math.Abs(here.DistanceTo(c.Position).Meters - distance) < 1e-6))
                {
                    yield return "a tie for the nearest";
                }

                (kgLeft, m3Left, here) = (kgLeft - Kg(chosen), m3Left - M3(chosen), chosen.Position);
            }
        }

        Reach.Covers(Scenarios, Runs, Labels,
            ["no stop", "1 stop", "2 to 4 stops", "5 to 9 stops", "10 or more stops",
                .. Enum.GetNames<MilkRunLeftOverReason>().Select(r => "left over for " + r), "nothing left over", "rotated", "a tie for the nearest"]);
    }
}
