namespace SupplyChain.Domain.Internal;

/// <summary>Checks and copies a caller's series of per-period values (Demand and Analytics).</summary>
internal static class Series
{
    /// <summary>A copy of <paramref name="values"/>; every value must be finite.</summary>
    internal static double[] Finite(IReadOnlyList<double> values, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var copy = new double[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var value = values[i];
            copy[i] = double.IsFinite(value)
                ? value
                : throw new ArgumentException(Guard.Format(ErrorMessages.NotFiniteElement, paramName, i, value), paramName);
        }

        return copy;
    }

    /// <summary>A copy of <paramref name="values"/>; every value must be finite and not negative.</summary>
    internal static double[] NonNegative(IReadOnlyList<double> values, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        var copy = Finite(values, paramName);
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] < 0)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NegativeElement, paramName, i, copy[i]), paramName);
            }
        }

        return copy;
    }
}
