using System.Globalization;
using System.Runtime.CompilerServices;

namespace SupplyChain.Domain;

/// <summary>
/// The one place where argument checks with domain wording live. Messages come from <see cref="ErrorMessages"/>
/// and name the parameter, the value and the rule.
/// </summary>
internal static class Guard
{
    /// <summary>Formats a message template with the invariant culture.</summary>
    internal static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);

    internal static T NotNull<T>([System.Diagnostics.CodeAnalysis.NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName, Format(ErrorMessages.MustNotBeNull, paramName));

    internal static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotBeNegative, paramName, value));

    internal static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBePositive, paramName, value));

    internal static long NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotBeNegative, paramName, value));

    internal static long Positive(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBePositive, paramName, value));

    internal static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBePositive, paramName, value));

    internal static decimal NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotBeNegative, paramName, value));

    internal static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBeFinite, paramName, value));

    /// <summary>
    /// Throws what <see cref="Finite"/> throws for <paramref name="value"/>; for hot paths that test first. It never
    /// returns, so the JIT compiles the call as a throw and keeps no value alive across it (no spills on the hot path).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void ThrowNotFinite(double value, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBeFinite, paramName, value));

    /// <summary>Throws what <see cref="NotNegative(double, string?)"/> throws for <paramref name="value"/>; see <see cref="ThrowNotFinite"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void ThrowNegativeOrNotFinite(double value, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotBeNegative, paramName, value));

    internal static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        double.IsFinite(value) && value > 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBePositive, paramName, value));

    internal static double NotNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        double.IsFinite(value) && value >= 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotBeNegative, paramName, value));

    internal static string NotBlank([System.Diagnostics.CodeAnalysis.NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        NotNull(value, paramName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException(Format(ErrorMessages.MustNotBeBlank, paramName), paramName)
            : value;
    }

    internal static double InRange(double value, double low, double high, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        double.IsFinite(value) && value >= low && value <= high ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBeInRange, paramName, low, high, value));

    internal static double DiscountFactor(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > 0 && value <= 1 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBeDiscountFactor, paramName, value));

    internal static double GreaterThan(double value, double bound, string boundName, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        double.IsFinite(value) && value > bound ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBeGreaterThanOther, paramName, boundName, bound, value));

    internal static int GreaterThan(int value, int bound, string boundName, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > bound ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBeGreaterThanOther, paramName, boundName, bound, value));

    /// <summary>
    /// Refuses a value above a documented limit (a public constant): the message names the value, the constant and its
    /// value, so that a caller can see which bound of the library was hit.
    /// </summary>
    internal static int AtMost(int value, int limit, string limitName, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value <= limit ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotExceedLimit, paramName, limitName, limit, value));

    /// <summary>As the <see cref="int"/> overload; a NaN value is refused too.</summary>
    internal static double AtMost(double value, double limit, string limitName, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value <= limit ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotExceedLimit, paramName, limitName, limit, value));

    /// <summary>
    /// As <see cref="AtMost(double, double, string, string?)"/> for a value derived from the arguments (e.g. a mean over
    /// the protection interval): <paramref name="what"/> describes it in the message, <paramref name="paramName"/> names
    /// the argument to change.
    /// </summary>
    internal static double DerivedAtMost(double value, double limit, string limitName, string what, string paramName) =>
        value <= limit ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustNotExceedLimit, what, limitName, limit, value));

    /// <summary>Checks a list of finite non-negative numbers and returns a private copy.</summary>
    internal static double[] NotNegativeList(IReadOnlyList<double>? values, bool allowEmpty = false, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        NotNull(values, paramName);
        if (!allowEmpty && values.Count == 0)
        {
            throw new ArgumentException(Format(ErrorMessages.MustNotBeEmpty, paramName), paramName);
        }

        var copy = new double[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var value = values[i];
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.ListEntryMustNotBeNegative, paramName, i, value));
            }

            copy[i] = value;
        }

        return copy;
    }

    /// <summary>Checks a list of finite positive numbers and returns a private copy.</summary>
    internal static double[] PositiveList(IReadOnlyList<double>? values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        var copy = NotNegativeList(values, allowEmpty: false, paramName);
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] <= 0)
            {
                throw new ArgumentOutOfRangeException(paramName, copy[i], Format(ErrorMessages.ListEntryMustBePositive, paramName, i, copy[i]));
            }
        }

        return copy;
    }

    /// <summary>Checks that a list has the expected number of entries.</summary>
    internal static void Length<T>(IReadOnlyCollection<T> values, int expected, string what, string paramName)
    {
        if (values.Count != expected)
        {
            throw new ArgumentException(Format(ErrorMessages.ListLengthMismatch, paramName, expected, what, values.Count), paramName);
        }
    }

    internal static UnitsNet.Mass Positive(UnitsNet.Mass value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        double.IsFinite(value.Kilograms) && value.Kilograms > 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.MustBePositive, paramName, value));

    internal static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Format(ErrorMessages.UndefinedEnumValue, value, typeof(TEnum).Name));

    /// <summary>
    /// Copies <paramref name="items"/> into a new list, refusing null (the collection or an item) and, when
    /// <paramref name="requireOne"/>, an empty collection.
    /// </summary>
    internal static List<T> CopyItems<T>(IEnumerable<T>? items, bool requireOne, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        NotNull(items, paramName);
        var copy = items.ToList();
        if (requireOne && copy.Count == 0)
        {
            throw new ArgumentException(Format(ErrorMessages.MustHaveAtLeastOneItem, paramName), paramName);
        }

        if (copy.Any(item => item is null))
        {
            throw new ArgumentException(Format(ErrorMessages.MustNotContainNull, paramName), paramName);
        }

        return copy;
    }

    /// <summary>Refuses a list in which two items have the same key.</summary>
    internal static void Distinct<T, TKey>(IEnumerable<T> items, Func<T, TKey> key, string? paramName)
    {
        var seen = new HashSet<TKey>();
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                throw new ArgumentException(Format(ErrorMessages.MustNotRepeat, paramName, key(item)), paramName);
            }
        }
    }

    /// <summary>
    /// An <see cref="ArgumentException"/> for a value refused by a property's init accessor: <c>ParamName</c> is the
    /// property's name, like the checks above, so every named option reports the same way.
    /// </summary>
    internal static ArgumentException Refused(string message, string propertyName) => new(message, propertyName);

    /// <summary>As <see cref="Refused(string, string)"/>, with the refusal that caused it (a history whose event a command refuses).</summary>
    internal static ArgumentException Refused(string message, string propertyName, Exception inner) => new(message, propertyName, inner);

    /// <summary>As <see cref="Refused(string, string)"/>, for a value out of range.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(object? value, string message, string propertyName) => new(propertyName, value, message);
}
