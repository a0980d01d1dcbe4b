using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The standard normal pdf φ, cdf Φ and quantile Φ⁻¹, taken from MathNet.Numerics (no hand-written approximations).
/// Φ(z) = ½·erfc(−z/√2), as SciPy's <c>ndtr</c> computes it.
/// </summary>
internal static class StandardNormal
{
    internal static double Pdf(double z) => Math.Exp(-0.5 * z * z) / Constants.Sqrt2Pi;

    internal static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2);

    internal static double Quantile(double probability) => Normal.InvCDF(0, 1, probability);
}
