using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// A discrete demand distribution given by its probability mass function: integer demand values (the support) in
/// increasing order and their probabilities. The probabilities may sum to less than 1 (a truncated distribution,
/// e.g. a Poisson pmf cut at 40); the missing mass is treated as demand that never occurs.
/// </summary>
/// <remarks>Distributions compare by reference; compare the values and probabilities to compare two of them.</remarks>
public sealed class DiscreteDemand
{
    /// <summary>
    /// The most demand values a distribution may have: 10,000. Every loss or cost evaluation sums over all of them,
    /// and the (s, S) optimisation (<see cref="PeriodicReviewSs.OptimizeDiscrete"/>) evaluates such costs for each
    /// level it visits, so this keeps it well under a second.
    /// </summary>
    public const int MaxValueCount = 10_000;

    /// <summary>
    /// The largest magnitude of a demand value: 1,000,000,000. Optimisations step one unit at a time around the values
    /// (up to <see cref="PeriodicReviewSs.MaxSpread"/> beyond them), which must stay within <see cref="int"/>.
    /// </summary>
    public const int MaxAbsoluteValue = 1_000_000_000;

    private readonly int[] _values;
    private readonly double[] _probabilities;

    /// <summary>Creates a distribution from its support and probabilities.</summary>
    /// <param name="values">The demand values, distinct and increasing (may be negative).</param>
    /// <param name="probabilities">Their probabilities: finite, non-negative, summing to at most 1 (+1e-9).</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> and <paramref name="probabilities"/> differ in length.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> are not distinct and increasing.</exception>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> sum to more than 1 (+1e-9).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="values"/> has more than <see cref="MaxValueCount"/> entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is below −<see cref="MaxAbsoluteValue"/> or above <see cref="MaxAbsoluteValue"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is negative or not finite.</exception>
    public DiscreteDemand(IReadOnlyList<int> values, IReadOnlyList<double> probabilities)
    {
        Guard.NotNull(values);
        Guard.NotNull(probabilities);
        Guard.DerivedAtMost(values.Count, MaxValueCount, "DiscreteDemand.MaxValueCount", "the number of values", nameof(values));
        var p = Guard.NotNegativeList(probabilities);
        Guard.Length(values, p.Length, "probability", nameof(values));
        var v = values.ToArray();
        for (var i = 0; i < v.Length; i++)
        {
            if (v[i] is < -MaxAbsoluteValue or > MaxAbsoluteValue)
            {
                throw new ArgumentOutOfRangeException(nameof(values), v[i], Guard.Format(ErrorMessages.ListEntryBeyondLimit, nameof(values), i, "DiscreteDemand.MaxAbsoluteValue", MaxAbsoluteValue, v[i]));
            }

            if (i > 0 && v[i] <= v[i - 1])
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.SupportNotIncreasing, nameof(values), v[i], v[i - 1]), nameof(values));
            }
        }

        var sum = p.Sum();
        if (sum > 1 + 1e-9)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ProbabilitiesExceedOne, nameof(probabilities), sum), nameof(probabilities));
        }

        _values = v;
        _probabilities = p;
    }

    /// <summary>Gets the demand values, increasing.</summary>
    public IReadOnlyList<int> Values => _values;

    /// <summary>Gets the probabilities, aligned with <see cref="Values"/>.</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    /// <summary>Creates the distribution of demand 0, 1, …, n−1 from a list of n probabilities.</summary>
    /// <param name="probabilities">P(D = d) for d = 0, 1, ….</param>
    /// <exception cref="ArgumentNullException"><paramref name="probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> sum to more than 1 (+1e-9).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probabilities"/> has more than <see cref="MaxValueCount"/> entries.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is negative or not finite.</exception>
    public static DiscreteDemand FromZero(IReadOnlyList<double> probabilities)
    {
        Guard.NotNull(probabilities);
        Guard.DerivedAtMost(probabilities.Count, MaxValueCount, "DiscreteDemand.MaxValueCount", "the number of probabilities", nameof(probabilities));
        return new DiscreteDemand(Enumerable.Range(0, probabilities.Count).ToArray(), probabilities);
    }

    /// <summary>Gets P(D = d), 0 outside the support.</summary>
    /// <param name="demand">The demand value d.</param>
    public double Probability(int demand)
    {
        var i = Array.BinarySearch(_values, demand);
        return i >= 0 ? _probabilities[i] : 0;
    }

    /// <summary>
    /// The smallest support value whose cumulative probability reaches <paramref name="fractile"/> (the last value
    /// when the probabilities never reach it).
    /// </summary>
    /// <param name="fractile">The fractile α in [0, 1].</param>
    /// <returns>F⁻¹(α).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fractile"/> is outside [0, 1].</exception>
    public int Quantile(double fractile)
    {
        Guard.InRange(fractile, 0, 1);
        var cumulative = 0.0;
        for (var i = 0; i < _values.Length; i++)
        {
            cumulative += _probabilities[i];
            if (cumulative >= fractile)
            {
                return _values[i];
            }
        }

        return _values[^1];
    }

    /// <summary>The loss n(x) = Σ_d (d − x)⁺ f(d) and its complement n̄(x) = Σ_d (x − d)⁺ f(d).</summary>
    /// <param name="x">The point x.</param>
    public LossValues Loss(int x)
    {
        var loss = 0.0;
        var complement = 0.0;
        for (var i = 0; i < _values.Length; i++)
        {
            var d = _values[i];
            if (d >= x)
            {
                loss += ((double)d - x) * _probabilities[i];
            }

            if (d <= x)
            {
                complement += ((double)x - d) * _probabilities[i];
            }
        }

        return new LossValues(loss, complement);
    }

    /// <summary>Lists the pmf with the invariant culture, e.g. <c>{1: 0.25, 2: 0.75}</c>.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", _values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{v}: {_probabilities[i]}"))) + "}";
}
