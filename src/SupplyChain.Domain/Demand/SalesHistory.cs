using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace SupplyChain.Domain.Demand;

/// <summary>
/// A product's daily sales: one <see cref="DailySales"/> record per date, with stock-out and promotion flags. An
/// immutable value: <see cref="Record"/> and <see cref="Correct"/> return a new history, and two histories are equal
/// when they hold the same days with the same figures and flags.
/// </summary>
/// <remarks>
/// <para>
/// One history per product: the history does not name its product (Demand depends on no other part of the model, see
/// the design's dependency table); key histories by product id where you keep them, e.g. a
/// <c>Dictionary&lt;ProductId, SalesHistory&gt;</c>.
/// </para>
/// <para>
/// The history <em>covers</em> the days from its first to its last recorded date (<see cref="Covered"/>, both ends
/// inclusive). Inside that range a date without a record is a day with no sales, in stock and without promotion.
/// Outside it nothing is known, and those days never enter a velocity or forecast.
/// </para>
/// <para>
/// Stock-out days are always left out of velocity, forecasts and classification, because their sales understate
/// demand; promotion days are left out on request (<see cref="PromotionDays.Exclude"/>).
/// </para>
/// </remarks>
public sealed record SalesHistory
{
    private SalesHistory(ImmutableArray<DailySales> days)
    {
        Days = days;
    }

    /// <summary>The recorded days, in date order.</summary>
    public ImmutableArray<DailySales> Days { get; }

    /// <summary>The days from the first to the last recorded date, both inclusive; null when nothing is recorded.</summary>
    public DateInterval? Covered => Days.IsEmpty ? null : new DateInterval(Days[0].Date, Days[^1].Date);

    /// <summary>A history with no day recorded.</summary>
    public static SalesHistory Empty { get; } = new([]);

    /// <summary>A history of the given days, in any order.</summary>
    /// <param name="days">The days; at most one per date.</param>
    /// <returns>The history, which keeps its own sorted copy of the days.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> holds two records for one date.</exception>
    public static SalesHistory Of(IEnumerable<DailySales> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var sorted = days.OrderBy(d => d.Date).ToImmutableArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Date == sorted[i - 1].Date)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.DuplicateSalesDate, nameof(days), LocalDatePattern.Iso.Format(sorted[i].Date)), nameof(days));
            }
        }

        return new SalesHistory(sorted);
    }

    /// <summary>Records a day that has no record yet.</summary>
    /// <param name="day">The day's sales.</param>
    /// <returns>A new history with the day added; this one is unchanged.</returns>
    /// <exception cref="DomainRuleException">The date is already recorded (rule <see cref="DomainRules.DemandOneRecordPerDay"/>); use <see cref="Correct"/>.</exception>
    public SalesHistory Record(DailySales day)
    {
        var index = IndexOf(day.Date);
        if (index >= 0)
        {
            throw new DomainRuleException(DomainRules.DemandOneRecordPerDay, Guard.Format(ErrorMessages.SalesDayAlreadyRecorded, day, Days[index]));
        }

        return new SalesHistory(Days.Insert(~index, day));
    }

    /// <summary>Replaces the record of a day that is already recorded (a late stock-out flag, a corrected count).</summary>
    /// <param name="day">The corrected day.</param>
    /// <returns>A new history with the day replaced; this one is unchanged.</returns>
    /// <exception cref="DomainRuleException">Nothing is recorded for the date (rule <see cref="DomainRules.DemandCorrectRecordedDay"/>); use <see cref="Record"/>.</exception>
    public SalesHistory Correct(DailySales day)
    {
        var index = IndexOf(day.Date);
        if (index < 0)
        {
            throw new DomainRuleException(DomainRules.DemandCorrectRecordedDay, Guard.Format(ErrorMessages.SalesDayNotRecorded, day));
        }

        return new SalesHistory(Days.SetItem(index, day));
    }

    /// <summary>The part of the history from <paramref name="from"/> to <paramref name="to"/>, both inclusive (e.g. to forecast as of a past date).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day; not before <paramref name="from"/>.</param>
    /// <returns>A history of the recorded days in that range.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public SalesHistory Between(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.ValidityEndsBeforeStart, nameof(to), LocalDatePattern.Iso.Format(to), nameof(from), LocalDatePattern.Iso.Format(from)),
                nameof(to));
        }

        var range = new DateInterval(from, to);
        return new SalesHistory(Days.Where(d => range.Contains(d.Date)).ToImmutableArray());
    }

    /// <summary>
    /// Demand per day, oldest first, over <see cref="Covered"/>: one value per in-stock day (unrecorded dates are 0),
    /// without the stock-out days and, on request, the promotion days. The input of the built-in forecasts and of
    /// <see cref="DemandClassification"/>.
    /// </summary>
    /// <param name="promotionDays">Whether promotion days stay in.</param>
    /// <returns>The units of each counted day; empty when no day counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotionDays"/> is not a defined value.</exception>
    public IReadOnlyList<double> DemandSeries(PromotionDays promotionDays = PromotionDays.Include)
    {
        var exclude = ExcludesPromotions(promotionDays);
        var series = new List<double>();
        if (Days.IsEmpty)
        {
            return series;
        }

        var next = 0;
        for (var date = Days[0].Date; date <= Days[^1].Date; date = date.PlusDays(1))
        {
            var day = Days[next].Date == date ? Days[next++] : new DailySales(date, 0);
            if (!day.IsStockOut && !(exclude && day.IsPromotion))
            {
                series.Add(day.Units);
            }
        }

        return series;
    }

    /// <summary>
    /// Sales velocity: the plain average of units per counted day over the <paramref name="windowDays"/> days ending
    /// on <paramref name="asOf"/> (inclusive), within <see cref="Covered"/>, leaving out stock-out days and, on
    /// request, promotion days. Typical windows are 3, 7, 14 and 30 days.
    /// </summary>
    /// <param name="asOf">The last day of the window.</param>
    /// <param name="windowDays">Length of the window in days; at least 1.</param>
    /// <param name="promotionDays">Whether promotion days count.</param>
    /// <returns>Σ units / counted days; 0 with <see cref="SalesVelocity.DaysCounted"/> 0 when no day counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="promotionDays"/> is not a defined value.</exception>
    public SalesVelocity Velocity(LocalDate asOf, int windowDays, PromotionDays promotionDays = PromotionDays.Include) =>
        Average(asOf, windowDays, promotionDays, weighted: false);

    /// <summary>
    /// Linearly weighted sales velocity over the <paramref name="windowDays"/> days ending on <paramref name="asOf"/>:
    /// a day d days before <paramref name="asOf"/> has weight <paramref name="windowDays"/> − d (so
    /// <paramref name="asOf"/> weighs N and the oldest day 1), and the result is Σ wᵢ·unitsᵢ / Σ wᵢ over the counted
    /// days (the same days as <see cref="Velocity"/>).
    /// </summary>
    /// <param name="asOf">The last day of the window.</param>
    /// <param name="windowDays">Length of the window in days; at least 1.</param>
    /// <param name="promotionDays">Whether promotion days count.</param>
    /// <returns>The weighted units per day; 0 with <see cref="SalesVelocity.DaysCounted"/> 0 when no day counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="promotionDays"/> is not a defined value.</exception>
    public SalesVelocity WeightedVelocity(LocalDate asOf, int windowDays, PromotionDays promotionDays = PromotionDays.Include) =>
        Average(asOf, windowDays, promotionDays, weighted: true);

    internal static bool ExcludesPromotions(PromotionDays promotionDays, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(promotionDays))] string? paramName = null) =>
        Enum.IsDefined(promotionDays)
            ? promotionDays == PromotionDays.Exclude
            : throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, paramName, nameof(PromotionDays)), paramName);

    private SalesVelocity Average(LocalDate asOf, int windowDays, PromotionDays promotionDays, bool weighted)
    {
        Guard.Positive(windowDays);
        var exclude = ExcludesPromotions(promotionDays);
        if (Days.IsEmpty)
        {
            return default;
        }

        var first = asOf.PlusDays(1 - windowDays);
        var from = first > Days[0].Date ? first : Days[0].Date;
        var to = asOf < Days[^1].Date ? asOf : Days[^1].Date;
        double units = 0;
        double weights = 0;
        var counted = 0;
        var excluded = 0;
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            var index = IndexOf(date);
            var day = index >= 0 ? Days[index] : new DailySales(date, 0);
            if (day.IsStockOut || (exclude && day.IsPromotion))
            {
                excluded++;
                continue;
            }

            double weight = weighted ? windowDays - Period.DaysBetween(date, asOf) : 1;
            units += weight * day.Units;
            weights += weight;
            counted++;
        }

        return new SalesVelocity(counted == 0 ? 0 : units / weights, counted, excluded);
    }

    private int IndexOf(LocalDate date)
    {
        int lo = 0, hi = Days.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var c = Days[mid].Date.CompareTo(date);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <summary>Whether <paramref name="other"/> holds the same days, in the same order, with the same figures and flags.</summary>
    /// <param name="other">The history to compare with.</param>
    /// <returns>True when every day is equal.</returns>
    public bool Equals(SalesHistory? other) => other is not null && Days.AsSpan().SequenceEqual(other.Days.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => Days.Length == 0 ? 0 : HashCode.Combine(Days.Length, Days[0], Days[^1]);
}
