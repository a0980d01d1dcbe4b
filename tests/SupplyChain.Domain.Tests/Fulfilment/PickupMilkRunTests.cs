using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

public sealed class PickupMilkRunTests
{
    private static readonly FacilityId Hub = new("HUB-SZ");
    private static readonly PlanarPosition HubPosition = PlanarPosition.FromKilometres(0, 0);
    private static readonly VehicleCapacity Van = new(Mass.FromKilograms(1_000), Volume.FromCubicMeters(10));

    internal static PickupConsignment At(string id, double eastKm, double northKm, double kg, double cubicMetres) =>
        new(new ShipmentId(id), new FacilityId("F-" + id), PlanarPosition.FromKilometres(eastKm, northKm),
            Mass.FromKilograms(kg), Volume.FromCubicMeters(cubicMetres));

    [Fact]
    public void Hand_worked_run_with_nearest_neighbour_and_capacity_check()
    {
        // Van: 1,000 kg and 10 m³. Depot at (0, 0) km.
        PickupConsignment[] waiting =
        [
            At("C1", 3, 4, 400, 0.5),
            At("C2", 0, -2, 300, 2),
            At("C3", 6, 8, 350, 1),
            At("C4", -5, 0, 200, 6),
            At("C5", 10, 0, 50, 2),
            At("C6", 1, 0, 1_200, 1),
        ];

        var plan = MilkRunPlanner.Plan(Hub, HubPosition, waiting, Van);

        // From the depot: C6 is nearest (1 km) but 1,200 kg > 1,000 kg, so it is skipped. Of the rest, C2 is nearest
        // (√(0² + 2²) = 2 km; C1 and C4 are 5 km, C3 and C5 10 km). On board: 300 kg, 2 m³; left 700 kg, 8 m³.
        // From C2 (0, −2): C4 √(5² + 2²) = √29 ≈ 5.385 km beats C1 √(3² + 6²) = √45 ≈ 6.708 km; C4 fits (200 kg,
        // 6 m³ ≤ 8 m³). On board: 500 kg, 8 m³; left 500 kg, 2 m³.
        // From C4 (−5, 0): C1 √(8² + 4²) = √80 ≈ 8.944 km beats C3 √185 ≈ 13.601 km and C5 15 km; C1 fits (400 kg,
        // 0.5 m³). On board: 900 kg, 8.5 m³; left 100 kg, 1.5 m³.
        // From C1 nothing fits: C3 needs 350 kg > 100 kg (weight), C5 needs 2 m³ > 1.5 m³ (volume), C6 1,200 kg
        // (weight; it would not even fit an empty van). Back to the depot: √(3² + 4²) = 5 km.
        plan.Stops.Select(s => s.Consignment.Id.Value).Should().Equal("C2", "C4", "C1");
        plan.Stops.Select(s => s.Sequence).Should().Equal(1, 2, 3);
        plan.Stops.Select(s => s.CumulativeLoad.Kilograms).Should().Equal(300, 500, 900);
        plan.Stops.Select(s => s.CumulativeVolume.CubicMeters).Should().Equal(2, 8, 8.5);
        plan.Stops.Select(s => s.Load.Kilograms).Should().Equal(300, 200, 400);
        plan.Stops[0].DistanceFromPrevious.Kilometers.Should().BeApproximately(2, 1e-9);
        plan.Stops[1].DistanceFromPrevious.Kilometers.Should().BeApproximately(Math.Sqrt(29), 1e-9);
        plan.Stops[2].DistanceFromPrevious.Kilometers.Should().BeApproximately(Math.Sqrt(80), 1e-9);
        plan.Stops[2].CumulativeDistance.Kilometers.Should().BeApproximately(2 + Math.Sqrt(29) + Math.Sqrt(80), 1e-9);
        plan.ReturnDistance.Kilometers.Should().BeApproximately(5, 1e-9);
        // 2 + 5.385165 + 8.944272 + 5 = 21.329437 km.
        plan.TotalDistance.Kilometers.Should().BeApproximately(21.329437, 1e-6);
        plan.TotalLoad.Kilograms.Should().Be(900);
        plan.TotalVolume.CubicMeters.Should().Be(8.5);

        plan.LeftOver.Select(l => (l.Consignment.Id.Value, l.Reason, l.FitsEmptyVehicle)).Should().Equal(
            ("C3", MilkRunLeftOverReason.Weight, true),
            ("C5", MilkRunLeftOverReason.Volume, true),
            ("C6", MilkRunLeftOverReason.Weight, false));
        plan.LeftOver[0].WeightLeft.Kilograms.Should().Be(100);
        plan.LeftOver[0].VolumeLeft.CubicMeters.Should().Be(1.5);
        plan.ToString().Should().Be("HUB-SZ → C2 → C4 → C1 → HUB-SZ, 21.329 km; 3 left over");
    }

    [Fact]
    public void A_load_exactly_at_capacity_fits()
    {
        // 600 kg + 400 kg = 1,000 kg and 4 m³ + 6 m³ = 10 m³: both limits reached exactly, nothing left over.
        var plan = MilkRunPlanner.Plan(Hub, HubPosition, [At("A", 1, 0, 600, 4), At("B", 2, 0, 400, 6)], Van);

        plan.Stops.Should().HaveCount(2);
        plan.LeftOver.Should().BeEmpty();
        plan.TotalLoad.Kilograms.Should().Be(1_000);
    }

    [Fact]
    public void A_tie_in_distance_goes_to_the_smaller_id()
    {
        // A (−4, −3) and B (3, 4) are both 5 km from the depot: A goes first, then B at √(7² + 7²) = √98 km.
        var one = MilkRunPlanner.Plan(Hub, HubPosition, [At("B", 3, 4, 10, 0.1), At("A", -4, -3, 10, 0.1)], Van);
        var other = MilkRunPlanner.Plan(Hub, HubPosition, [At("A", -4, -3, 10, 0.1), At("B", 3, 4, 10, 0.1)], Van);

        one.Stops.Select(s => s.Consignment.Id.Value).Should().Equal("A", "B");
        other.Stops.Select(s => s.Consignment.Id.Value).Should().Equal("A", "B");
        one.TotalDistance.Kilometers.Should().BeApproximately(5 + Math.Sqrt(98) + 5, 1e-9);
    }

    [Fact]
    public void Nothing_to_collect_or_nothing_that_fits_means_no_run()
    {
        var empty = MilkRunPlanner.Plan(Hub, HubPosition, [], Van);
        empty.Stops.Should().BeEmpty();
        empty.TotalDistance.Should().Be(Length.Zero);

        var tooBig = MilkRunPlanner.Plan(Hub, HubPosition, [At("X", 1, 1, 2_000, 20)], Van);
        tooBig.Stops.Should().BeEmpty();
        tooBig.TotalDistance.Meters.Should().Be(0);
        tooBig.LeftOver.Single().Reason.Should().Be(MilkRunLeftOverReason.WeightAndVolume);
        tooBig.LeftOver.Single().FitsEmptyVehicle.Should().BeFalse();
    }

    [Fact]
    public void Positions_are_exact_to_the_millimetre_and_same_positions_are_equal()
    {
        PlanarPosition.FromKilometres(3, 4).Should().Be(new PlanarPosition(Length.FromMeters(3_000), Length.FromMeters(4_000)));
        PlanarPosition.FromKilometres(3, -4).ToString().Should().Be("(3, -4) km");
        PlanarPosition.FromKilometres(0, 0).DistanceTo(PlanarPosition.FromKilometres(3, 4)).Kilometers.Should().BeApproximately(5, 1e-12);
        default(PlanarPosition).Should().Be(PlanarPosition.FromKilometres(0, 0));
    }

    [Fact]
    public void Bad_consignments_vehicles_and_lists_are_refused_with_clear_messages()
    {
        FluentActions.Invoking(() => At("N", 0, 0, -5, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight")
            .WithMessage("weight must be greater than zero, but was -5 kg.*");
        FluentActions.Invoking(() => At("N", 0, 0, 5, 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("volume")
            .WithMessage("volume must be greater than zero, but was 0 m³.*");
        FluentActions.Invoking(() => new VehicleCapacity(Mass.Zero, Volume.FromCubicMeters(10)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxWeight")
            .WithMessage("maxWeight must be greater than zero, but was 0 kg.*");
        FluentActions.Invoking(() => new VehicleCapacity(Mass.FromKilograms(1_000), Volume.Zero))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxVolume")
            .WithMessage("maxVolume must be greater than zero, but was 0 m³.*");
        FluentActions.Invoking(() => MilkRunPlanner.Plan(Hub, HubPosition, [At("C1", 1, 1, 1, 1), At("C1", 2, 2, 1, 1)], Van))
            .Should().Throw<ArgumentException>().WithParameterName("consignments")
            .WithMessage("consignments lists C1 more than once.*");
        FluentActions.Invoking(() => MilkRunPlanner.Plan(Hub, HubPosition, [null!], Van))
            .Should().Throw<ArgumentException>().WithParameterName("consignments")
            .WithMessage("consignments must not contain null items.*");
        FluentActions.Invoking(() => MilkRunPlanner.Plan(Hub, HubPosition, [], null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("capacity");
        FluentActions.Invoking(() => PlanarPosition.FromKilometres(20_001, 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("east")
            .WithMessage("east must be between -20000 km and 20000 km, but was 20001 km.*");
    }
}
