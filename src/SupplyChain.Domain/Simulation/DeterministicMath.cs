namespace SupplyChain.Domain.Simulation;

/// <summary>
/// Elementary functions computed with IEEE 754 additions, multiplications and divisions only, so that their results are
/// bit-identical on every machine, operating system and .NET version (the platform's <see cref="Math.Log(double)"/> comes
/// from the C runtime and may differ in the last bit between them). Accuracy is a few units in the last place.
/// </summary>
internal static class DeterministicMath
{
    // ln 2 split so that e·Ln2High is exact for |e| < 2¹¹ (Cody and Waite's constants, as in fdlibm's e_log.c).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>
    /// The natural logarithm of a positive finite number: x = m·2ᵉ with m in [√½, √2), then
    /// ln m = 2·atanh(z) = 2(z + z³/3 + z⁵/5 + … + z²³/23) with z = (m − 1)/(m + 1), |z| ≤ 0.172, whose first omitted term
    /// is below 2⁻⁵⁸ of the sum; and ln x = e·ln 2 + ln m.
    /// </summary>
    internal static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        if (exponent == 0)
        {
            // Subnormal: scale into the normal range first (exact).
            bits = BitConverter.DoubleToInt64Bits(x * 18014398509481984.0);
            exponent = (int)((bits >> 52) & 0x7FF) - 54;
        }

        exponent -= 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        var z = (m - 1.0) / (m + 1.0);
        var z2 = z * z;
        var series = 1.0 / 23;
        series = (series * z2) + (1.0 / 21);
        series = (series * z2) + (1.0 / 19);
        series = (series * z2) + (1.0 / 17);
        series = (series * z2) + (1.0 / 15);
        series = (series * z2) + (1.0 / 13);
        series = (series * z2) + (1.0 / 11);
        series = (series * z2) + (1.0 / 9);
        series = (series * z2) + (1.0 / 7);
        series = (series * z2) + (1.0 / 5);
        series = (series * z2) + (1.0 / 3);
        var lnM = 2.0 * z * ((series * z2) + 1.0);
        return (exponent * Ln2High) + ((exponent * Ln2Low) + lnM);
    }
}
