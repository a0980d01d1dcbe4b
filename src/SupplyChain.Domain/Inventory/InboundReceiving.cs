using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>
/// Receives an inbound shipment into the stock ledgers of its SKUs at the receiving facility: the shipped units leave
/// <see cref="StockBucket.InboundShipped"/> through <see cref="StockBucket.InboundReceiving"/> into
/// <see cref="StockBucket.Fulfillable"/> or an unfulfillable bucket, and every unit short or over is posted with a
/// reason, so nothing appears or vanishes.
/// </summary>
/// <remarks>
/// <para>
/// Per SKU, with <c>shipped</c> the units on the packing list (lines of the same SKU, e.g. one per carton, are added
/// up) and <c>counted</c> = fulfillable + damaged from the receipt line (none when the SKU has no line):
/// </para>
/// <list type="number">
/// <item><see cref="StockMovementKind.InboundArrived"/> of min(shipped, counted): InboundShipped → InboundReceiving.</item>
/// <item>Short (shipped &gt; counted): an <see cref="StockMovementKind.Adjustment"/> with reason
/// <see cref="AdjustmentReason.Lost"/> of the difference out of InboundShipped; the units are claimable (see the
/// returned <see cref="InboundReconciliation"/>).</item>
/// <item>Over (counted &gt; shipped): an adjustment with reason <see cref="AdjustmentReason.Found"/> of the difference
/// into InboundReceiving.</item>
/// <item><see cref="StockMovementKind.Receipt"/> of the fulfillable units into Fulfillable and of the damaged units
/// into the line's unfulfillable bucket.</item>
/// </list>
/// <para>
/// So per SKU: shipped = fulfillable + damaged + short − over. The shipped units must already be in each ledger's
/// InboundShipped bucket (posted with <see cref="StockMovement.InboundPlanned"/> and
/// <see cref="StockMovement.InboundShipped"/> when the shipment left). Everything is checked for every SKU before the
/// first movement is posted: a refused receipt leaves every ledger unchanged.
/// </para>
/// <para>
/// This is the Inventory side of the platform warehouse's "receive into inventory buckets": it sees SKUs and
/// quantities only (a carton plan's cartons added up per SKU), so Inventory does not depend on Fulfilment.
/// </para>
/// </remarks>
public static class InboundReceiving
{
    /// <summary>Posts the receipt of one inbound shipment to the ledgers of its SKUs and reconciles it.</summary>
    /// <param name="ledgers">The stock ledger of each SKU at the receiving facility; one ledger per SKU.</param>
    /// <param name="shipped">The packing list: units shipped per SKU (a SKU may appear on several lines).</param>
    /// <param name="received">The receiving count: at most one line per SKU; a shipped SKU without a line counts as none received.</param>
    /// <param name="at">When the receipt was closed; the instant of every movement posted.</param>
    /// <returns>Shipped against counted units, SKU by SKU (counted = fulfillable + damaged).</returns>
    /// <exception cref="ArgumentNullException">A collection is null, or holds a null line or a line without SKU.</exception>
    /// <exception cref="ArgumentException"><paramref name="received"/> has two lines for one SKU.</exception>
    /// <exception cref="ArgumentException">A shipped or received SKU has no ledger, or two SKUs share a ledger.</exception>
    /// <exception cref="DomainRuleException">A ledger holds fewer units in InboundShipped than its SKU's packing-list total (rule <see cref="DomainRules.InventoryBalanceNotNegative"/>); nothing is posted.</exception>
    /// <exception cref="OverflowException">A total or a balance would exceed <see cref="int.MaxValue"/>; nothing is posted.</exception>
    public static InboundReconciliation Receive(
        IReadOnlyDictionary<Sku, StockLedger> ledgers,
        IEnumerable<SkuQuantity> shipped,
        IEnumerable<InboundReceiptLine> received,
        Instant at)
    {
        Guard.NotNull(ledgers);
        var shippedLines = Guard.NotNull(shipped).ToArray();
        var receivedLines = Guard.CopyItems(received, requireOne: false);
        Guard.Distinct(receivedLines, l => l.Sku.Value, nameof(received));

        var shippedBySku = new SortedDictionary<string, (Sku Sku, int Units)>(StringComparer.Ordinal);
        foreach (var line in shippedLines)
        {
            var sku = Guard.NotNull(line.Sku, nameof(shipped));
            var before = shippedBySku.TryGetValue(sku.Value, out var t) ? t.Units : 0;
            shippedBySku[sku.Value] = (sku, checked(before + line.Units));
        }

        var receivedBySku = receivedLines.ToDictionary(l => l.Sku.Value, StringComparer.Ordinal);
        var skus = shippedBySku.Values.Select(v => v.Sku)
            .Concat(receivedLines.Where(l => !shippedBySku.ContainsKey(l.Sku.Value)).Select(l => l.Sku))
            .OrderBy(s => s.Value, StringComparer.Ordinal)
            .ToArray();

        // Check everything first: ledgers, in-transit balances and the balances after the receipt.
        var owners = new Dictionary<StockLedger, Sku>(ReferenceEqualityComparer.Instance);
        var steps = new List<(StockLedger Ledger, StockMovement[] Movements)>();
        foreach (var sku in skus)
        {
            if (!ledgers.TryGetValue(sku, out var ledger) || ledger is null)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ReceiptNoLedger, nameof(ledgers), sku), nameof(ledgers));
            }

            if (owners.TryGetValue(ledger, out var other))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ReceiptSharedLedger, nameof(ledgers), ledger.Product, ledger.Facility, other, sku), nameof(ledgers));
            }

            owners[ledger] = sku;
            var units = shippedBySku.TryGetValue(sku.Value, out var s) ? s.Units : 0;
            var line = receivedBySku.GetValueOrDefault(sku.Value);
            var inTransit = ledger.Balance(StockBucket.InboundShipped);
            if (inTransit < units)
            {
                throw new DomainRuleException(DomainRules.InventoryBalanceNotNegative,
                    Guard.Format(ErrorMessages.ReceiptMoreThanInTransit, sku, units, ledger.Product, ledger.Facility, inTransit));
            }

            steps.Add((ledger, Movements(units, line, at)));
        }

        foreach (var (ledger, movements) in steps)
        {
            CheckFits(ledger, movements);
        }

        // Every check passed: post.
        foreach (var (ledger, movements) in steps)
        {
            foreach (var movement in movements)
            {
                ledger.Post(movement);
            }
        }

        return InboundReconciliation.Of(
            shippedLines,
            skus.Select(sku => new SkuQuantity(sku, receivedBySku.TryGetValue(sku.Value, out var l) ? l.Counted : 0)));
    }

    private static StockMovement[] Movements(int shipped, InboundReceiptLine? line, Instant at)
    {
        var counted = line?.Counted ?? 0;
        var movements = new List<StockMovement>();
        var arrived = Math.Min(shipped, counted);
        if (arrived > 0)
        {
            movements.Add(StockMovement.InboundArrived(arrived, at));
        }

        if (shipped > counted)
        {
            movements.Add(StockMovement.Adjustment(AdjustmentReason.Lost, shipped - counted, StockBucket.InboundShipped, null, at));
        }

        if (counted > shipped)
        {
            movements.Add(StockMovement.Adjustment(AdjustmentReason.Found, counted - shipped, null, StockBucket.InboundReceiving, at));
        }

        if (line is { Fulfillable: > 0 })
        {
            movements.Add(StockMovement.Receipt(line.Fulfillable, at));
        }

        if (line is { Damaged: > 0 })
        {
            movements.Add(StockMovement.Receipt(line.Damaged, at, line.DamagedInto));
        }

        return [.. movements];
    }

    // Replays the movements on a copy of the balances: no bucket below zero and none above int.MaxValue.
    private static void CheckFits(StockLedger ledger, StockMovement[] movements)
    {
        var balances = new Dictionary<StockBucket, int>();
        int Get(StockBucket b) => balances.TryGetValue(b, out var v) ? v : ledger.Balance(b);
        foreach (var m in movements)
        {
            if (m.From is { } from)
            {
                balances[from] = Get(from) - m.Quantity;   // never below zero: the amounts come from the checked counts
            }

            if (m.To is { } to)
            {
                balances[to] = checked(Get(to) + m.Quantity);
            }
        }
    }
}
