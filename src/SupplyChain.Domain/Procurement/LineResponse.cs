using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The supplier's answer to one order line in a purchase order response (ORDRSP): accept, accept with changes, or
/// reject.
/// </summary>
/// <remarks>
/// <para>
/// Shapes: <see cref="LineResponseAction.Accept"/> and <see cref="LineResponseAction.Reject"/> carry neither a quantity
/// nor a date; <see cref="LineResponseAction.Change"/> carries a quantity (at least 1, below or above the ordered one,
/// e.g. rounded up to full cartons), a promised date (earlier or later than requested), or both, and what it does not
/// carry stays as ordered. Any other shape is refused when the response is created.
/// </para>
/// <para>Equality compares all four values.</para>
/// </remarks>
public sealed record LineResponse
{
    /// <summary>Creates an answer with any action; the shape must suit the action (see the remarks).</summary>
    /// <param name="line">The order line answered, at least 1.</param>
    /// <param name="action">The answer.</param>
    /// <param name="quantity">For <see cref="LineResponseAction.Change"/> only: the confirmed quantity, at least 1; null keeps the ordered one.</param>
    /// <param name="promisedDate">For <see cref="LineResponseAction.Change"/> only: the promised date; null keeps the requested one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1, or <paramref name="quantity"/> is below 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">An accept or reject carries a quantity or a date, or a change carries neither.</exception>
    public LineResponse(int line, LineResponseAction action, int? quantity = null, LocalDate? promisedDate = null)
    {
        Line = Guard.Positive(line);
        Action = Guard.Defined(action);
        if (quantity is { } q)
        {
            Guard.Positive(q, nameof(quantity));
        }

        if (action == LineResponseAction.Change && quantity is null && promisedDate is null)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ChangeCarriesNothing, line), nameof(action));
        }

        if (action != LineResponseAction.Change && (quantity is not null || promisedDate is not null))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.AnswerCarriesChange, action, line), quantity is not null ? nameof(quantity) : nameof(promisedDate));
        }

        Quantity = quantity;
        PromisedDate = promisedDate;
    }

    /// <summary>The order line answered.</summary>
    public int Line { get; }

    /// <summary>The answer.</summary>
    public LineResponseAction Action { get; }

    /// <summary>For a change: the confirmed quantity, or null to keep the ordered one. Always null otherwise.</summary>
    public int? Quantity { get; }

    /// <summary>For a change: the promised date, or null to keep the requested one. Always null otherwise.</summary>
    public LocalDate? PromisedDate { get; }

    /// <summary>Accepts line <paramref name="line"/> as ordered.</summary>
    /// <param name="line">The order line, at least 1.</param>
    /// <returns>An accept of that line, with no quantity or date of its own.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public static LineResponse Accept(int line) => new(line, LineResponseAction.Accept);

    /// <summary>Rejects line <paramref name="line"/>: nothing will be delivered on it.</summary>
    /// <param name="line">The order line, at least 1.</param>
    /// <returns>A reject of that line: it will confirm 0 units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public static LineResponse Reject(int line) => new(line, LineResponseAction.Reject);

    /// <summary>Accepts line <paramref name="line"/> with a changed quantity, date, or both.</summary>
    /// <param name="line">The order line, at least 1.</param>
    /// <param name="quantity">The confirmed quantity, at least 1, or null to keep the ordered one.</param>
    /// <param name="promisedDate">The promised date, or null to keep the requested one.</param>
    /// <returns>A change of that line with the given quantity and date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="quantity"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="quantity"/> and <paramref name="promisedDate"/> are null.</exception>
    public static LineResponse Change(int line, int? quantity, LocalDate? promisedDate) => new(line, LineResponseAction.Change, quantity, promisedDate);

    /// <summary>The answer as text, e.g. <c>10 change 480 by 2026-03-05</c>.</summary>
    /// <returns>The line number, the action in lower case, and the changed quantity and date if any.</returns>
    public override string ToString() =>
        $"{Line} {Action.ToString().ToLowerInvariant()}{(Quantity is { } q ? $" {q}" : "")}{(PromisedDate is { } d ? $" by {InvariantText.Iso(d)}" : "")}";
}
