using NodaTime;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// Where one line of a purchase order stands, derived from the commands the order accepted: what was ordered, what the
/// supplier confirmed and promised, and what was despatched, received and damaged so far.
/// </summary>
/// <remarks>Equality compares every value.</remarks>
public sealed record PurchaseOrderLineState
{
    internal PurchaseOrderLineState(PurchaseOrderLine ordered, LineResponseAction? answer, int confirmed, LocalDate? promisedDate, int despatched, int received, int damaged, bool ended)
    {
        Ordered = ordered;
        Answer = answer;
        Confirmed = confirmed;
        PromisedDate = promisedDate;
        Despatched = despatched;
        Received = received;
        Damaged = damaged;
        Open = ended ? 0 : Math.Max(0, confirmed - despatched);
    }

    /// <summary>The line as ordered.</summary>
    public PurchaseOrderLine Ordered { get; }

    /// <summary>The order's own line number (<see cref="PurchaseOrderLine.Line"/>).</summary>
    public int Line => Ordered.Line;

    /// <summary>The supplier's answer to the line, or null before the response.</summary>
    public LineResponseAction? Answer { get; }

    /// <summary>Units the supplier confirmed: 0 before the response and for a rejected line.</summary>
    public int Confirmed { get; }

    /// <summary>The date the supplier promised, or null before the response and for a rejected line.</summary>
    public LocalDate? PromisedDate { get; }

    /// <summary>Units despatched so far, over every accepted despatch advice.</summary>
    public int Despatched { get; }

    /// <summary>Units received so far, damaged ones included.</summary>
    public int Received { get; }

    /// <summary>Of <see cref="Received"/>, the units received damaged.</summary>
    public int Damaged { get; }

    /// <summary>
    /// Units confirmed but not yet despatched: max(0, <see cref="Confirmed"/> − <see cref="Despatched"/>), and 0 once the
    /// order is cancelled or closed.
    /// </summary>
    public int Open { get; }

    /// <summary>The state as text, e.g. <c>10: confirmed 480, despatched 200, received 200 (3 damaged), open 280</c>.</summary>
    /// <returns>The line number and its confirmed, despatched, received, damaged and open units.</returns>
    public override string ToString() =>
        $"{Line}: confirmed {Confirmed}, despatched {Despatched}, received {Received} ({Damaged} damaged), open {Open}";
}
