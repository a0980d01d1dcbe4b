using MathNet.Numerics.Distributions;
using NodaTime;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Simulation;

namespace SupplyChain.Domain.Tests.Simulation;

/// <summary>Poisson demand's table-lookup inversion with a guide table (<see cref="PoissonTable"/>).</summary>
public sealed class PoissonSamplerTests
{
    private const double Unit = 1.0 / (1UL << 53);

    /// <summary>Means from 10⁻³ (a mode of 0 and a table of a few entries) to the largest allowed, 10⁷, through small, fractional and large ones.</summary>
    public static TheoryData<double> Means => new() { 1e-3, 0.5, 6, 100, 12_345.6, 1e7 };

    /// <summary>The inversion of before: the smallest entry with F &gt; U, by binary search.</summary>
    private static int BinarySearch(PoissonTable table, double u)
    {
        int low = 0, high = table.Cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (table.Cumulative[mid] > u)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return table.First + low;
    }

    [Theory]
    [MemberData(nameof(Means))]
    public void The_guide_table_finds_what_a_binary_search_finds(double mean)
    {
        // So the draws are those of the binary search used before the guide table: the same k for every uniform. Checked
        // on random uniforms, on the ends of [0, 1), and on the uniforms just below and at each table entry, where a
        // search that starts too far would go wrong.
        var table = DemandModel.Poisson(mean).PoissonTable!;
        var stream = RandomStream.For(17, 0);
        var uniforms = new List<ulong> { 0, (1UL << 53) - 1 };
        for (var i = 0; i < 50_000; i++)
        {
            uniforms.Add(stream.NextUInt64() >> 11);
        }

        foreach (var f in table.Cumulative)
        {
            var at = (ulong)Math.Min(Math.Ceiling(f * (1UL << 53)), (1UL << 53) - 1);
            uniforms.Add(at);
            uniforms.Add(at == 0 ? 0 : at - 1);
        }

        foreach (var bits in uniforms)
        {
            table.Invert(bits).Should().Be(BinarySearch(table, bits * Unit));
        }

        table.Guide.Length.Should().BeGreaterThanOrEqualTo(table.Cumulative.Length).And.BeLessThan(2 * table.Cumulative.Length);
    }

    /// <summary>
    /// The whole table as the remarks define it, written out here: relative weights from the mode m = ⌊μ⌋ outwards by
    /// the ratios k/μ (down) and μ/(k + 1) (up) while the last weight is above 10⁻³⁰⁰, F = running sum / total, the last
    /// entry 1. This is the table the library built before it dropped the unreachable upper tail.
    /// </summary>
    private static (int First, double[] Cumulative) WholeTable(double mean)
    {
        var mode = (int)Math.Floor(mean);
        var below = new List<double>();
        var w = 1.0;
        for (var k = mode; k > 0 && w > 1e-300; k--)
        {
            w *= k / mean;
            below.Add(w);
        }

        var above = new List<double>();
        w = 1.0;
        for (var k = mode; w > 1e-300; k++)
        {
            w *= mean / (k + 1);
            above.Add(w);
        }

        below.Reverse();
        var weights = below.Append(1.0).Concat(above).ToArray();
        var total = 0.0;
        foreach (var x in weights)
        {
            total += x;
        }

        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum / total;
        }

        cumulative[^1] = 1.0;
        return (mode - below.Count, cumulative);
    }

    [Theory]
    [MemberData(nameof(Means))]
    public void The_table_ends_at_the_first_F_of_1_and_draws_as_the_whole_table(double mean)
    {
        // Every kept entry is the whole table's, bit for bit, and every dropped one is exactly 1 (so is the last kept):
        // the smallest k with F(k) > U, U < 1, is then the same in both. Checked on random uniforms too.
        var (first, whole) = WholeTable(mean);
        var table = DemandModel.Poisson(mean).PoissonTable!;
        table.First.Should().Be(first);
        table.Cumulative.Should().Equal(whole.Take(table.Cumulative.Length));
        whole.Skip(table.Cumulative.Length - 1).Should().OnlyContain(f => f == 1.0);
        if (mean >= 6)
        {
            table.Cumulative.Length.Should().BeLessThan(whole.Length, "the upper tail beyond F = 1 is dropped");
        }

        var stream = RandomStream.For(23, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var bits = stream.NextUInt64() >> 11;
            table.Invert(bits).Should().Be(SmallestAbove(first, whole, bits * Unit));
        }
    }

    private static int SmallestAbove(int first, double[] cumulative, double u)
    {
        var i = 0;
        while (cumulative[i] <= u)
        {
            i++;
        }

        return first + i;
    }

    [Fact]
    public void A_draw_takes_the_uniform_of_one_64_bit_draw_as_the_stream_s_NextDouble()
    {
        // The sampler consumes exactly one 64-bit word, and its uniform is the stream's NextDouble: the draws are the
        // binary search's on NextDouble, one a day, as before.
        var table = DemandModel.Poisson(6).PoissonTable!;
        var sampler = RandomStream.For(3, 4);
        var reference = RandomStream.For(3, 4);
        for (var i = 0; i < 10_000; i++)
        {
            table.Sample(ref sampler).Should().Be(BinarySearch(table, reference.NextDouble()));
        }
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(6)]
    [InlineData(100)]
    [InlineData(2_500)]
    public void Simulated_Poisson_demand_fits_the_Poisson_distribution(double mean)
    {
        // Chi-square goodness of fit of 200,000 simulated days against the exact pmf (MathNet's Poisson.PMF, computed
        // independently of the sampler's table), with the values grouped so that every group expects at least 20 days
        // (the two tails pooled into the first and last group, so the groups cover every value). For a correct sampler
        // the statistic is χ² with (groups − 1) degrees of freedom and exceeds its 0.999 quantile once in a thousand
        // seeds; the seed is fixed, so the test is deterministic, and a sampler off by about 1 % in a group's
        // probability would exceed it. Mean and variance: the model's μ within 6 standard errors (√(μ/n) for the mean,
        // √((μ + 2μ²)/n) for the sample variance: the fourth central moment of a Poisson is μ + 3μ²).
        const int Days = 200_000;
        var sku = new SimulatedSku("d", new MinMaxPolicy(-1, 0), DemandModel.Poisson(mean), LeadTimeProfile.Fixed(1), default, initialOnHand: 0);
        var result = Simulator.Run(sku, new SimulationSettings(Days, seed: 2026, new LocalDate(2000, 1, 1), recordTrace: true));
        var counts = result.Trace.GroupBy(d => d.Demand).ToDictionary(g => g.Key, g => g.Count());

        var groups = new List<(int Observed, double Expected)>();
        int observed = 0, k = 0;
        double expected = 0, total = 0;
        var top = (int)(mean + (12 * Math.Sqrt(mean)) + 12);
        for (; k <= top; k++)
        {
            observed += counts.GetValueOrDefault(k);
            var p = Poisson.PMF(mean, k);
            expected += Days * p;
            total += p;
            if (expected >= 20 && Days * (1 - total) >= 20)
            {
                groups.Add((observed, expected));
                (observed, expected) = (0, 0);
            }
        }

        // The last group takes the rest of the upper tail.
        observed += counts.Where(c => c.Key > top).Sum(c => c.Value);
        groups.Add((observed, expected + (Days * Math.Max(0, 1 - total))));
        groups.Sum(g => g.Observed).Should().Be(Days);

        var chiSquare = groups.Sum(g => (g.Observed - g.Expected) * (g.Observed - g.Expected) / g.Expected);
        var degrees = groups.Count - 1;
        degrees.Should().BeGreaterThan(1);
        chiSquare.Should().BeLessThan(ChiSquared.InvCDF(degrees, 0.999));

        result.DailyDemand.Mean.Should().BeApproximately(mean, 6 * Math.Sqrt(mean / Days));
        result.DailyDemand.Variance.Should().BeApproximately(mean, 6 * Math.Sqrt((mean + (2 * mean * mean)) / Days));
    }
}
