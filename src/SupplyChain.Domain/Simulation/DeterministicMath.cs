namespace SupplyChain.Domain.Simulation;

/// <summary>
/// Elementary functions computed with IEEE 754 additions, multiplications and divisions only, so that their results are
/// bit-identical on every machine, operating system and .NET version (the platform's <see cref="Math.Log(double)"/> and
/// <see cref="Math.Exp(double)"/> come from the C runtime and may differ in the last bit between them). Accuracy is a few
/// units in the last place.
/// </summary>
internal static class DeterministicMath
{
    // ln 2 split so that e·Ln2High is exact for |e| < 2¹¹ (Cody and Waite's constants, as in fdlibm's e_log.c).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;
    private const double InverseLn2 = 1.4426950408889634;

    // exp(x) is 0 below −745.14 (half the smallest subnormal) and overflows above 709.78 (ln of the largest double).
    private const double ExpUnderflow = -745.2;
    private const double ExpOverflow = 709.782712893384;
    private const int TableSteps = 64;

    // ln(k/64) for k = 0 … 91 (entries below 45 unused), computed once by the series below: deterministic as well.
    private static readonly double[] LnTable = BuildTable();

    /// <summary>
    /// The natural logarithm of a positive finite number: x = m·2ᵉ with m in [√½, √2); c = k/64 the nearest 64th to m and
    /// ln c from a table; ln m = ln c + 2·atanh(z) with z = (m − c)/(m + c), |z| ≤ 0.0056, by 2(z + z³/3 + z⁵/5 + z⁷/7 +
    /// z⁹/9), whose first omitted term is below 2⁻⁷⁰ of the sum; and ln x = e·ln 2 + ln m. Near x = 1, c = 1 and ln c = 0,
    /// so small logarithms keep their relative accuracy.
    /// </summary>
    internal static double Log(double x)
    {
        var (m, exponent) = Split(x);
        var k = (int)((m * TableSteps) + 0.5);
        var c = k * (1.0 / TableSteps);
        var z = (m - c) / (m + c);
        var z2 = z * z;
        var series = (((((((1.0 / 9 * z2) + (1.0 / 7)) * z2) + (1.0 / 5)) * z2) + (1.0 / 3)) * z2) + 1.0;
        var lnM = LnTable[k] + (2.0 * z * series);
        return (exponent * Ln2High) + ((exponent * Ln2Low) + lnM);
    }

    /// <summary>
    /// e to the power x: x = k·ln 2 + r with k the nearest integer to x/ln 2 and |r| ≤ ½ ln 2 (ln 2 in two parts, so r is
    /// exact up to the last bits); eʳ by its Taylor series to r¹³/13!, whose first omitted term is below 2⁻⁵⁶ of the sum;
    /// then eˣ = 2ᵏ·eʳ, scaled in two steps in the subnormal range. 0 below −745.2, +∞ above 709.78; NaN gives NaN.
    /// </summary>
    internal static double Exp(double x)
    {
        if (!(x > ExpUnderflow))
        {
            return double.IsNaN(x) ? x : 0.0;
        }

        if (x > ExpOverflow)
        {
            return double.PositiveInfinity;
        }

        var k = (int)Math.Floor((x * InverseLn2) + 0.5);
        var r = (x - (k * Ln2High)) - (k * Ln2Low);
        var p = (r * (1.0 / 6227020800.0)) + (1.0 / 479001600.0);
        p = (p * r) + (1.0 / 39916800.0);
        p = (p * r) + (1.0 / 3628800.0);
        p = (p * r) + (1.0 / 362880.0);
        p = (p * r) + (1.0 / 40320.0);
        p = (p * r) + (1.0 / 5040.0);
        p = (p * r) + (1.0 / 720.0);
        p = (p * r) + (1.0 / 120.0);
        p = (p * r) + (1.0 / 24.0);
        p = (p * r) + (1.0 / 6.0);
        p = (p * r) + 0.5;
        p = (p * r) + 1.0;
        p = (p * r) + 1.0;
        return k >= -1022 ? ScaleByPowerOfTwo(p, k) : ScaleByPowerOfTwo(ScaleByPowerOfTwo(p, k + 54), -54);
    }

    /// <summary>ln x by the plain series 2·atanh((m − 1)/(m + 1)) to z²³/23 (|z| ≤ 0.172): slower; builds the table.</summary>
    internal static double LogBySeries(double x)
    {
        var (m, exponent) = Split(x);
        var z = (m - 1.0) / (m + 1.0);
        var z2 = z * z;
        var series = 1.0 / 23;
        for (var odd = 21; odd >= 3; odd -= 2)
        {
            series = (series * z2) + (1.0 / odd);
        }

        var lnM = 2.0 * z * ((series * z2) + 1.0);
        return (exponent * Ln2High) + ((exponent * Ln2Low) + lnM);
    }

    /// <summary>x = m·2ᵉ with m in [√½, √2), exactly (subnormals scaled first).</summary>
    private static (double Mantissa, int Exponent) Split(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        if (exponent == 0)
        {
            bits = BitConverter.DoubleToInt64Bits(x * 18014398509481984.0); // × 2⁵⁴
            exponent = (int)((bits >> 52) & 0x7FF) - 54;
        }

        exponent -= 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        return (m, exponent);
    }

    /// <summary>x·2ᵏ for k from −1022 to 1024 (one exact power-of-two factor, two for k = 1024).</summary>
    private static double ScaleByPowerOfTwo(double x, int k) =>
        k > 1023 ? x * 2.0 * BitConverter.Int64BitsToDouble((long)(k - 1 + 1023) << 52) : x * BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);

    private static double[] BuildTable()
    {
        var table = new double[92];
        for (var k = 45; k < table.Length; k++)
        {
            table[k] = k == TableSteps ? 0.0 : LogBySeries(k * (1.0 / TableSteps));
        }

        return table;
    }
}
