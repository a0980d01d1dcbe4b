using System.Runtime.CompilerServices;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// One SKU's random stream: the xoshiro256** 1.0 generator (Blackman and Vigna 2018, "Scrambled linear pseudorandom
/// number generators", the algorithm of MathNet.Numerics' <c>Xoshiro256StarStar</c>) in a mutable struct, so that the
/// simulation's hot loop draws numbers without a virtual call or an allocation.
/// </summary>
/// <remarks>
/// <para>
/// <b>Seeding.</b> The state of the stream of SKU i is words 4i, 4i + 1, 4i + 2 and 4i + 3 of the SplitMix64 sequence
/// (Steele, Lea and Flood 2014) started at the 64-bit seed: SplitMix64 adds the constant γ = 0x9E3779B97F4A7C15 to its
/// state before each output, so skipping 4i words is adding 4i·γ. SKU 0 therefore gets exactly the state MathNet's
/// <c>new Xoshiro256StarStar(seed)</c> gets for an <see cref="int"/> seed, which a test checks; streams of different SKUs
/// are disjoint stretches of a 2²⁵⁶ − 1 period, and never depend on the order in which SKUs run.
/// </para>
/// <para>
/// <b>Uniforms</b> are the top 53 bits times 2⁻⁵³, in [0, 1) (as MathNet's <c>NextDouble</c>). <b>Normals</b> use the
/// ziggurat method in Doornik's form (ZIGNOR, 128 blocks; see <see cref="NormalZiggurat"/>): a 64-bit draw w gives the
/// block i = w mod 128 and u = 2U − 1 from its top 53 bits; if |u| &lt; xᵢ₊₁/xᵢ the result is u·xᵢ (about 97.2 % of draws,
/// one draw each: the mean of the 128 ratios); otherwise block 0 draws from the tail beyond R (Marsaglia 1964), another block accepts x = u·xᵢ with
/// the probability that the curve passes above it within the block's edge (one more uniform), and a rejection starts again with a new draw.
/// The exponentials and logarithms are <see cref="DeterministicMath"/>'s (IEEE arithmetic only), so every draw is
/// bit-identical on every machine and .NET version. The mixing arithmetic wraps by design and is marked
/// <c>unchecked</c>.
/// </para>
/// </remarks>
internal struct RandomStream
{
    internal const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private const double UnitOf53Bits = 1.0 / (1UL << 53);

    /// <summary>
    /// 2⁻⁵²: u = 2U − 1 as one product, (bits ≫ 11)·2⁻⁵² − 1. Both forms are exact up to the subtraction (an integer
    /// below 2⁵³ times a power of two), so they give the same u bit for bit, one multiplication fewer.
    /// </summary>
    private const double UnitOf52Bits = 1.0 / (1UL << 52);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>The stream of SKU <paramref name="streamIndex"/> for <paramref name="seed"/> (see the remarks on the type).</summary>
    internal static RandomStream For(long seed, int streamIndex) =>
        FromSplitMix(unchecked((ulong)seed + (4UL * (ulong)streamIndex * Gamma)));

    /// <summary>
    /// The stream of the factory stage of SKU <paramref name="streamIndex"/> (peers' bookings and transit legs): words
    /// 2⁶³ + 4i to 2⁶³ + 4i + 3 of the same SplitMix64 sequence, a stretch no SKU's own stream reaches, so that the SKU's
    /// demand draws are the same with and without the stage.
    /// </summary>
    internal static RandomStream ForFactoryStage(long seed, int streamIndex) =>
        FromSplitMix(unchecked((ulong)seed + (((1UL << 63) + (4UL * (ulong)streamIndex)) * Gamma)));

    /// <summary>The stream whose state is the next four outputs of SplitMix64 started at <paramref name="x"/>.</summary>
    private static RandomStream FromSplitMix(ulong x)
    {
        var stream = default(RandomStream);
        stream._s0 = SplitMix64(ref x);
        stream._s1 = SplitMix64(ref x);
        stream._s2 = SplitMix64(ref x);
        stream._s3 = SplitMix64(ref x);
        return stream;
    }

    /// <summary>One step of SplitMix64: advances <paramref name="x"/> by γ and returns the mixed output.</summary>
    internal static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            var z = x += Gamma;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong NextUInt64()
    {
        unchecked
        {
            // State words in locals, written back once: no store-to-load chains through memory.
            ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
            var result = ulong.RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = ulong.RotateLeft(s3, 45);
            _s0 = s0;
            _s1 = s1;
            _s2 = s2;
            _s3 = s3;
            return result;
        }
    }

    /// <summary>A uniform number in [0, 1): the top 53 bits times 2⁻⁵³.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NextDouble() => (NextUInt64() >> 11) * UnitOf53Bits;

    /// <summary>A uniform integer in [0, <paramref name="count"/>): the high word of the 128-bit product of 64 random bits and the count (Lemire 2019, without the rejection step; the bias is below count/2⁶⁴).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int NextIndex(int count) => (int)Math.BigMul(NextUInt64(), (ulong)count, out _);

    /// <summary>A standard normal number by the ziggurat method (see the remarks on the type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NextStandardNormal()
    {
        // The fast path (about 97.2 % of draws): one 64-bit draw gives the block (low 7 bits) and u in [−1, 1) (top 53
        // bits); the point u·xᵢ lies in the part of block i that is under the curve at every height.
        var bits = NextUInt64();
        var block = (int)(bits & (NormalZiggurat.Blocks - 1));
        var u = ((bits >> 11) * UnitOf52Bits) - 1.0;
        if (Math.Abs(u) < NormalZiggurat.Ratios[block])
        {
            return u * NormalZiggurat.Widths[block];
        }

        // The rare path works on a copy, so that a stream held in a caller's local never has its address taken and can
        // stay in registers.
        var copy = this;
        var z = copy.NextStandardNormalSlowly(block, u);
        this = copy;
        return z;
    }

    /// <summary>The rest of the ziggurat: the base strip's tail, a block's edge (the wedge), or a new draw.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double NextStandardNormalSlowly(int block, double u)
    {
        var widths = NormalZiggurat.Widths;
        while (true)
        {
            if (block == 0)
            {
                return NextNormalTail(u < 0);
            }

            // The point (x, y) with y uniform between the block's lower and upper heights f(xᵢ) and f(xᵢ₊₁) is under the
            // curve when f(xᵢ) + U·(f(xᵢ₊₁) − f(xᵢ)) < f(x); dividing by f(x) gives the test below.
            var x = u * widths[block];
            var lower = DeterministicMath.Exp(-0.5 * ((widths[block] * widths[block]) - (x * x)));
            var upper = DeterministicMath.Exp(-0.5 * ((widths[block + 1] * widths[block + 1]) - (x * x)));
            if (lower + (NextDouble() * (upper - lower)) < 1.0)
            {
                return x;
            }

            var bits = NextUInt64();
            block = (int)(bits & (NormalZiggurat.Blocks - 1));
            u = ((bits >> 11) * UnitOf52Bits) - 1.0;
            if (Math.Abs(u) < NormalZiggurat.Ratios[block])
            {
                return u * widths[block];
            }
        }
    }

    /// <summary>A normal number beyond R (Marsaglia 1964): x = ln U₁/R and y = ln U₂ until −2y ≥ x², then R − x.</summary>
    private double NextNormalTail(bool negative)
    {
        double x, y;
        do
        {
            // 1 − U is in (0, 1], so the logarithms are finite.
            x = DeterministicMath.Log(1.0 - NextDouble()) / NormalZiggurat.TailStart;
            y = DeterministicMath.Log(1.0 - NextDouble());
        }
        while (-2.0 * y < x * x);

        return negative ? x - NormalZiggurat.TailStart : NormalZiggurat.TailStart - x;
    }
}
