using MathNet.Numerics.Distributions;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>The ziggurat tables against their definition, and the normal numbers drawn with them against Φ.</summary>
public sealed class NormalZigguratTests
{
    private const int Draws = 1_000_000;

    private static double F(double x) => Math.Exp(-0.5 * x * x);

    [Fact]
    public void Every_block_has_the_published_area()
    {
        // Doornik's constants: the base strip is the rectangle R × f(R) plus the tail ∫_R^∞ f = √(2π)(1 − Φ(R)), computed
        // here with MathNet's normal cdf; it must equal V. Each rectangle i = 1 … 127 spans [0, xᵢ] between the heights
        // f(xᵢ) and f(xᵢ₊₁) (f(0) = 1 for the top one) and must have area V too. Tolerances: V is published to 15
        // digits and R to 13; the recurrence carries their error up the 127 blocks.
        var (r, v, x) = (NormalZiggurat.TailStart, NormalZiggurat.BlockArea, NormalZiggurat.Widths);
        var baseStrip = (r * F(r)) + (Math.Sqrt(2 * Math.PI) * (1 - Normal.CDF(0, 1, r)));
        baseStrip.Should().BeApproximately(v, 1e-12);
        x[0].Should().BeApproximately(v / F(r), 1e-12);
        x[1].Should().Be(r);
        x[NormalZiggurat.Blocks].Should().Be(0);
        for (var i = 1; i < NormalZiggurat.Blocks; i++)
        {
            (x[i] * (F(x[i + 1]) - F(x[i]))).Should().BeApproximately(v, 1e-9, "block {0}", i);
            NormalZiggurat.Ratios[i].Should().Be(x[i + 1] / x[i]);
        }
    }

    [Fact]
    public void Normal_numbers_follow_the_standard_normal_distribution()
    {
        // 10⁶ draws. The share below z has standard error √(p(1 − p)/n) ≤ 0.0005; mean, variance and the fourth moment
        // have standard errors 1/√n, √(2/n) and √((105 − 9)/n) (E Z⁸ = 105); the share beyond ±R (the tail path) is
        // 2(1 − Φ(R)) = 5.8·10⁻⁴, standard error 2.4·10⁻⁵. Tolerances are 5 standard errors.
        var stream = RandomStream.For(2026, 3);
        var values = new double[Draws];
        for (var i = 0; i < Draws; i++)
        {
            values[i] = stream.NextStandardNormal();
        }

        values.Average().Should().BeApproximately(0, 5 / Math.Sqrt(Draws));
        values.Average(z => z * z).Should().BeApproximately(1, 5 * Math.Sqrt(2.0 / Draws));
        values.Average(z => z * z * z * z).Should().BeApproximately(3, 5 * Math.Sqrt(96.0 / Draws));
        foreach (var z in new[] { -3.5, -3, -2, -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 2, 3, 3.5 })
        {
            var p = Normal.CDF(0, 1, z);
            ((double)values.Count(x => x < z) / Draws).Should().BeApproximately(p, 5 * Math.Sqrt(p * (1 - p) / Draws), "Φ({0})", z);
        }

        var tail = 2 * (1 - Normal.CDF(0, 1, NormalZiggurat.TailStart));
        ((double)values.Count(x => Math.Abs(x) > NormalZiggurat.TailStart) / Draws).Should().BeApproximately(tail, 5 * Math.Sqrt(tail / Draws));
    }

    [Fact]
    public void A_draw_on_the_fast_path_is_u_times_the_block_width()
    {
        // The documented algorithm, worked from the raw 64-bit draw: block = low 7 bits, u = 2·(top 53 bits)·2⁻⁵³ − 1;
        // when |u| < x(i+1)/x(i) the normal number is u·x(i) and used exactly one draw.
        var fast = 0;
        for (var seed = 0; seed < 1000; seed++)
        {
            var raw = RandomStream.For(seed, 0);
            var bits = raw.NextUInt64();
            var block = (int)(bits & 127);
            var u = (2.0 * (bits >> 11) / 9007199254740992.0) - 1.0;
            if (Math.Abs(u) < NormalZiggurat.Widths[block + 1] / NormalZiggurat.Widths[block])
            {
                fast++;
                var stream = RandomStream.For(seed, 0);
                stream.NextStandardNormal().Should().Be(u * NormalZiggurat.Widths[block]);
                stream.NextUInt64().Should().Be(raw.NextUInt64());
            }
        }

        // The fast path's probability is the mean of the 128 ratios, 0.9724 for these tables (worked independently with
        // the same recurrence in double precision): about 972 of 1000, standard error 5.2; 5 of them either side.
        NormalZiggurat.Ratios.Average().Should().BeApproximately(0.97244, 0.00001);
        fast.Should().BeInRange(946, 998);
    }
}
