using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// A line that <see cref="SaleToShelf"/> released for one SKU: the policy's decision (with the sourcing agreement's
/// minimum order quantity and order multiple added, so <see cref="ReplenishmentDecision.Explain"/> says why and how it
/// was rounded), the purchase order and line that carry it, the ready date its factory promised for the order, and the
/// expected arrival (ready date plus the SKU's inbound lead time).
/// </summary>
/// <remarks>Lines compare by reference: a line is a result to read, not a value to compare.</remarks>
public sealed class ReleasedLine
{
    internal ReleasedLine(ProductId product, Sku sku, FacilityId factory, ReplenishmentDecision decision, OrderId orderId, int line, LocalDate readyDate, int inboundLeadTimeDays)
    {
        Product = product;
        Sku = sku;
        Factory = factory;
        Decision = decision;
        OrderId = orderId;
        Line = line;
        ReadyDate = readyDate;
        InboundLeadTimeDays = inboundLeadTimeDays;
    }

    /// <summary>The product ordered.</summary>
    public ProductId Product { get; }

    /// <summary>The product's SKU, as written on the purchase order line.</summary>
    public Sku Sku { get; }

    /// <summary>The factory of the sourcing agreement in force, which receives the order.</summary>
    public FacilityId Factory { get; }

    /// <summary>The policy's decision with the agreement's minimum order quantity and order multiple added: its reason, numbers and binding constraints.</summary>
    public ReplenishmentDecision Decision { get; }

    /// <summary>Units on the purchase order line: the decision's quantity after the minimum and the multiple.</summary>
    public int Units => (int)Decision.Quantity;

    /// <summary>The purchase order that carries the line.</summary>
    public OrderId OrderId { get; }

    /// <summary>The line number on that order, from 1.</summary>
    public int Line { get; }

    /// <summary>The ready date the factory's capacity book promised for the whole order.</summary>
    public LocalDate ReadyDate { get; }

    /// <summary>Calendar days from ready at the factory to available.</summary>
    public int InboundLeadTimeDays { get; }

    /// <summary>When the units are expected to be available: <see cref="ReadyDate"/> plus <see cref="InboundLeadTimeDays"/> calendar days.</summary>
    public LocalDate ExpectedArrival => ReadyDate.PlusDays(InboundLeadTimeDays);

    /// <summary>"PO-20270104-F-SZ line 1: 96 × MUG-01, ready 2027-01-12, expected 2027-02-05".</summary>
    /// <returns>The order, line, units, SKU, ready date and expected arrival.</returns>
    public override string ToString() =>
        Guard.Format("{0} line {1}: {2} × {3}, ready {4}, expected {5}", OrderId, Line, Units, Sku, InvariantText.Iso(ReadyDate), InvariantText.Iso(ExpectedArrival));
}
