using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Monetary;

/// <summary>
/// The caller's dated <see cref="ExchangeRate"/>s and the one way the library converts money with them: find the
/// rate in force for a pair on a day (direct, else inverse, else through the <see cref="Pivot"/>), refuse it when it is
/// older than <see cref="MaxAgeDays"/>, and round the result once, at the end.
/// </summary>
/// <remarks>
/// <para>
/// <b>Rate in force.</b> For an ordered pair (X, Y) on a day D, the rate with base X and quote Y that has the latest
/// date on or before D; a rate dated D counts, later ones are ignored. On Easter Monday 2024, when the ECB published no
/// rate, the rate in force is Thursday's.
/// </para>
/// <para>
/// <b>Route</b> from A to B, the first that exists: <see cref="ConversionRoute.Identity"/> when A = B (rate 1, never
/// stale); <see cref="ConversionRoute.Direct"/>, the rate in force for (A, B); <see cref="ConversionRoute.Inverse"/>,
/// 1 ÷ the rate in force for (B, A); <see cref="ConversionRoute.Triangulated"/>, when the table has a pivot P other
/// than A and B, the legs A→P and P→B, each direct or else inverse, multiplied, dated by the older leg. The choice
/// depends on the route only: a direct rate in force is used even when an inverse rate or a triangulation is newer,
/// and a stale route never falls back to another.
/// </para>
/// <para>
/// <b>Age.</b> The conversion date minus the rate's date (a triangulation's older leg) in calendar days; a rate more
/// than <see cref="MaxAgeDays"/> old is refused, one exactly that old is used.
/// </para>
/// <para>
/// <b>Amount.</b> amount × the direct legs' rates ÷ the inverse legs' rates in <see cref="decimal"/>, with no rounding
/// of a reciprocal or a leg, then rounded once to the target's ISO 4217 minor unit with the caller's midpoint rule
/// (see <see cref="ConversionRate.Apply"/>). Where every rate is a short decimal the result is exact; otherwise it is
/// within 28 significant digits before the final rounding. Limits: amounts and products of rates within
/// <see cref="decimal"/>'s range (about ±7.9·10²⁸), else <see cref="OverflowException"/>; a triangulated rate below
/// 10⁻²⁸ (legs of 10⁻¹⁴ each, say) becomes 0, as <see cref="decimal"/> does.
/// </para>
/// <para>
/// Money never converts implicitly: <see cref="Money"/> stays in one currency, and every conversion is a call here.
/// A table is immutable; lookups are a hash lookup and a binary search per pair. Tables compare by reference.
/// </para>
/// </remarks>
public sealed class ExchangeRateTable
{
    private readonly ExchangeRate[] _rates;
    private readonly Dictionary<(Currency Base, Currency Quote), ExchangeRate[]> _byPair;   // each pair's rates by date

    /// <summary>Creates a table with no pivot and no age limit; set them by name (<see cref="Pivot"/>, <see cref="MaxAgeDays"/>).</summary>
    /// <param name="rates">The rates, possibly none; at most one per base, quote and date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rates"/> contains null.</exception>
    /// <exception cref="DomainRuleException">Two rates have the same base, quote and date (rule <see cref="DomainRules.FxRateUnique"/>).</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        _rates = [.. Guard.CopyItems(rates, requireOne: false)];
        All = Array.AsReadOnly(_rates);
        var groups = new Dictionary<(Currency, Currency), List<ExchangeRate>>();
        foreach (var rate in _rates)
        {
            if (!groups.TryGetValue((rate.Base, rate.Quote), out var list))
            {
                groups[(rate.Base, rate.Quote)] = list = [];
            }

            list.Add(rate);
        }

        _byPair = new Dictionary<(Currency, Currency), ExchangeRate[]>(groups.Count);
        foreach (var (pair, list) in groups)
        {
            var sorted = list.OrderBy(r => r.Date).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Date == sorted[i - 1].Date)
                {
                    throw new DomainRuleException(
                        DomainRules.FxRateUnique,
                        Guard.Format(ErrorMessages.FxRateDuplicate, pair.Item1, pair.Item2, InvariantText.Iso(sorted[i].Date), sorted[i - 1], sorted[i]));
                }
            }

            _byPair[pair] = sorted;
        }
    }

    /// <summary>The rates, in the order given.</summary>
    public IReadOnlyList<ExchangeRate> All { get; }

    /// <summary>
    /// The currency to triangulate through when neither the pair nor its inverse has a rate in force (EUR for the
    /// ECB's reference rates, which are all quoted against the euro); null (the default) for none.
    /// </summary>
    public Currency? Pivot { get; init; }

    /// <summary>
    /// The oldest rate a conversion may use, in calendar days before the conversion date (0: only a rate of the same
    /// day); null (the default) for no limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxAgeDays
    {
        get;
        init => field = value is { } days ? Guard.NotNegative(days, nameof(MaxAgeDays)) : null;
    }

    /// <summary>Finds the rate to convert <paramref name="from"/> into <paramref name="to"/> on <paramref name="date"/>.</summary>
    /// <param name="from">The currency of the amount.</param>
    /// <param name="to">The currency wanted.</param>
    /// <param name="date">The conversion date (any calendar; compared as an ISO date).</param>
    /// <returns>The rate, its route and date, and the table's rates it is computed from (see the class remarks for the rules).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="DomainRuleException">No route exists on that day (rule <see cref="DomainRules.FxRateMissing"/>).</exception>
    /// <exception cref="DomainRuleException">The route's rate is more than <see cref="MaxAgeDays"/> old (rule <see cref="DomainRules.FxRateStale"/>).</exception>
    /// <exception cref="OverflowException">A triangulated rate (the product or quotient of its legs) is beyond the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public ConversionRate Find(Currency from, Currency to, LocalDate date)
    {
        Guard.NotNull(from);
        Guard.NotNull(to);
        var day = Validity.Iso(date);
        if (ReferenceEquals(from, to))
        {
            return new ConversionRate(from, to, ConversionRoute.Identity, null, [], 1m, 1m);
        }

        ConversionRate found;
        if (InForce(from, to, day) is { } direct)
        {
            found = new ConversionRate(from, to, ConversionRoute.Direct, direct.Date, [direct], direct.Rate, 1m);
        }
        else if (InForce(to, from, day) is { } inverse)
        {
            found = new ConversionRate(from, to, ConversionRoute.Inverse, inverse.Date, [inverse], 1m, inverse.Rate);
        }
        else if (Pivot is { } pivot && !ReferenceEquals(pivot, from) && !ReferenceEquals(pivot, to)
                 && Leg(from, pivot, day) is { } first && Leg(pivot, to, day) is { } second)
        {
            // Each leg contributes its rate to the numerator when used as it is and to the denominator when inverted.
            var numerator = (first.Inverted ? 1m : first.Rate.Rate) * (second.Inverted ? 1m : second.Rate.Rate);
            var denominator = (first.Inverted ? first.Rate.Rate : 1m) * (second.Inverted ? second.Rate.Rate : 1m);
            var older = first.Rate.Date <= second.Rate.Date ? first.Rate.Date : second.Rate.Date;
            found = new ConversionRate(from, to, ConversionRoute.Triangulated, older, [first.Rate, second.Rate], numerator, denominator);
        }
        else
        {
            var why = Pivot is { } p
                ? Guard.Format(ErrorMessages.FxRateMissingPivot, p)
                : ErrorMessages.FxRateMissingNoPivot;
            throw new DomainRuleException(DomainRules.FxRateMissing, Guard.Format(ErrorMessages.FxRateMissing, from, to, InvariantText.Iso(day), why));
        }

        var rateDate = found.RateDate!.Value;
        if (MaxAgeDays is { } maxAge && Period.Between(rateDate, day, PeriodUnits.Days).Days is var age && age > maxAge)
        {
            throw new DomainRuleException(
                DomainRules.FxRateStale,
                Guard.Format(ErrorMessages.FxRateStale, from, to, InvariantText.Iso(day), InvariantText.Iso(rateDate), age, maxAge));
        }

        return found;
    }

    /// <summary>
    /// Converts <paramref name="amount"/> into <paramref name="to"/> with the rate found for its date, rounding once, at
    /// the end, to the minor unit of <paramref name="to"/>.
    /// </summary>
    /// <param name="amount">The amount; zero or negative (a refund) too: −x converts to minus what x converts to.</param>
    /// <param name="to">The currency wanted; it needs a minor unit.</param>
    /// <param name="date">The conversion date (any calendar; compared as an ISO date).</param>
    /// <param name="midpoint">
    /// The rule for a result exactly halfway between two minor units: <see cref="MidpointRounding.ToEven"/> or
    /// <see cref="MidpointRounding.AwayFromZero"/>. Stated by the caller; there is no default.
    /// </param>
    /// <returns>The amount given, the result, and the rate, route and date used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="midpoint"/> is neither ToEven nor AwayFromZero.</exception>
    /// <exception cref="DomainRuleException"><paramref name="to"/> has no minor unit (rule <see cref="DomainRules.MoneyCurrencyHasMinorUnit"/>), checked before any rate is looked up.</exception>
    /// <exception cref="DomainRuleException">No route exists on that day (rule <see cref="DomainRules.FxRateMissing"/>).</exception>
    /// <exception cref="DomainRuleException">The route's rate is more than <see cref="MaxAgeDays"/> old (rule <see cref="DomainRules.FxRateStale"/>).</exception>
    /// <exception cref="OverflowException">A triangulated rate, the amount times the direct legs' rates, or the result is beyond the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public CurrencyConversion Convert(Money amount, Currency to, LocalDate date, MidpointRounding midpoint)
    {
        Guard.NotNull(amount);
        Guard.NotNull(to);
        ConversionRate.CheckMidpoint(midpoint);
        to.RequireMinorUnit();
        var rate = Find(amount.Currency, to, date);
        return new CurrencyConversion(amount, rate.Apply(amount, midpoint), rate, Validity.Iso(date), midpoint);
    }

    /// <summary>The table in one line: "3 exchange rates, pivot EUR, at most 7 days old" (pivot and age when set).</summary>
    /// <returns>The number of rates, the pivot and the age limit, when set.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_rates.Length} exchange rate{(_rates.Length == 1 ? string.Empty : "s")}")
        + (Pivot is { } pivot ? ", pivot " + pivot.Code : string.Empty)
        + (MaxAgeDays is { } days ? string.Create(CultureInfo.InvariantCulture, $", at most {days} days old") : string.Empty);

    /// <summary>The rate of the pair with the latest date on or before <paramref name="day"/>, or null.</summary>
    private ExchangeRate? InForce(Currency @base, Currency quote, LocalDate day)
    {
        if (!_byPair.TryGetValue((@base, quote), out var rates) || rates[0].Date > day)
        {
            return null;
        }

        // Binary search for the last rate dated on or before the day: rates[low] qualifies throughout.
        int low = 0, high = rates.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (rates[middle].Date <= day)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return rates[low];
    }

    /// <summary>A leg of a triangulation: the direct rate in force, else the inverse one, else null.</summary>
    private (ExchangeRate Rate, bool Inverted)? Leg(Currency from, Currency to, LocalDate day) =>
        InForce(from, to, day) is { } direct ? (direct, false)
        : InForce(to, from, day) is { } inverse ? (inverse, true)
        : null;
}
