namespace SupplyChain.Domain.Procurement;

/// <summary>
/// Units of one order line counted in by the buyer in one receiving advice (RECADV), with how many of them arrived
/// damaged, set by name: <c>new ReceiptLine { Line = 10, Quantity = 200, Damaged = 3 }</c>. Damaged units are part of
/// <see cref="Quantity"/>: they were received. Equality compares all three values.
/// </summary>
public sealed record ReceiptLine
{
    /// <summary>The order line, at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public required int Line { get; init => field = Guard.Positive(value, nameof(Line)); }

    /// <summary>Units received, at least 1, damaged ones included; not below <see cref="Damaged"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1, or below <see cref="Damaged"/>.</exception>
    public required int Quantity
    {
        get;
        init => field = Guard.Positive(value, nameof(Quantity)) >= Damaged
            ? value
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.DamagedAboveReceived, Damaged, value), nameof(Quantity));
    }

    /// <summary>Of <see cref="Quantity"/>, the units received damaged: 0 (the default) to <see cref="Quantity"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or above <see cref="Quantity"/>.</exception>
    public int Damaged
    {
        get;
        init => field = Guard.NotNegative(value, nameof(Damaged)) <= Quantity || Quantity == 0
            ? value
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.DamagedAboveReceived, value, Quantity), nameof(Damaged));
    }

    /// <summary>The line as text, e.g. <c>10: 200 received, 3 damaged</c>.</summary>
    /// <returns>The line number and the units received and damaged.</returns>
    public override string ToString() => $"{Line}: {Quantity} received, {Damaged} damaged";
}
