using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Monetary;

/// <summary>
/// The rate an <see cref="ExchangeRateTable"/> found to convert <see cref="From"/> into <see cref="To"/> on a day:
/// its value, its route, its date and the table's rates it comes from. <see cref="Apply"/> converts an amount with it.
/// </summary>
/// <remarks>
/// <para>
/// The rate is kept as the quotient of two exact products: the rates used as they are (direct legs) over the rates
/// used inversely (inverse legs). <see cref="Apply"/> multiplies the amount by the first and divides by the second,
/// then rounds once, so no reciprocal or leg is ever rounded on the way; <see cref="Rate"/> is that quotient in
/// <see cref="decimal"/> (28 significant digits), for display and comparison.
/// </para>
/// <para>A conversion rate is a result: rates compare by reference.</para>
/// </remarks>
public sealed class ConversionRate
{
    private readonly decimal _numerator;     // product of the rates used as they are (1 when none)
    private readonly decimal _denominator;   // product of the rates used inversely (1 when none)

    internal ConversionRate(Currency from, Currency to, ConversionRoute route, LocalDate? rateDate, ExchangeRate[] usedRates, decimal numerator, decimal denominator)
    {
        From = from;
        To = to;
        Route = route;
        RateDate = rateDate;
        UsedRates = Array.AsReadOnly(usedRates);
        _numerator = numerator;
        _denominator = denominator;
        Rate = denominator == 1m ? numerator : numerator / denominator;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted into.</summary>
    public Currency To { get; }

    /// <summary>How the rate was found.</summary>
    public ConversionRoute Route { get; }

    /// <summary>
    /// Units of <see cref="To"/> for 1 <see cref="From"/>: 1 for <see cref="ConversionRoute.Identity"/>, the table's
    /// rate for a direct route, 1 ÷ the rate for an inverse one, the product of the legs for a triangulation; rounded
    /// only by <see cref="decimal"/> division to 28 significant digits.
    /// </summary>
    public decimal Rate { get; }

    /// <summary>
    /// The date of the rate used (for a triangulation the older leg's, which is the date its age is measured from), or
    /// null for <see cref="ConversionRoute.Identity"/>.
    /// </summary>
    public LocalDate? RateDate { get; }

    /// <summary>
    /// The table's rates this rate is computed from, in route order: none for identity, one for a direct or inverse
    /// route, the leg into the pivot and the leg out of it for a triangulation.
    /// </summary>
    public IReadOnlyList<ExchangeRate> UsedRates { get; }

    /// <summary>
    /// Converts an amount: amount × the direct legs' rates ÷ the inverse legs' rates, computed in <see cref="decimal"/>
    /// without rounding any leg, then rounded once to the minor unit of <see cref="To"/>.
    /// </summary>
    /// <param name="amount">The amount, in <see cref="From"/>; zero or negative (a refund) too, rounded symmetrically.</param>
    /// <param name="midpoint">
    /// What to do with a result exactly halfway between two minor units: <see cref="MidpointRounding.ToEven"/> or
    /// <see cref="MidpointRounding.AwayFromZero"/>, the two rules under which a refund converts to minus the payment.
    /// </param>
    /// <returns>The converted amount, a whole number of minor units of <see cref="To"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not in <see cref="From"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="midpoint"/> is neither ToEven nor AwayFromZero.</exception>
    /// <exception cref="DomainRuleException"><see cref="To"/> has no minor unit (rule <see cref="DomainRules.MoneyCurrencyHasMinorUnit"/>).</exception>
    /// <exception cref="OverflowException">The amount times the direct legs' rates, or the result, is beyond the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public Money Apply(Money amount, MidpointRounding midpoint)
    {
        Guard.NotNull(amount);
        if (!ReferenceEquals(amount.Currency, From))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.FxAmountCurrency, amount, From, To), nameof(amount));
        }

        CheckMidpoint(midpoint);
        var decimals = To.RequireMinorUnit();
        var exact = amount.Amount * _numerator;
        if (_denominator != 1m)
        {
            exact /= _denominator;
        }

        return new Money(decimal.Round(exact, decimals, midpoint), To);
    }

    /// <summary>The amount converted without rounding: amount × the direct legs' rates ÷ the inverse legs' rates, in <see cref="To"/>.</summary>
    internal Money Exact(Money amount)
    {
        var exact = amount.Amount * _numerator;
        return new Money(_denominator == 1m ? exact : exact / _denominator, To);
    }

    /// <summary>The rate in one line, invariant culture: "EUR→USD 1.0811 (direct, 2024-03-28)".</summary>
    /// <returns>The pair, the rate, the route and the rate's date.</returns>
    public override string ToString() => $"{From}→{To} {Rate.ToString(CultureInfo.InvariantCulture)} ({RouteAndDate})";

    /// <summary>The route and the rate's date, for text: "direct, 2024-03-28", "identity".</summary>
    internal string RouteAndDate =>
        Route.ToString().ToLowerInvariant() + (RateDate is { } d ? ", " + InvariantText.Iso(d) : string.Empty);

    /// <summary>Refuses a midpoint rule other than the two symmetric ones.</summary>
    internal static void CheckMidpoint(MidpointRounding midpoint, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(midpoint))] string? paramName = null)
    {
        if (midpoint is not (MidpointRounding.ToEven or MidpointRounding.AwayFromZero))
        {
            throw new ArgumentOutOfRangeException(paramName, midpoint, Guard.Format(ErrorMessages.FxMidpointUnsupported, paramName, midpoint));
        }
    }
}
