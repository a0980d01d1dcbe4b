using System.Globalization;

namespace SupplyChain.Domain.Monetary;

/// <summary>An amount of money: a <see cref="decimal"/> amount in one <see cref="Monetary.Currency"/>.</summary>
/// <remarks>
/// <para>
/// Amounts are exact decimals and are not rounded on construction: a unit cost of 0.0125 USD is a valid amount.
/// Round explicitly with <see cref="Round"/>, whose midpoint rule is stated by the caller (default: half away from
/// zero, the commercial rule).
/// </para>
/// <para>
/// Arithmetic and comparison only work within one currency; mixing currencies throws a
/// <see cref="DomainRuleException"/> with rule <see cref="DomainRules.MoneySameCurrency"/>. There is no implicit
/// conversion: exchange rates are data the caller owns.
/// </para>
/// <para>
/// Equality compares the amount's value (1.0 and 1.00 are equal) and the currency. Ordering agrees with equality
/// within a currency.
/// </para>
/// <para>
/// <see cref="Allocate(int)"/> and <see cref="Allocate(IReadOnlyList{decimal})"/> split an amount into parts that add
/// up to it exactly, so that no cent is lost when a landed cost is spread over units.
/// </para>
/// </remarks>
public sealed class Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; any decimal, negative for a credit.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount.</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>An amount of 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Refuses a null or negative amount (zero is fine), for a property's or parameter's check.</summary>
    internal static Money NotNegative([System.Diagnostics.CodeAnalysis.NotNull] Money? value, string paramName)
    {
        Guard.NotNull(value, paramName);
        return value.IsNegative ? throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.MustNotBeNegative, paramName, value), paramName) : value;
    }

    /// <summary>
    /// The amount rounded to the currency's minor unit (2 decimals for USD, 0 for JPY, 3 for BHD).
    /// </summary>
    /// <param name="midpoint">What to do with an amount exactly halfway between two minor units; default half away from zero (2.345 USD → 2.35).</param>
    /// <exception cref="DomainRuleException">The currency has no minor unit (rule <see cref="DomainRules.MoneyCurrencyHasMinorUnit"/>).</exception>
    public Money Round(MidpointRounding midpoint = MidpointRounding.AwayFromZero) =>
        new(decimal.Round(Amount, Currency.RequireMinorUnit(), midpoint), Currency);

    /// <summary>Whether the amount is a whole number of minor units (e.g. 12.30 USD, not 12.305 USD).</summary>
    /// <returns>True when rounding would not change the amount.</returns>
    /// <exception cref="DomainRuleException">The currency has no minor unit.</exception>
    public bool IsWholeMinorUnits() => decimal.Round(Amount, Currency.RequireMinorUnit()) == Amount;

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts that differ by at most one minor unit and add up to the
    /// amount exactly; the earlier parts get the extra minor units (100.00 USD in 3: 33.34, 33.33, 33.33).
    /// </summary>
    /// <param name="parts">How many parts; at least 1.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="DomainRuleException">The amount is not a whole number of minor units (rule <see cref="DomainRules.MoneyWholeMinorUnits"/>; round it first), or the currency has none.</exception>
    public IReadOnlyList<Money> Allocate(int parts)
    {
        Guard.Positive(parts);
        var ratios = new decimal[parts];
        Array.Fill(ratios, 1m);
        return Allocate(ratios);
    }

    /// <summary>
    /// Splits the amount in proportion to <paramref name="ratios"/> into parts that add up to the amount exactly.
    /// </summary>
    /// <remarks>
    /// Largest-remainder method (Hamilton): each part first gets its exact share rounded toward zero to a whole minor
    /// unit; the minor units left over go one each to the parts with the largest remainders, the earlier part first
    /// on a tie. So each part is within one minor unit of its exact share, and a part with ratio 0 gets 0.
    /// </remarks>
    /// <param name="ratios">Non-negative weights, at least one of them positive (e.g. units, volumes or values).</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty, has a negative weight, or sums to zero.</exception>
    /// <exception cref="DomainRuleException">The amount is not a whole number of minor units (rule <see cref="DomainRules.MoneyWholeMinorUnits"/>), or the currency has none.</exception>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        if (ratios.Count == 0 || ratios.Any(r => r < 0m) || ratios.Sum() == 0m)
        {
            throw new ArgumentException(ErrorMessages.AllocationRatiosInvalid, nameof(ratios));
        }

        var scale = Pow10(Currency.RequireMinorUnit());
        if (!IsWholeMinorUnits())
        {
            throw new DomainRuleException(DomainRules.MoneyWholeMinorUnits, Guard.Format(ErrorMessages.AllocateWholeMinorUnits, this));
        }

        // Work in whole minor units of the absolute amount, then give the sign back.
        var totalUnits = Math.Abs(Amount) * scale;
        var sum = ratios.Sum();
        var units = new decimal[ratios.Count];
        var remainders = new decimal[ratios.Count];
        var given = 0m;
        for (var i = 0; i < ratios.Count; i++)
        {
            var exact = totalUnits * ratios[i] / sum;
            units[i] = decimal.Truncate(exact);
            remainders[i] = exact - units[i];
            given += units[i];
        }

        var order = Enumerable.Range(0, ratios.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; given < totalUnits; k++, given++)
        {
            units[order[k % order.Length]] += 1m;
        }

        var sign = Amount < 0m ? -1m : 1m;
        return Array.ConvertAll(units, u => new Money(sign * u / scale, Currency));
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public Money Add(Money other) => new(Amount + SameCurrency(other, "add").Amount, Currency);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public Money Subtract(Money other) => new(Amount - SameCurrency(other, "subtract").Amount, Currency);

    /// <summary>Multiplies the amount by a factor (a quantity, a rate), without rounding.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, in the same currency.</returns>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public Money Multiply(decimal factor) => new(Amount * factor, Currency);

    /// <summary>The amount with the opposite sign.</summary>
    /// <returns>−amount in the same currency.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public static Money operator +(Money left, Money right) => Guard.NotNull(left).Add(right);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public static Money operator -(Money left, Money right) => Guard.NotNull(left).Subtract(right);

    /// <summary>The amount with the opposite sign.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>−amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    public static Money operator -(Money money) => Guard.NotNull(money).Negate();

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public static Money operator *(Money money, decimal factor) => Guard.NotNull(money).Multiply(factor);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="money">The amount.</param>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/> (about ±7.9·10²⁸).</exception>
    public static Money operator *(decimal factor, Money money) => Guard.NotNull(money).Multiply(factor);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The other amount; null sorts first.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public int CompareTo(Money? other) => other is null ? 1 : Amount.CompareTo(SameCurrency(other, "compare").Amount);

    /// <summary>Whether the left amount is less than the right one.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is less.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => Guard.NotNull(left).CompareTo(right) < 0;

    /// <summary>Whether the left amount is greater than the right one.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => Guard.NotNull(left).CompareTo(right) > 0;

    /// <summary>Whether the left amount is at most the right one.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is less or equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => Guard.NotNull(left).CompareTo(right) <= 0;

    /// <summary>Whether the left amount is at least the right one.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is greater or equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> is null.</exception>
    /// <exception cref="DomainRuleException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => Guard.NotNull(left).CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Money? other) => other is not null && Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Money);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Currency.Code, Amount);

    /// <summary>Whether two amounts are equal (same currency, same value).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Money? left, Money? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The negation of <see cref="op_Equality"/>.</returns>
    public static bool operator !=(Money? left, Money? right) => !(left == right);

    /// <summary>
    /// The amount with at least the currency's minor-unit decimals, then the code, in the invariant culture:
    /// "12.50 USD", "1500 JPY", "0.0125 USD".
    /// </summary>
    public override string ToString()
    {
        var decimals = Math.Max(Amount.Scale, Currency.MinorUnit ?? 0);
        return Amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Currency.Code;
    }

    private Money SameCurrency(Money other, string operation)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Currency == Currency
            ? other
            : throw new DomainRuleException(DomainRules.MoneySameCurrency, Guard.Format(ErrorMessages.MoneyCurrencyMismatch, operation, other, this));
    }

    /// <summary>10 to the power <paramref name="exponent"/> (minor units per major unit for that many decimals), exactly.</summary>
    internal static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
