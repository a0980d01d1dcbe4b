using NodaTime;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// When a factory's released lines are consolidated into a purchase order: every day (<see cref="Daily"/>) or once a
/// week on one weekday (<see cref="Weekly"/>). On any other day <see cref="SaleToShelf"/> holds the lines
/// (<see cref="HeldLine"/>) and releases them, added up per SKU, on the next review day.
/// </summary>
/// <remarks>Equality compares <see cref="Weekday"/>; the default cycle of <see cref="SaleToShelfOptions"/> is <see cref="Daily"/>.</remarks>
public sealed record ReviewCycle
{
    private ReviewCycle(IsoDayOfWeek? weekday) => Weekday = weekday;

    /// <summary>Every day is a review day.</summary>
    public static ReviewCycle Daily { get; } = new((IsoDayOfWeek?)null);

    /// <summary>The weekday of a weekly review, or null when every day is a review day.</summary>
    public IsoDayOfWeek? Weekday { get; }

    /// <summary>A weekly review on <paramref name="weekday"/>.</summary>
    /// <param name="weekday">The review day of every week.</param>
    /// <returns>A cycle whose only review day each week is <paramref name="weekday"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekday"/> is not a day of the week (<see cref="IsoDayOfWeek.None"/> or undefined).</exception>
    public static ReviewCycle Weekly(IsoDayOfWeek weekday) =>
        weekday is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? new ReviewCycle(weekday)
            : throw Guard.OutOfRange(weekday, Guard.Format(ErrorMessages.ReviewWeekday, nameof(weekday), weekday), nameof(weekday));

    /// <summary>Whether <paramref name="date"/> is a review day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True every day for a daily cycle; on the weekday for a weekly one.</returns>
    public bool IsReviewDay(LocalDate date) => Weekday is not { } weekday || date.DayOfWeek == weekday;

    /// <summary>The first review day on or after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><paramref name="date"/> itself when it is a review day, else the next one (at most six days later).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The next review day lies beyond the last date NodaTime supports.</exception>
    public LocalDate NextReviewDay(LocalDate date) =>
        Weekday is not { } weekday || date.DayOfWeek == weekday ? date : date.With(DateAdjusters.Next(weekday));

    /// <summary>"daily" or "weekly on Monday".</summary>
    /// <returns>The cycle as text.</returns>
    public override string ToString() => Weekday is { } weekday ? Guard.Format("weekly on {0}", weekday) : "daily";
}
