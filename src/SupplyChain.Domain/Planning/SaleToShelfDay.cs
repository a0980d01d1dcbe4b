using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// What one day of <see cref="SaleToShelf"/> did: every SKU's decision, the lines released, the purchase orders issued
/// (one per factory, with their events) and the capacity promises their bookings got.
/// </summary>
/// <remarks>
/// <see cref="PurchaseOrders"/> and <see cref="Promises"/> are in the same order (by factory id, ordinal): the promise
/// at an index is the booking of the order at that index. Results compare by reference.
/// </remarks>
public sealed class SaleToShelfDay
{
    internal SaleToShelfDay(LocalDate day, IReadOnlyDictionary<ProductId, ReplenishmentDecision> decisions, IReadOnlyList<ReleasedLine> lines, IReadOnlyList<PurchaseOrder> orders, IReadOnlyList<CapacityPromise> promises, IReadOnlyList<HeldLine> held)
    {
        Day = day;
        Decisions = decisions;
        Lines = lines;
        PurchaseOrders = orders;
        Promises = promises;
        Held = held;
    }

    /// <summary>The day run.</summary>
    public LocalDate Day { get; }

    /// <summary>Every SKU's decision, keyed by product, with the agreement's minimum order quantity and order multiple added; a decision of 0 released nothing.</summary>
    public IReadOnlyDictionary<ProductId, ReplenishmentDecision> Decisions { get; }

    /// <summary>The lines released, by factory id then product id (ordinal), with their orders, ready dates and expected arrivals.</summary>
    public IReadOnlyList<ReleasedLine> Lines { get; }

    /// <summary>The purchase orders issued, one per factory with a released line, by factory id (ordinal); each history holds its draft and issue events.</summary>
    public IReadOnlyList<PurchaseOrder> PurchaseOrders { get; }

    /// <summary>The capacity promise of each purchase order's booking, in the order of <see cref="PurchaseOrders"/>.</summary>
    public IReadOnlyList<CapacityPromise> Promises { get; }

    /// <summary>
    /// The lines held after the day, by product id (ordinal): the units released on days that were not their factory's
    /// review day, added up per SKU. Pass them to the next day's run (<see cref="SaleToShelfOptions.Held"/>).
    /// </summary>
    public IReadOnlyList<HeldLine> Held { get; }

    /// <summary>Every event of the day's purchase orders, order by order (draft, then issue).</summary>
    public IReadOnlyList<PurchaseOrderEvent> Events => [.. PurchaseOrders.SelectMany(o => o.History)];

    /// <summary>"2027-01-04: 3 lines on 2 purchase orders, 1 held".</summary>
    /// <returns>The day, the number of lines, of purchase orders and of held lines.</returns>
    public override string ToString() => Guard.Format("{0:uuuu-MM-dd}: {1} lines on {2} purchase orders, {3} held", Day, Lines.Count, PurchaseOrders.Count, Held.Count);
}
