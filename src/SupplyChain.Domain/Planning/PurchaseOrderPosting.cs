using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// Posts what a purchase order's events mean for stock into the stock ledgers of its SKUs at the receiving facility:
/// the closing step of the just-in-time loop, from the factory's despatch advice to units on the shelf.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is posted when.</b> Units enter the ledger when they leave the factory, not when they are ordered: before
/// the despatch the purchase order itself is the open order (count its open units as on order in the position the
/// policy sees, if it should see them).
/// </para>
/// <list type="bullet">
/// <item><see cref="PurchaseOrderDespatched"/> (DESADV): per line, <see cref="StockMovement.InboundPlanned"/> and
/// <see cref="StockMovement.InboundShipped"/> of the despatched units: they are in transit
/// (<see cref="StockBucket.InboundShipped"/>).</item>
/// <item><see cref="PurchaseOrderReceived"/> (RECADV): the receipt goes through the existing receiving,
/// <see cref="InboundReceiving.Receive"/>, with each line's received units as the packing list and, per SKU, the
/// received units less the damaged ones as fulfillable and the damaged ones as damaged (into
/// <see cref="StockBucket.UnfulfillableCarrierDamaged"/>): InboundShipped → InboundReceiving → Fulfillable or
/// unfulfillable. Units despatched but not yet received stay in transit for a later receipt.</item>
/// <item><see cref="PurchaseOrderClosed"/> with <see cref="PurchaseOrderClosed.ShortClosed"/>: the units despatched but
/// never received will not be received on this order, so they leave InboundShipped as an
/// <see cref="StockMovementKind.Adjustment"/> with reason <see cref="AdjustmentReason.Lost"/> (claimable).</item>
/// <item>Any other event (draft, issue, response, cancel, a complete close) posts nothing.</item>
/// </list>
/// <para>
/// So, per line, ordered = received in good condition + damaged + in transit + not yet despatched (+ lost after a short
/// close, + not confirmed when the factory confirmed less). Every movement takes the event's instant: nothing reads a
/// clock. Each event must be posted once (the caller keeps which it has posted, as it keeps the ledgers); everything is
/// checked before the first movement is posted, so a refused posting leaves every ledger unchanged.
/// </para>
/// </remarks>
public static class PurchaseOrderPosting
{
    /// <summary>Posts one event of <paramref name="order"/> into the ledgers of its SKUs.</summary>
    /// <param name="order">The purchase order, with <paramref name="orderEvent"/> in its history.</param>
    /// <param name="orderEvent">The event to post.</param>
    /// <param name="ledgers">The stock ledger of each SKU of the order at the receiving facility; one ledger per SKU.</param>
    /// <returns>The movements posted, SKU by SKU (ordinal); empty for an event that moves no stock.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderEvent"/> is not in the history of <paramref name="order"/>.</exception>
    /// <exception cref="ArgumentException">A SKU the event moves has no ledger, or (for a receipt) two SKUs share a ledger.</exception>
    /// <exception cref="DomainRuleException">A ledger holds fewer units in transit than the event takes out of it (rule <see cref="DomainRules.InventoryBalanceNotNegative"/>); nothing is posted.</exception>
    /// <exception cref="OverflowException">A balance would exceed <see cref="int.MaxValue"/>; nothing is posted.</exception>
    public static IReadOnlyList<PostedMovement> Post(PurchaseOrder order, PurchaseOrderEvent orderEvent, IReadOnlyDictionary<Sku, StockLedger> ledgers)
    {
        Guard.NotNull(order);
        Guard.NotNull(orderEvent);
        Guard.NotNull(ledgers);
        var history = order.History;
        if (orderEvent.OrderId != order.Id || orderEvent.Version > history.Count || !history[orderEvent.Version - 1].Equals(orderEvent))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.PlanningNotAnEventOf, nameof(orderEvent), order.Id, orderEvent), nameof(orderEvent));
        }

        var skuOf = order.Lines.ToDictionary(l => l.Line, l => l.Ordered.Sku);
        return orderEvent switch
        {
            PurchaseOrderDespatched e => PostEach(ledgers, PerSku(e.Lines.Select(l => (skuOf[l.Line], l.Quantity))), units => [StockMovement.InboundPlanned(units, e.At), StockMovement.InboundShipped(units, e.At)]),
            PurchaseOrderReceived e => Receive(ledgers, e, skuOf),
            PurchaseOrderClosed { ShortClosed: true } e => PostEach(
                ledgers,
                PerSku(order.Lines.Where(l => l.Despatched > l.Received).Select(l => (l.Ordered.Sku, l.Despatched - l.Received))),
                units => [StockMovement.Adjustment(AdjustmentReason.Lost, units, StockBucket.InboundShipped, null, e.At)]),
            _ => [],
        };
    }

    private static SortedDictionary<string, (Sku Sku, int Units)> PerSku(IEnumerable<(Sku Sku, int Units)> lines)
    {
        var perSku = new SortedDictionary<string, (Sku Sku, int Units)>(StringComparer.Ordinal);
        foreach (var (sku, units) in lines)
        {
            perSku[sku.Value] = (sku, checked((perSku.TryGetValue(sku.Value, out var before) ? before.Units : 0) + units));
        }

        return perSku;
    }

    private static PostedMovement[] PostEach(IReadOnlyDictionary<Sku, StockLedger> ledgers, SortedDictionary<string, (Sku Sku, int Units)> perSku, Func<int, StockMovement[]> movementsOf)
    {
        // Check everything first: a ledger per SKU, and every movement fits the balances it changes.
        var steps = new List<(Sku Sku, StockLedger Ledger, StockMovement[] Movements)>(perSku.Count);
        foreach (var (sku, units) in perSku.Values)
        {
            if (!ledgers.TryGetValue(sku, out var ledger) || ledger is null)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ReceiptNoLedger, nameof(ledgers), sku), nameof(ledgers));
            }

            var movements = movementsOf(units);
            var balances = new Dictionary<StockBucket, int>();
            foreach (var m in movements)
            {
                if (m.From is { } from)
                {
                    var held = balances.GetValueOrDefault(from, ledger.Balance(from));
                    balances[from] = held >= m.Quantity
                        ? held - m.Quantity
                        : throw new DomainRuleException(DomainRules.InventoryBalanceNotNegative, Guard.Format(ErrorMessages.StockInsufficient, m.Kind, m.Quantity, from, held, ledger.Product, ledger.Facility));
                }

                if (m.To is { } to)
                {
                    balances[to] = checked(balances.GetValueOrDefault(to, ledger.Balance(to)) + m.Quantity);
                }
            }

            steps.Add((sku, ledger, movements));
        }

        // Every check passed: post.
        var posted = new List<PostedMovement>();
        foreach (var (sku, ledger, movements) in steps)
        {
            foreach (var movement in movements)
            {
                ledger.Post(movement);
                posted.Add(new PostedMovement(sku, movement));
            }
        }

        return [.. posted];
    }

    private static PostedMovement[] Receive(IReadOnlyDictionary<Sku, StockLedger> ledgers, PurchaseOrderReceived e, Dictionary<int, Sku> skuOf)
    {
        var received = PerSku(e.Lines.Select(l => (skuOf[l.Line], l.Quantity)));
        var damaged = PerSku(e.Lines.Select(l => (skuOf[l.Line], l.Damaged)));
        var versions = new List<(Sku Sku, StockLedger? Ledger, int Version)>(received.Count);
        foreach (var (sku, _) in received.Values)
        {
            var ledger = ledgers.GetValueOrDefault(sku);
            versions.Add((sku, ledger, ledger?.Version ?? 0));
        }

        InboundReceiving.Receive(
            ledgers,
            received.Values.Select(r => new SkuQuantity(r.Sku, r.Units)),
            received.Values.Select(r => new InboundReceiptLine(r.Sku, r.Units - damaged[r.Sku.Value].Units) { Damaged = damaged[r.Sku.Value].Units }),
            e.At);

        // What the receiving posted: each ledger's movements after its version before the receipt.
        return [.. versions.SelectMany(v => v.Ledger!.Movements.Skip(v.Version).Select(m => new PostedMovement(v.Sku, m)))];
    }
}
