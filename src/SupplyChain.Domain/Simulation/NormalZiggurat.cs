namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The tables of the ziggurat method for standard normal numbers in Doornik's form (ZIGNOR: Doornik 2005, "An improved
/// ziggurat method to generate normal random samples", after Marsaglia and Tsang 2000, "The ziggurat method for
/// generating random variables", J. Stat. Software 5(8)), with 128 blocks: under f(x) = exp(−x²/2) on x ≥ 0, 127
/// horizontal rectangles and a base strip (a rectangle plus the tail beyond R), each of area V.
/// </summary>
/// <remarks>
/// R = 3.442619855899 and V = 9.91256303526217·10⁻³ are Doornik's published constants. The tables are computed once, at
/// start-up, as in ZIGNOR: x₀ = V/f(R) (the width of a rectangle of area V and height f(R), standing for the base strip),
/// x₁ = R, xᵢ = √(−2 ln(V/xᵢ₋₁ + f(xᵢ₋₁))) for i = 2 … 127 (rectangle i − 1 has width xᵢ₋₁ and area V, so its top is
/// at height V/xᵢ₋₁ + f(xᵢ₋₁) = f(xᵢ)), x₁₂₈ = 0; and the ratios xᵢ₊₁/xᵢ. They use <see cref="DeterministicMath"/> and
/// the correctly rounded <see cref="Math.Sqrt"/>, so they are bit-identical on every machine and .NET version.
/// </remarks>
internal static class NormalZiggurat
{
    /// <summary>The number of blocks; a power of two (the block index is the low 7 bits of a draw).</summary>
    internal const int Blocks = 128;

    /// <summary>R: where the tail begins.</summary>
    internal const double TailStart = 3.442619855899;

    /// <summary>V: the area of each block.</summary>
    internal const double BlockArea = 9.91256303526217e-3;

    /// <summary>The widths x₀ … x₁₂₈ (see the remarks on the type); decreasing, x₁₂₈ = 0.</summary>
    internal static readonly double[] Widths = BuildWidths();

    /// <summary>xᵢ₊₁/xᵢ for i = 0 … 127: the share of block i that lies under the curve for every height in it.</summary>
    internal static readonly double[] Ratios = BuildRatios(Widths);

    /// <summary>f(x) = exp(−x²/2), deterministically.</summary>
    internal static double Density(double x) => DeterministicMath.Exp(-0.5 * x * x);

    private static double[] BuildWidths()
    {
        var x = new double[Blocks + 1];
        var f = Density(TailStart);
        x[0] = BlockArea / f;
        x[1] = TailStart;
        for (var i = 2; i < Blocks; i++)
        {
            x[i] = Math.Sqrt(-2.0 * DeterministicMath.Log((BlockArea / x[i - 1]) + f));
            f = Density(x[i]);
        }

        x[Blocks] = 0.0;
        return x;
    }

    private static double[] BuildRatios(double[] widths)
    {
        var ratios = new double[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            ratios[i] = widths[i + 1] / widths[i];
        }

        return ratios;
    }
}
