using System.Collections.Immutable;

namespace SupplyChain.Domain.Analytics;

/// <summary>What happened to one customer or purchase order: the outcomes of its lines.</summary>
/// <remarks>
/// The order is <em>in full</em> when every line is in full, and <em>on time</em> when every line is on time. The
/// order keeps its own copy of the lines.
/// </remarks>
public sealed record OrderOutcome
{
    /// <summary>Creates the outcome of an order.</summary>
    /// <param name="lines">The order's lines; at least one, each made by the <see cref="OrderLineOutcome"/> constructor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or holds a default (never constructed) line.</exception>
    public OrderOutcome(IEnumerable<OrderLineOutcome> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var copy = lines.ToImmutableArray();
        if (copy.IsEmpty)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustContainAtLeastOne, nameof(lines), "order line"), nameof(lines));
        }

        var unset = copy.IndexOf(default);
        if (unset >= 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.DefaultElement, nameof(lines), unset, nameof(OrderLineOutcome)), nameof(lines));
        }

        Lines = copy;
    }

    /// <summary>The order's lines, in the order given.</summary>
    public ImmutableArray<OrderLineOutcome> Lines { get; }

    /// <summary>Every line shipped at least its ordered quantity.</summary>
    public bool IsInFull => Lines.All(l => l.IsInFull);

    /// <summary>Whether every line arrived on time under <paramref name="early"/>.</summary>
    /// <param name="early">How an early delivery counts.</param>
    /// <returns>True when no line is late (or early, when early does not count as on time).</returns>
    public bool IsOnTime(EarlyDelivery early = EarlyDelivery.CountsAsOnTime) => Lines.All(l => l.IsOnTime(early));
}
