using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>
/// A shipment's history over random command sequences (seeded, so every failure replays): a refused command (and a
/// handling event already recorded) changes nothing and records nothing, an accepted one records one event with the next
/// version, and the shipment rebuilt from its history, like every partial shipment split off, is the same shipment in
/// every observable.
/// </summary>
public sealed class ShipmentHistoryPropertyTests
{
    private const int Runs = 200;
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 0);
    private static readonly ProductId[] Goods = [Products.Lamp, Products.Cable, Products.Case, new ProductId("NOT-SHIPPED")];
    private static readonly string[] Voyages = ["V1", "V2", "V3"];

    /// <summary>
    /// 1 to 5 cartons (each 1 to 3 of the three products, 1 to 50 units a line, half of them labelled with an SSCC), 0 to
    /// 20 commands, and a seed that picks each command and its values: handling events of every type at any of 11 places
    /// within 60 days (a third of them the repeat of one already recorded), itineraries of 1 to 3 legs departing within
    /// 40 days, deadlines 0 to 60 days out (some before the departure), goods receipts of 0 to 40 units of the three
    /// products or a fourth one not shipped, and splits of 1 to all the cartons, some with a carton not held or the
    /// shipment's own id.
    /// </summary>
    public sealed record Draw(int Cartons, int Commands, int Seed);

    private static readonly Gen<Draw> Draws =
        from cartons in Gen.Choose(1, 5)
        from commands in Gen.Choose(0, 20)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select new Draw(cartons, commands, seed);

    [Property(MaxTest = Runs)]
    public Property A_refused_command_changes_nothing_and_an_accepted_one_records_one_event() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        Play(draw, (before, after, step) =>
        {
            if (step.Outcome == "accepted")
            {
                after.Version.Should().Be(before.Version + 1, step.Command);
                after.Text.Should().NotBe(before.Text, step.Command);
            }
            else
            {
                after.Should().Be(before, step.Command);
            }
        });
    });

    [Property(MaxTest = Runs)]
    public Property The_shipment_rebuilt_from_its_history_is_the_same_shipment() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        var (shipment, partials) = Play(draw, (_, _, _) => { });
        foreach (var original in partials.Prepend(shipment))
        {
            var rebuilt = Shipment.Rebuild(original.History);
            Observe(rebuilt).Should().Be(Observe(original));
            rebuilt.History.Should().Equal(original.History);
            rebuilt.Delivery.Should().Be(original.Delivery);
            rebuilt.Reconciliation.Should().Equal(original.Reconciliation);
        }
    });

    [Fact]
    public void The_draws_reach_every_command_accepted_and_refused()
    {
        string[] claimed =
        [
            "Record accepted", "Record repeated", "AssignToRoute accepted", "AssignToRoute refused", "SpecifyNewRoute accepted",
            "SpecifyNewRoute refused", "RecordGoodsReceipt accepted", "RecordGoodsReceipt refused", "SplitOff accepted", "SplitOff refused",
            "partial routed", "partial not routed", "10 or more events",
        ];
        Reach.Covers(Draws, Runs, Labels, claimed);
    }

    private static IEnumerable<string> Labels(Draw draw)
    {
        var labels = new List<string>();
        var (shipment, partials) = Play(draw, (_, _, step) => labels.Add(step.Command + " " + step.Outcome));
        labels.AddRange(partials.Select(p => p.Itinerary is null ? "partial not routed" : "partial routed"));
        if (shipment.Version >= 10)
        {
            labels.Add("10 or more events");
        }

        return labels;
    }

    private sealed record Step(string Command, string Outcome);

    private sealed record Observed(int Version, string Text);

    /// <summary>Every observable of a shipment as text: cartons, route, itinerary, handling events with their reports, delivery state, reconciliation, history.</summary>
    private static Observed Observe(Shipment s) => new(s.Version, string.Join(
        " | ",
        s.Id, s.Shipper, s.Consignee, string.Join("; ", s.Cartons), s.RouteSpecification, s.Itinerary?.ToString() ?? "not routed",
        string.Join("; ", s.HandlingEvents.Select(e => $"{e} reported {e.RegistrationTime} at {e.Facility}")),
        s.Delivery, string.Join("; ", s.Reconciliation), string.Join("; ", s.ShippedLines), s.LeadTime, string.Join("; ", s.History)));

    private static (Shipment Shipment, List<Shipment> Partials) Play(Draw draw, Action<Observed, Observed, Step> check)
    {
        var random = new Random(draw.Seed);
        var cartons = Enumerable.Range(0, draw.Cartons).Select(i => Carton(random, i)).ToList();
        var shipment = new Shipment(new ShipmentId("SHP-1"), Parties.Seller, Parties.Buyer, new RouteSpecification(Places.Shanghai, Places.Rotterdam, Start + Duration.FromDays(50)), cartons);
        var partials = new List<Shipment>();
        var recorded = new List<HandlingEvent>();
        for (var k = 0; k < draw.Commands; k++)
        {
            var before = Observe(shipment);
            var (command, outcome) = Command(shipment, random, recorded, partials, k);
            check(before, Observe(shipment), new Step(command, outcome));
        }

        return (shipment, partials);
    }

    private static (string Command, string Outcome) Command(Shipment shipment, Random random, List<HandlingEvent> recorded, List<Shipment> partials, int k)
    {
        switch (random.Next(5))
        {
            case 0:
                var handling = recorded.Count > 0 && random.Next(3) == 0 ? recorded[random.Next(recorded.Count)] : Handling(random);
                recorded.Add(handling);
                return ("Record", shipment.Record(handling) ? "accepted" : "repeated");
            case 1:
                return Try("AssignToRoute", () => shipment.AssignToRoute(Route(random)));
            case 2:
                return Try("SpecifyNewRoute", () => shipment.SpecifyNewRoute(new RouteSpecification(
                    Places.Pool[random.Next(3)], Places.Pool[4 + random.Next(2)], Start + Duration.FromDays(random.Next(0, 61)))));
            case 3:
                return Try("RecordGoodsReceipt", () => shipment.RecordGoodsReceipt(Goods[random.Next(Goods.Length)], random.Next(0, 41), random.Next(0, 3) == 0 ? random.Next(0, 6) : 0));
            default:
                var moving = shipment.Cartons.Where(_ => random.Next(2) == 0).ToList();
                if (moving.Count == 0 || random.Next(6) == 0)
                {
                    moving.Add(Carton(random, 100 + k));
                }

                var id = random.Next(8) == 0 ? shipment.Id : new ShipmentId("SHP-P" + k);
                return Try("SplitOff", () => partials.Add(shipment.SplitOff(id, moving)));
        }
    }

    private static (string, string) Try(string command, Action act)
    {
        try
        {
            act();
            return (command, "accepted");
        }
        catch (Exception e) when (e is DomainRuleException or ArgumentException)
        {
            return (command, "refused");
        }
    }

    private static PackedCarton Carton(Random random, int serial)
    {
        var lines = Goods.Take(3).Where(_ => random.Next(2) == 0).Select(p => new ShipmentLine(p, random.Next(1, 51))).ToList();
        if (lines.Count == 0)
        {
            lines.Add(new ShipmentLine(Goods[random.Next(3)], random.Next(1, 51)));
        }

        return new PackedCarton(lines, random.Next(2) == 0 ? Sscc.Create(0, "0614141", serial) : null);
    }

    private static HandlingEvent Handling(Random random)
    {
        var type = (HandlingEventType)random.Next(1, 8);
        var voyage = HandlingEvent.RequiresVoyage(type) || (!HandlingEvent.ProhibitsVoyage(type) && random.Next(2) == 0)
            ? new VoyageNumber(Voyages[random.Next(Voyages.Length)])
            : null;
        var at = Start + Duration.FromHours(random.Next(0, 60 * 24));
        return new HandlingEvent(type, Places.Pool[random.Next(Places.Pool.Length)], voyage, at)
        {
            RegistrationTime = at + Duration.FromMinutes(random.Next(0, 600)),
            Facility = random.Next(3) == 0 ? new FacilityId("HUB-" + random.Next(3)) : null,
        };
    }

    private static Itinerary Route(Random random)
    {
        var builder = new ItineraryBuilder(Places.Shanghai, Start + Duration.FromDays(random.Next(0, 41)));
        var stops = new[] { Places.HongKong, Places.Rotterdam, Places.Leipzig };
        var legs = random.Next(1, 4);
        for (var i = 0; i < legs; i++)
        {
            builder.To(i == legs - 1 ? Places.Rotterdam : stops[i], Duration.FromDays(random.Next(1, 10)), Voyages[i]);
        }

        return builder.Build();
    }
}
