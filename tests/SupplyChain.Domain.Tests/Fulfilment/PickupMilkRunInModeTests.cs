using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using UnitsNet;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;
using Duration = NodaTime.Duration;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// <see cref="PlatformPickupMode"/> planning its pickup leg from a milk run (<see cref="MilkRunPickup"/>), on the
/// hand-worked pickup scenario of <see cref="PlatformModeTests"/> (200 lamps per inbound shipment, Thursday pickups).
/// </summary>
public sealed class PickupMilkRunInModeTests
{
    // The seller's consignment is the inbound shipment: 200 lamps = 20 cartons of 13 kg and 65 × 45 × 32 cm
    // = 0.0936 m³, so 260 kg and 1.872 m³. Van: 1,000 kg and 10 m³ from the hub at (0, 0), 30 km/h, 20 min a stop.
    private static readonly MilkRunPickup Van = new(
        new FacilityId("HUB-SZ"), PlanarPosition.FromKilometres(0, 0), new VehicleCapacity(Mass.FromKilograms(1_000), Volume.FromCubicMeters(10)),
        Speed.FromKilometersPerHour(30), Duration.FromMinutes(20));

    private static readonly PlanarPosition Seller = PlanarPosition.FromKilometres(0, 6);

    private static PickupConsignment At(string id, double eastKm, double northKm, double kg, double cubicMetres) =>
        PickupMilkRunTests.At(id, eastKm, northKm, kg, cubicMetres);

    [Fact]
    public void The_pickup_leg_is_the_planned_run_and_shows_the_sellers_place_in_it()
    {
        PickupConsignment[] others = [At("A", 0, 3, 300, 2), At("B", 8, 6, 200, 3)];

        var result = Pickup().Plan(Request(), Van, Seller, others);

        // Nearest neighbour from the hub (0, 0): A 3 km, seller 6 km, B 10 km → A. From A (0, 3): seller 3 km,
        // B √(8² + 3²) ≈ 8.544 km → seller. From the seller (0, 6): B 8 km. Back from B (8, 6): 10 km.
        // Load 300 + 260 + 200 = 760 kg ≤ 1,000 and 2 + 1.872 + 3 = 6.872 m³ ≤ 10: all fit in one run.
        result.CollectingRun.Stops.Select(s => s.Consignment.Id.Value).Should().Equal("A", "SZ-WH-1", "B");
        result.SellerStop.Sequence.Should().Be(2);
        result.WaitsForLaterRun.Should().BeFalse();
        result.MissedPickups.Should().BeEmpty();
        result.SellerConsignment.Weight.Kilograms.Should().Be(260);
        result.SellerConsignment.Volume.CubicMeters.Should().BeApproximately(1.872, 1e-12);
        result.CollectingRun.TotalDistance.Kilometers.Should().BeApproximately(24, 1e-9);

        // Run time: 24 km ÷ 30 km/h = 0.8 h, plus 3 stops × 20 min = 1 h: 1.8 h = 0.075 d (fixed).
        result.RunTime.MeanDays.Should().BeApproximately(0.075, 1e-12);
        result.RunTime.StandardDeviationDays.Should().Be(0);

        // Pipeline: wait Monday → Thursday 3 + run 0.075 + consolidation 2 + air 6 + clearance 2 + transfer 1 +
        // receiving 2 = 16.075 d (the fixed-run plan's 17 d with its 1-day run replaced); variance unchanged 4.5.
        var plan = result.Plan;
        result.ScheduledPickupDay.Should().Be(new LocalDate(2026, 3, 5));
        result.PickupDay.Should().Be(new LocalDate(2026, 3, 5));
        plan.PipelineTime.MeanDays.Should().BeApproximately(16.075, 1e-9);
        plan.PipelineTime.Distribution.VarianceDaysSquared.Should().BeApproximately(4.5, 1e-12);
        plan.Legs[0].Description.Should().Be("wait for the scheduled pickup on 2026-03-05");
        plan.Legs[1].TransitTime.MeanDays.Should().BeApproximately(0.075, 1e-12);
        plan.Legs[1].Description.Should().Be("milk-run pickup: stop 2 of 3, 24 km at 30 km/h + 3 × 20 min");

        // Costs and the buyer's lead time do not depend on the run: 14.09 per unit and 4 days, as with a fixed run.
        plan.CostPerUnit.Total.Amount.Should().Be(14.09m);
        plan.LeadTime.MeanDays.Should().Be(4);
    }

    [Fact]
    public void A_consignment_that_does_not_fit_waits_for_the_next_run_and_is_reported()
    {
        // C near the hub nearly fills the van: 800 kg and 5 m³.
        PickupConsignment[] others = [At("A", 0, 3, 300, 2), At("B", 8, 6, 200, 3), At("C", 0, 1, 800, 5)];

        var result = Pickup().Plan(Request(), Van, Seller, others);

        // Thursday 5 March: from the hub C is nearest (1 km) and fits; left 200 kg, 5 m³. A (300 kg) and the seller
        // (260 kg) are too heavy now; B (200 kg, 3 m³) fits at √(8² + 5²) = √89 km; left 0 kg, 2 m³: nothing else
        // fits, back 10 km. The seller's consignment and A are left over for weight.
        result.Runs.Should().HaveCount(2);
        result.Runs[0].Stops.Select(s => s.Consignment.Id.Value).Should().Equal("C", "B");
        result.Runs[0].LeftOver.Select(l => (l.Consignment.Id.Value, l.Reason)).Should().Equal(
            ("A", MilkRunLeftOverReason.Weight), ("SZ-WH-1", MilkRunLeftOverReason.Weight));
        result.MissedPickups.Should().Equal(new LocalDate(2026, 3, 5));
        result.WaitsForLaterRun.Should().BeTrue();

        // Next slot, Thursday 12 March, with the left-overs: A 3 km, then the seller 3 km, back 6 km = 12 km.
        // 12 km ÷ 30 km/h = 0.4 h + 2 stops × 20 min = 1.0667 h = 0.0444 d.
        result.PickupDay.Should().Be(new LocalDate(2026, 3, 12));
        result.CollectingRun.Stops.Select(s => s.Consignment.Id.Value).Should().Equal("A", "SZ-WH-1");
        result.SellerStop.Sequence.Should().Be(2);
        result.RunTime.MeanDays.Should().BeApproximately((0.4 + (2 / 3.0)) / 24, 1e-12);

        // The wait grows by one pickup interval: Monday 2 → Thursday 12 March = 10 days (3 + 7).
        var plan = result.Plan;
        plan.Legs[0].TransitTime.MeanDays.Should().Be(10);
        plan.Legs[0].Description.Should().Be("wait for the pickup on 2026-03-12: no room on the run(s) of 2026-03-05");
        plan.Legs[1].Description.Should().Be("milk-run pickup: stop 2 of 2, 12 km at 30 km/h + 2 × 20 min");
        plan.PipelineTime.MeanDays.Should().BeApproximately(10 + ((0.4 + (2 / 3.0)) / 24) + 13, 1e-9);
    }

    [Fact]
    public void A_seller_alone_on_the_run_goes_there_and_back()
    {
        // Only the seller: 6 km out, 6 km back = 12 km ÷ 30 = 0.4 h + 1 × 20 min = 0.7333 h.
        var result = Pickup().Plan(Request(), Van, Seller, []);

        result.SellerStop.Sequence.Should().Be(1);
        result.RunTime.MeanDays.Should().BeApproximately((0.4 + (1 / 3.0)) / 24, 1e-12);
        result.Plan.Legs[1].Description.Should().Be("milk-run pickup: stop 1 of 1, 12 km at 30 km/h + 1 × 20 min");
    }

    [Fact]
    public void A_consignment_larger_than_an_empty_vehicle_is_refused_not_dropped()
    {
        // 260 kg > 200 kg: no run can ever take the inbound shipment whole.
        var small = new MilkRunPickup(new FacilityId("HUB-SZ"), default, new VehicleCapacity(Mass.FromKilograms(200), Volume.FromCubicMeters(10)),
            Speed.FromKilometersPerHour(30), Duration.FromMinutes(20));

        FluentActions.Invoking(() => Pickup().Plan(Request(), small, Seller, []))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.PickupFitsVehicle)
            .WithMessage("The seller's consignment from SZ-WH-1 (20 cartons of 10 units: 260 kg, 1.872 m³) does not fit an empty pickup vehicle (200 kg, 10 m³): no run can collect it whole; ship fewer units per inbound shipment or use another mode.")
            .Which.Details.Should().BeOfType<ModeRefusalDetails>()
            .Which.Eligibility.Reasons.Select(r => r.Code).Should().Equal("pickup.cluster-served", "pickup.trailing-sales", "last-mile.available");
    }

    [Fact]
    public void An_ineligible_seller_is_refused_before_any_run_is_planned()
    {
        FluentActions.Invoking(() => Pickup(trailingSales: 800).Plan(Request(), Van, Seller, []))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.FulfilmentPickupEligible);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_clear_messages()
    {
        FluentActions.Invoking(() => Pickup().Plan(Request(), Van, Seller, [PickupMilkRunTests.At("SZ-WH-1", 1, 1, 10, 0.1)]))
            .Should().Throw<ArgumentException>().WithParameterName("otherConsignments")
            .WithMessage("otherConsignments must hold only the run's other consignments, but SZ-WH-1 (from F-SZ-WH-1) is from the seller's facility SZ-WH-1 or has its id; the mode adds the seller's consignment itself.*");
        FluentActions.Invoking(() => Pickup().Plan(Request(), Van, Seller, [At("A", 1, 1, 10, 0.1), At("A", 2, 2, 10, 0.1)]))
            .Should().Throw<ArgumentException>().WithParameterName("otherConsignments")
            .WithMessage("otherConsignments lists A more than once.*");
        FluentActions.Invoking(() => Pickup().Plan(Request(), null!, Seller, []))
            .Should().Throw<ArgumentNullException>().WithParameterName("milkRun");
        FluentActions.Invoking(() => new MilkRunPickup(new FacilityId("HUB"), default, Van.Capacity, Speed.Zero, Duration.Zero))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("averageSpeed")
            .WithMessage("averageSpeed must be greater than zero, but was 0 m/s.*");
        FluentActions.Invoking(() => new MilkRunPickup(new FacilityId("HUB"), default, Van.Capacity, Speed.FromKilometersPerHour(30), Duration.FromMinutes(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stopTime")
            .WithMessage("stopTime must not be negative, but was -0:00:01:00*");
    }

    /// <summary>
    /// Other consignments as in <see cref="PickupMilkRunPropertyTests.ConsignmentLists"/> (0 to 24, 10 to 2,560 kg,
    /// 0.02 to 5.12 m³) and a van of 260 to 3,259 kg and 10 m³: at least the seller's 260 kg and 1.872 m³, so some run
    /// collects it, but often after one or more runs that leave it over.
    /// </summary>
    private static readonly Gen<(PickupConsignment[] Others, MilkRunPickup Van)> SellerScenarios =
        from others in PickupMilkRunPropertyTests.ConsignmentLists
        from kg in Gen.Choose(260, 3_259)
        select (others, new MilkRunPickup(new FacilityId("HUB-SZ"), default,
            new VehicleCapacity(Mass.FromKilograms(kg), Volume.FromCubicMeters(10)), Speed.FromKilometersPerHour(30), Duration.FromMinutes(20)));

    private const int SellerRuns = 100;

    [Property(MaxTest = SellerRuns)]
    public Property The_sellers_consignment_is_never_dropped_and_waits_one_week_per_run_missed() =>
        Prop.ForAll(SellerScenarios.ToArbitrary(), given =>
        {
            var (others, van) = given;
            var result = Pickup().Plan(Request(), van, Seller, others);

            var collectedOnce = result.Runs.Sum(r => r.Stops.Count(s => s.Consignment == result.SellerConsignment)) == 1
                && result.CollectingRun.Stops.Contains(result.SellerStop);
            var leftOverBefore = result.Runs.Take(result.Runs.Count - 1).All(r => r.LeftOver.Any(l => l.Consignment == result.SellerConsignment));
            var withinCapacity = result.Runs.All(r => r.TotalLoad.Kilograms <= van.Capacity.MaxWeight.Kilograms + 1e-9 && r.TotalVolume.CubicMeters <= 10 + 1e-9);
            // Thursdays only: Monday → first Thursday is 3 days, each run missed adds 7.
            var wait = result.Plan.Legs[0].TransitTime.MeanDays == 3 + (7 * result.MissedPickups.Count);
            return collectedOnce && leftOverBefore && withinCapacity && wait;
        });

    [Fact]
    public void The_seller_scenarios_collect_on_the_first_run_and_after_missing_one_and_several()
    {
        Reach.Covers(SellerScenarios, SellerRuns,
            given => [Pickup().Plan(Request(), given.Van, Seller, given.Others).MissedPickups.Count switch
            {
                0 => "collected on the first run",
                1 => "missed one run",
                _ => "missed two or more runs",
            }],
            ["collected on the first run", "missed one run", "missed two or more runs"]);
    }
}
