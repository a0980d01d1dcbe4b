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
}
