using FsCheck;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Invariants of the milk-run planner on generated consignments.</summary>
public sealed class PickupMilkRunPropertyTests
{
    private static readonly FacilityId Hub = new("HUB");

    // Positions on a 1 km grid within ±128 km (many equal distances, so ties are exercised), weights 10 to 2,560 kg in
    // 10 kg steps, volumes 0.02 to 5.12 m³ in 20 L steps; capacity 1 to 3,000 kg and 0.1 to 30 m³.
    private static PickupConsignment[] Consignments((sbyte X, sbyte Y, byte Kg, byte Litres)[] raw) =>
        raw.Select((r, i) => PickupMilkRunTests.At($"C{i:D3}", r.X, r.Y, (r.Kg + 1) * 10, (r.Litres + 1) * 0.02)).ToArray();

    private static VehicleCapacity Capacity(PositiveInt kg, PositiveInt decilitres) =>
        new(Mass.FromKilograms(kg.Get % 3_000 + 1), Volume.FromCubicMeters((decilitres.Get % 300 + 1) / 10.0));

    private static decimal Kg(PickupConsignment c) => (decimal)c.Weight.Kilograms;

    private static decimal M3(PickupConsignment c) => Math.Round((decimal)c.Volume.CubicMeters, 6);

    [Property]
    public bool A_run_never_exceeds_the_capacity_in_kilograms_or_cubic_metres((sbyte, sbyte, byte, byte)[] raw, PositiveInt kg, PositiveInt dl)
    {
        var capacity = Capacity(kg, dl);
        var plan = MilkRunPlanner.Plan(Hub, default, Consignments(raw), capacity);
        var weight = plan.Stops.Sum(s => Kg(s.Consignment));
        var volume = plan.Stops.Sum(s => M3(s.Consignment));
        return weight <= (decimal)capacity.MaxWeight.Kilograms && volume <= Math.Round((decimal)capacity.MaxVolume.CubicMeters, 6);
    }

    [Property]
    public bool Every_consignment_is_in_the_run_or_left_over_exactly_once((sbyte, sbyte, byte, byte)[] raw, PositiveInt kg, PositiveInt dl)
    {
        var input = Consignments(raw);
        var plan = MilkRunPlanner.Plan(Hub, default, input, Capacity(kg, dl));
        var seen = plan.Stops.Select(s => s.Consignment.Id.Value).Concat(plan.LeftOver.Select(l => l.Consignment.Id.Value)).ToList();
        return seen.Count == input.Length && seen.Order(StringComparer.Ordinal).SequenceEqual(input.Select(c => c.Id.Value).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    [Property]
    public bool Nothing_left_over_would_still_have_fitted_and_its_reason_is_right((sbyte, sbyte, byte, byte)[] raw, PositiveInt kg, PositiveInt dl)
    {
        var capacity = Capacity(kg, dl);
        var plan = MilkRunPlanner.Plan(Hub, default, Consignments(raw), capacity);
        var kgLeft = (decimal)capacity.MaxWeight.Kilograms - plan.Stops.Sum(s => Kg(s.Consignment));
        var m3Left = Math.Round((decimal)capacity.MaxVolume.CubicMeters, 6) - plan.Stops.Sum(s => M3(s.Consignment));
        return plan.LeftOver.All(l =>
        {
            var (heavy, bulky) = (Kg(l.Consignment) > kgLeft, M3(l.Consignment) > m3Left);
            var expected = heavy && bulky ? MilkRunLeftOverReason.WeightAndVolume : heavy ? MilkRunLeftOverReason.Weight : MilkRunLeftOverReason.Volume;
            return (heavy || bulky) && l.Reason == expected;
        });
    }

    [Property]
    public bool The_plan_does_not_depend_on_the_input_order((sbyte, sbyte, byte, byte)[] raw, PositiveInt kg, PositiveInt dl, int rotation)
    {
        var input = Consignments(raw);
        var capacity = Capacity(kg, dl);
        var shift = input.Length == 0 ? 0 : ((rotation % input.Length) + input.Length) % input.Length;
        var reordered = input.Skip(shift).Concat(input.Take(shift)).Reverse().ToArray();
        var one = MilkRunPlanner.Plan(Hub, default, input, capacity);
        var other = MilkRunPlanner.Plan(Hub, default, reordered, capacity);
        return one.Stops.Select(s => s.Consignment.Id).SequenceEqual(other.Stops.Select(s => s.Consignment.Id))
            && one.LeftOver.Select(l => (l.Consignment.Id, l.Reason)).SequenceEqual(other.LeftOver.Select(l => (l.Consignment.Id, l.Reason)))
            && one.TotalDistance.Meters.Equals(other.TotalDistance.Meters);
    }

    [Property]
    public bool Each_stop_is_the_nearest_consignment_that_still_fitted((sbyte, sbyte, byte, byte)[] raw, PositiveInt kg, PositiveInt dl)
    {
        var input = Consignments(raw);
        var capacity = Capacity(kg, dl);
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
    }
}
