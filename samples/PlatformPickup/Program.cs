// PlatformPickup: the platform buys from sellers in the Shenzhen cluster with high sales, collects their goods on a
// weekly milk run and fulfils the buyer's order from its storage centre near Chicago. The plan (timeline, handovers,
// landed cost); a seller with too few sales refused; the pickup leg planned from a run of the van, once with room and
// once on a day the van is full. Every price is invented (Shared/Scenario.cs); the tests in
// tests/SupplyChain.Domain.Tests/Fulfilment/SampleScenarioTests.cs check the numbers. `--ci` only marks a CI run.
using FulfilmentSamples;
using Spectre.Console;
using SupplyChain.Domain;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Pickup;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;
using UnitsNet;
using Duration = NodaTime.Duration;

namespace PlatformPickupSample;

/// <summary>The sample: the library calls, each result handed to a renderer in samples/Shared.</summary>
public static class Program
{
    public static void Main() => Run(AnsiConsole.Console);

    /// <summary>Plans, refuses and plans the milk run; writes each result to <paramref name="console"/> and returns them.</summary>
    public static PickupResults Run(IAnsiConsole console)
    {
        var request = Scenario.Request();

        // A seller who sold 1,200 lamps in the last 30 days: the platform collects from it.
        var plan = Pickup(trailingSalesUnits: 1200).Plan(request);
        PlanView.Write(console, "Platform pickup: Shenzhen cluster → storage centre MDW2 → Chicago", request, plan);

        // A seller who sold 800: the platform refuses, naming the rule and the reasons.
        DomainRuleException? refusal = null;
        try
        {
            Pickup(trailingSalesUnits: 800).Plan(request);
        }
        catch (DomainRuleException refused) when (refused.Rule == DomainRules.FulfilmentPickupEligible)
        {
            refusal = refused;
            MilkRunView.Refusal(console, "A seller with 800 units of trailing sales is refused", refused);
        }

        // The pickup leg from a planned run: a van of 1,000 kg and 10 m³ at the hub (invented map: kilometres east and
        // north of the hub), the seller's 200 lamps 6 km north, and the other sellers' consignments on the run.
        var van = new MilkRunPickup(new FacilityId("HUB-SZ"), PlanarPosition.FromKilometres(0, 0),
            new VehicleCapacity(Mass.FromKilograms(1_000), Volume.FromCubicMeters(10)), Speed.FromKilometersPerHour(30), Duration.FromMinutes(20));
        var seller = PlanarPosition.FromKilometres(0, 6);
        PickupConsignment[] usual = [Consignment("DG-A", 0, 3, 300, 2), Consignment("DG-B", 8, 6, 200, 3)];
        PickupConsignment[] busy = [.. usual, Consignment("SZ-C", 0, 1, 800, 5)];
        var roomy = Pickup(trailingSalesUnits: 1200).Plan(request, van, seller, usual);
        var full = Pickup(trailingSalesUnits: 1200).Plan(request, van, seller, busy);
        MilkRunView.Write(console, van, seller, [("Room on the run", roomy), ("Van full", full)]);
        return new PickupResults(plan, refusal, roomy, full);
    }

    /// <summary>
    /// The platform's pickup programme (the Shenzhen cluster, more than 1,000 units sold in 30 days) fed with the seller's
    /// trailing sales, its Thursday pickups, and the (invented) hub, air line-haul, storage centre, last mile and duty.
    /// </summary>
    private static PlatformPickupMode Pickup(int trailingSalesUnits) => new(
        new PickupProgrammeRule(Scenario.PickupProgramme(), _ => trailingSalesUnits), Scenario.PickupSchedule(),
        new PlanNode("Platform hub Shenzhen", Scenario.China), Scenario.AirLineHaul(), Scenario.Terms(), Scenario.LastMile(), Scenario.Tariff())
    {
        PickupRun = TransitTimeDistribution.Fixed(1),
        Consolidation = new TransitTimeDistribution(2, 0.5),
        PickupFeePerUnit = Scenario.Usd(0.50m),
        UnitsPerInboundShipment = 200,
    };

    private static PickupConsignment Consignment(string id, double eastKm, double northKm, double kg, double cubicMetres) =>
        new(new ShipmentId(id), new FacilityId(id), PlanarPosition.FromKilometres(eastKm, northKm), Mass.FromKilograms(kg), Volume.FromCubicMeters(cubicMetres));
}

/// <summary>What the sample computed, for the tests.</summary>
public sealed record PickupResults(FulfilmentPlan Plan, DomainRuleException? Refusal, MilkRunPickupPlan Roomy, MilkRunPickupPlan Full);
