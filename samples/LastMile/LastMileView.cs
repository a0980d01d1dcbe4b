using System.Globalization;
using NodaTime;
using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Shipping;

namespace LastMileSample;

/// <summary>The sample's tables: the network, the orders and their parcels, the cut-offs missed, the doorstep, the returns and the summary.</summary>
internal static class LastMileView
{
    public static void Write(IAnsiConsole console, LastMileResults results)
    {
        var network = results.Network;
        var parcels = results.Orders.SelectMany(o => o.Parcels.Select(p => (Order: o, Parcel: p))).ToList();

        View.Heading(console, "The last mile: a week of orders to Chicago and Los Angeles");
        View.Line(console, $"{Program.OrderCount} buyer orders of one to three SKUs, placed from Monday {Program.Monday:yyyy-MM-dd} to Sunday in Chicago and Los Angeles. Each gets the date the storefront promises (the earliest date a storage centre holding its units can quote, from the order instant), is allocated and reserved there, picked in {Program.Picking.TotalHours:0} hours and shipped parcel by parcel. Per parcel the platform's network or the local partner is chosen against the promised date. The stations make up to {Program.MaxAttempts} attempts at the door; two buyers send a unit back.");
        View.Note(console, "The network, the partner, the prices, the stock and the orders are invented for the example; the orders follow a fixed pattern, so every run prints the same.");
        View.Gap(console);

        View.Title(console, "The network and the partner");
        View.Labelled(console,
        [
            .. network.Nodes.Select(n => (n.Id.ToString(), Node(n))),
            ("line hauls", string.Join(", ", network.LineHauls.Select(h => $"{h.From} → {h.To} {h.TransitTime.TotalHours:0} h"))),
            ("postal codes", string.Join(", ", network.Areas)),
            ("prices", $"network {network.PricePerParcel} a parcel; {results.Partner.Option.CarrierName} {results.Partner.Option.PricePerParcel} (Los Angeles only): collects at the storage centre until {results.Partner.CutOff:HH':'mm}, delivers {results.Partner.TransitWorkingDays} working day later, Mon-Sat"),
        ]);
        View.Note(console, "Cut-offs are local times. Chicago buyers are offered MDW2, then ONT8 (3 days by the 40-hour line haul); Los Angeles buyers ONT8. Capacity: parcels a station sends out a day.");
        View.Gap(console);

        View.Title(console, "Orders and parcels (dates MM-dd, times local to the buyer)");
        var table = new Table().Border(TableBorder.None);
        foreach (var header in new[] { "order", "to", "placed", "from", "via", "why", "promise", "actual" })
        {
            table.AddColumn(new TableColumn(header).PadLeft(0).PadRight(1).NoWrap());
        }

        table.AddColumn(new TableColumn("note").PadLeft(0).PadRight(0));

        foreach (var order in results.Orders)
        {
            var placed = order.Placed.ToString("ddd HH:mm", CultureInfo.InvariantCulture);
            var to = order.City == "Chicago" ? "CHI" : "LA";
            var promised = Date(order.Order.PromisedDelivery);
            if (order.Parcels.Count == 0)
            {
                table.AddRow(Escape(order.Order.Id.ToString()), to, placed, "-", "-", "-", promised, "-", "cancelled: no stock");
                continue;
            }

            for (var i = 0; i < order.Parcels.Count; i++)
            {
                var p = order.Parcels[i];
                var id = i == 0 ? order.Order.Id.ToString() : $"  /{p.Parcel.Number}";
                table.AddRow(
                    Escape(id),
                    i == 0 ? to : "",
                    i == 0 ? placed : "",
                    p.Parcel.Location.ToString(),
                    p.Choice.Chosen.Kind == LastMileKind.PlatformNetwork ? "net" : "partner",
                    Reason(p.Choice.Reason),
                    i == 0 ? promised : "",
                    p.Delivered is { } d ? Date(d) : "-",
                    Escape(Note(order, p)));
            }
        }

        console.Write(table);
        View.Note(console, "via: the platform's network or the partner; why: the chooser's reason (only = the only carrier for the address; on time = the cheapest that meets the promised date; earliest = none meets it, the earliest). note: cut-off = the parcel missed a cut-off and took the next departure; full = a station's capacity for a day was taken; late = days after the promise; fails = failed attempts; returned = back to the sender.");
        View.Gap(console);

        View.Title(console, "Missed cut-offs: the parcel takes the next departure");
        var missed = results.Orders.Where(o => o.Parcels.Any(p => p.Choice.Chosen.MissedCutOffs.Count > 0)).ToList();
        var late = missed.Where(o => o.Parcels.Any(p => p.Choice.Chosen.MissedCutOffs.Count > 0 && p.Choice.Chosen.PromisedDate > o.Order.PromisedDelivery)).ToList();
        View.Line(console, $"{missed.Count} orders had a parcel that missed a cut-off on its way. For {missed.Count - late.Count} the promised date still held: the order came in after the cut-off, so the promise had already counted the next departure, or a weekend or a full station would have held the parcel anyway. These {late.Count} were late; the promise is quoted from the order instant, and the {Program.Picking.TotalHours:0} hours of picking took them past the cut-off:");
        View.Labelled(console, late.Select(o =>
        {
            var parcel = o.Parcels.First(p => p.Choice.Chosen.MissedCutOffs.Count > 0 && p.Choice.Chosen.PromisedDate > o.Order.PromisedDelivery);
            var step = parcel.Choice.Chosen.MissedCutOffs[0];
            var where = step.Facility?.ToString() ?? parcel.Choice.Chosen.CarrierName;
            var ready = step.ReadyAt.InZone(Zone(o)).LocalDateTime.ToString("ddd HH:mm", CultureInfo.InvariantCulture);
            return (o.Order.Id.ToString(), $"ready {ready} at {where}, left {step.Date:ddd}; promised {Date(o.Order.PromisedDelivery)}, actual {Date(o.Delivered)}");
        }));
        View.Gap(console);

        View.Title(console, "At the door: failed attempts");
        View.Items(console, parcels.Where(x => x.Parcel.Attempts is { FailedAttempts: > 0 }).Select(x => $"{x.Order.Order.Id} at {x.Parcel.Choice.Chosen.Station}: {Doorstep(x.Parcel.Shipment!, Zone(x.Order))}"));
        View.Note(console, $"A failed attempt is re-attempted on the station's next working day; after {Program.MaxAttempts} failures the parcel goes back to the station and then to the sender (the storage centre), where its units are booked back into fulfillable stock. Each step is a handling event on the parcel's shipment.");
        View.Gap(console);

        View.Title(console, "Returns received at the storage centres");
        View.Items(console, results.Returns.Select(r =>
            $"{r.Order}: {r.Return.Units.Sku} x {r.Return.Units.Units} ({r.Return.Reason}), found {r.Return.Condition}, into {r.Return.Bucket} at {r.Centre} on {Date(r.Received)}: {r.BucketBefore} -> {r.BucketAfter}"));
        View.Gap(console);

        View.Title(console, "The week in numbers");
        var kpis = results.Kpis;
        var shipped = results.Orders.Where(o => o.Parcels.Count > 0).ToList();
        var network0 = parcels.Count(x => x.Parcel.Choice.Chosen.Kind == LastMileKind.PlatformNetwork);
        var attempts = parcels.Where(x => x.Parcel.Attempts is not null).ToList();
        var rows = new List<(string, string)>
        {
            ("orders", $"{results.Orders.Count} placed, {shipped.Count} shipped, {results.Orders.Count - shipped.Count} cancelled (no stock in time)"),
            ("parcels", $"{parcels.Count}: {network0} by the network, {parcels.Count - network0} by the partner"),
            ("chooser's reasons", string.Join(", ", parcels.GroupBy(x => x.Parcel.Choice.Reason).OrderBy(g => g.Key).Select(g => $"{Reason(g.Key)} {g.Count()}"))),
            ("missed cut-offs", $"{parcels.Count(x => x.Parcel.Choice.Chosen.MissedCutOffs.Count > 0)} parcels of {missed.Count} orders, {late.Count} orders late by it"),
            ("on time", $"{results.Orders.Count(o => o.Delivered is { } d && d <= o.Order.PromisedDelivery)} of {results.Orders.Count} orders delivered by the promised date"),
            ("fill rate", $"units {View.Number(kpis.UnitFillRate, "0.0%")}, orders {View.Number(kpis.OrderFillRate, "0.0%")}"),
            ("OTIF", View.Number(kpis.Otif, "0.0%")),
            ("days to delivery", string.Join(", ", kpis.DeliveryDays.Select(d => $"{d.Key} d: {d.Value}"))),
            ("at the door", $"{attempts.Count} network parcels, {attempts.Count(x => x.Parcel.Attempts!.FailedAttempts == 0)} delivered at the first attempt, {attempts.Sum(x => x.Parcel.Attempts!.FailedAttempts)} failed attempts, {attempts.Count(x => x.Parcel.Attempts!.Stage == DeliveryAttemptStage.ReturnedToSender)} returned to the sender"),
            ("returns by reason", string.Join(", ", kpis.ReturnsByReason.Where(r => r.Value.Returned > 0).Select(r => $"{r.Key} {r.Value.Returned} of {r.Value.Shipped} units ({View.Number(r.Value.Rate, "0.0%")})"))),
            ("returns by SKU", string.Join(", ", kpis.ReturnsBySku.Where(r => r.Value.Returned > 0).Select(r => $"{r.Key} {r.Value.Returned} of {r.Value.Shipped} ({View.Number(r.Value.Rate, "0.0%")})"))),
        };
        View.Labelled(console, rows);
        View.Note(console, "Fill rates and OTIF from FulfilmentKpis over OrderOutcome.From(order, delivered): an order counts on time when its last parcel arrives by the promised date; one with a parcel returned to the sender, or cancelled, is not. Days to delivery: FulfilmentKpis.DeliveryDays, from the order's date in the buyer's time zone to the delivery date.");
    }

    private static string Node(LastMileNode node)
    {
        var f = node.Facility;
        var kind = f.Kind switch
        {
            SupplyChain.Domain.Parties.FacilityKind.InternationalStorageCentre => "storage centre",
            SupplyChain.Domain.Parties.FacilityKind.RegionalCentralWarehouse => "regional central warehouse",
            _ => "delivery station",
        };
        var days = f.Calendar.IsWorkingDay(Program.Monday.PlusDays(5)) ? "Mon-Sat" : "Mon-Fri";
        var capacity = node.DailyCapacity is { } c ? $", {c} parcels a day" : "";
        return $"{kind}, {f.Address.City} {f.Address.PostalCode}, {days}, cut-off {node.CutOff:HH':'mm}{capacity}";
    }

    private static string Note(OrderRow order, ParcelRow parcel)
    {
        var notes = new List<string>();
        var promise = parcel.Choice.Chosen;
        if (promise.MissedCutOffs.Count > 0)
        {
            notes.Add("cut-off");
        }

        if (promise.Steps.Any(s => s.Delays.Any(d => d.Reason == PromiseDelayReason.CapacityFull)))
        {
            notes.Add("full");
        }

        if (parcel.Attempts is { FailedAttempts: > 0 } attempts)
        {
            notes.Add(attempts.FailedAttempts == 1 ? "1 fail" : $"{attempts.FailedAttempts} fails");
        }

        if (parcel.Attempts?.Stage == DeliveryAttemptStage.ReturnedToSender)
        {
            notes.Add("returned");
        }
        else if (parcel.Delivered is { } d && d > order.Order.PromisedDelivery)
        {
            notes.Add($"late {Period.Between(order.Order.PromisedDelivery, d, PeriodUnits.Days).Days}");
        }

        return string.Join(", ", notes);
    }

    private static string Doorstep(Shipment shipment, DateTimeZone zone) => string.Join("; ", shipment.HandlingEvents
        .Where(e => e.Type is HandlingEventType.DeliveryAttemptFailed or HandlingEventType.Claimed or HandlingEventType.ReturnedToStation or HandlingEventType.ReturnedToSender)
        .Select(e => $"{e.CompletionTime.InZone(zone).Date:MM-dd} " + e.Type switch
        {
            HandlingEventType.DeliveryAttemptFailed => e.FailureReason.ToString(),
            HandlingEventType.Claimed => "delivered",
            HandlingEventType.ReturnedToStation => "back at the station",
            _ => "returned to the sender",
        }));

    private static DateTimeZone Zone(OrderRow order) => order.City == "Chicago" ? Program.ChicagoTime : Program.LosAngelesTime;

    private static string Reason(LastMileChoiceReason reason) => reason switch
    {
        LastMileChoiceReason.OnlyOption => "only",
        LastMileChoiceReason.Cheapest => "cheapest",
        LastMileChoiceReason.CheapestOnTime => "on time",
        _ => "earliest",
    };

    private static string Date(LocalDate? date) => date is { } d ? d.ToString("MM-dd", CultureInfo.InvariantCulture) : "-";

    private static string Escape(string text) => Markup.Escape(text);
}
