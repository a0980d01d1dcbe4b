using System.Runtime.CompilerServices;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The inversion table of a Poisson distribution, built once per <see cref="DemandModel"/>: the cumulative probabilities
/// F(k) of the values that matter, and a guide table that says where the search for a uniform starts.
/// </summary>
/// <remarks>
/// <para>
/// <b>Draw.</b> One 64-bit draw gives 53 bits b and the uniform U = b·2⁻⁵³ (exactly <see cref="RandomStream.NextDouble"/>);
/// the value is the smallest k with F(k) &gt; U (inversion, Devroye 1986, II.2). The search starts at the guide entry of
/// U's top g bits, j = ⌊b / 2⁵³⁻ᵍ⌋: the smallest k with F(k) &gt; j·2⁻ᵍ (Chen and Asau 1974; Devroye 1986, III.2.4), which
/// is never past the answer because j·2⁻ᵍ ≤ U exactly (a power of two times an integer below 2⁵³). With 2ᵍ at least the
/// number of table entries n, a draw compares about 1 + n/2ᵍ ≤ 2 entries on average, whatever the mean. The result is
/// the same k as a binary search of the table, so the draws are those of the binary search used before (tested).
/// </para>
/// <para>
/// <b>Table.</b> Relative weights w(k) = f(k)/f(m) from the mode m = ⌊μ⌋ outwards by the ratios f(k − 1)/f(k) = k/μ and
/// f(k + 1)/f(k) = μ/(k + 1) until they fall below 10⁻³⁰⁰; F(k) is the running sum divided by the total, the last entry
/// set to 1; the entries after the first F(k) = 1 are dropped, since no draw reaches them. Only IEEE additions,
/// multiplications and divisions are used, so the table and every draw are the same on every machine.
/// </para>
/// </remarks>
internal sealed class PoissonTable
{
    private const double Negligible = 1e-300;
    private const int UniformBits = 53;
    private const double UnitOf53Bits = 1.0 / (1UL << UniformBits);

    private PoissonTable(int first, double[] cumulative, int[] guide, int shift)
    {
        First = first;
        Cumulative = cumulative;
        Guide = guide;
        Shift = shift;
    }

    /// <summary>The value of the first entry.</summary>
    internal int First { get; }

    /// <summary>F(First + i) at entry i, non-decreasing, the last 1.</summary>
    internal double[] Cumulative { get; }

    /// <summary>Guide entry j: the smallest i with F(First + i) &gt; j·2⁻ᵍ, for 2ᵍ entries.</summary>
    internal int[] Guide { get; }

    /// <summary>53 − g: the shift from a 53-bit uniform to its guide entry.</summary>
    internal int Shift { get; }

    /// <summary>The table of Poisson(<paramref name="mean"/>), for a mean already checked to be in (0, 10⁷].</summary>
    internal static PoissonTable For(double mean)
    {
        // The weights are counted first and then written into one array (no growing lists): the same products in the
        // same order as before, so the same numbers.
        var mode = (int)Math.Floor(mean);
        var belowCount = 0;
        var w = 1.0;
        for (var k = mode; k > 0 && w > Negligible; k--)
        {
            w *= k / mean;                           // f(k − 1)/f(k) = k/μ
            belowCount++;
        }

        var aboveCount = 0;
        w = 1.0;
        for (var k = mode; w > Negligible; k++)
        {
            w *= mean / (k + 1);                     // f(k + 1)/f(k) = μ/(k + 1)
            aboveCount++;
        }

        var first = mode - belowCount;
        var table = new double[belowCount + 1 + aboveCount];
        w = 1.0;
        for (var k = mode; k > mode - belowCount; k--)
        {
            w *= k / mean;
            table[belowCount - 1 - (mode - k)] = w;
        }

        table[belowCount] = 1.0;
        w = 1.0;
        for (var i = 0; i < aboveCount; i++)
        {
            w *= mean / (mode + i + 1);
            table[belowCount + 1 + i] = w;
        }

        var total = 0.0;
        foreach (var x in table)
        {
            total += x;
        }

        // In place: entry i becomes F(first + i), the running sum over the total. The search stops at the first F(k) > U
        // and U < 1, so the entries after the first F(k) = 1 are never reached: the table ends there (the upper tail
        // down to 10⁻³⁰⁰ still counts in the total, so every F is the same as with the whole table, and so is every draw).
        var sum = 0.0;
        var length = table.Length;
        for (var i = 0; i < table.Length; i++)
        {
            sum += table[i];
            table[i] = sum / total;
            if (table[i] >= 1.0)
            {
                length = i + 1;
                break;
            }
        }

        var cumulative = length == table.Length ? table : table[..length];
        cumulative[^1] = 1.0;

        // 2^g guide entries, the smallest power of two not below the table's length.
        var bits = 0;
        while ((1 << bits) < cumulative.Length)
        {
            bits++;
        }

        var guide = new int[1 << bits];
        var step = 1.0 / (1 << bits);
        var entry = 0;
        for (var j = 0; j < guide.Length; j++)
        {
            var threshold = j * step;                // exact: an integer below 2^31 times a power of two
            while (cumulative[entry] <= threshold)
            {
                entry++;
            }

            guide[j] = entry;
        }

        return new(first, cumulative, guide, UniformBits - bits);
    }

    /// <summary>One draw (see the remarks on the type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Sample(ref RandomStream random) => Invert(random.NextUInt64() >> (64 - UniformBits));

    /// <summary>The value for the 53-bit uniform <paramref name="bits"/> (U = bits·2⁻⁵³): the smallest k with F(k) &gt; U.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Invert(ulong bits)
    {
        var u = bits * UnitOf53Bits;
        var cumulative = Cumulative;
        var i = Guide[(int)(bits >> Shift)];
        while (cumulative[i] <= u)
        {
            i++;
        }

        return First + i;
    }
}
