namespace SupplyChain.Domain.Procurement;

/// <summary>
/// Units of one order line shipped by the supplier in one despatch advice (DESADV), set by name so that the line number
/// and the quantity cannot be swapped: <c>new DespatchLine { Line = 10, Quantity = 200 }</c>. Equality compares both
/// values.
/// </summary>
public sealed record DespatchLine
{
    /// <summary>The order line, at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public required int Line { get; init => field = Guard.Positive(value, nameof(Line)); }

    /// <summary>Units shipped, at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public required int Quantity { get; init => field = Guard.Positive(value, nameof(Quantity)); }

    /// <summary>The line as text, e.g. <c>10: 200 despatched</c>.</summary>
    /// <returns>The line number and the units despatched.</returns>
    public override string ToString() => $"{Line}: {Quantity} despatched";
}
