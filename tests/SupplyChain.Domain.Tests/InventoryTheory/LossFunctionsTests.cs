using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class LossFunctionsTests
{
    [Fact]
    public void Standard_normal_loss_at_zero_is_one_over_root_two_pi()
    {
        // L(0) = φ(0) = 1/√(2π) = 0.398942...; L2(0) = ½(1 − Φ(0)) = 1/4.
        LossFunctions.StandardNormal(0).Loss.Should().BeApproximately(1 / Math.Sqrt(2 * Math.PI), 1e-15);
        LossFunctions.StandardNormalSecondOrder(0).Loss.Should().BeApproximately(0.25, 1e-15);
    }

    private const int Runs = 100;

    /// <summary>x and μ from −10,000 to 10,000 in hundredths (half of the x within 3σ of μ), σ from 0.1 to 100.</summary>
    private static readonly Gen<(double X, double Mean, double Sd)> NormalCases =
        from mean in Gen.Choose(-1_000_000, 1_000_000).Select(c => c / 100.0)
        from sd in Gen.Choose(1, 1_000).Select(t => t / 10.0)
        from x in Gen.Frequency(
            (1, Gen.Choose(-1_000_000, 1_000_000).Select(c => c / 100.0)),
            (1, Gen.Choose(-300, 300).Select(k => mean + (k / 100.0 * sd))))
        select (x, mean, sd);

    /// <summary>z from −6 to 6 in thousandths.</summary>
    private static readonly Gen<double> Zs = Gen.Choose(-6_000, 6_000).Select(m => m / 1_000.0);

    /// <summary>A Poisson mean of 0.1 to 50 and an x of 0 to 80.</summary>
    private static readonly Gen<(double Mean, int X)> PoissonCases =
        from tenths in Gen.Choose(1, 500)
        from x in Gen.Choose(0, 80)
        select (tenths / 10.0, x);

    [Property(MaxTest = Runs)]
    public Property Complement_minus_loss_is_x_minus_mean() => Prop.ForAll(NormalCases.ToArbitrary(), given =>
    {
        // n̄(x) − n(x) = E[x − D] = x − μ.
        var (xv, mv, s) = given;
        var loss = LossFunctions.Normal(xv, mv, s);
        return Math.Abs(loss.Complement - loss.Loss - (xv - mv)) <= 1e-9 * Math.Max(1, Math.Abs(xv - mv) + s);
    });

    [Property(MaxTest = Runs)]
    public Property Second_order_loss_is_the_antiderivative_of_minus_the_loss() => Prop.ForAll(Zs.ToArbitrary(), zv =>
    {
        // dL2/dz = −L(z) and dL̄2/dz = L̄(z), checked by a central difference.
        const double H = 1e-5;
        var slope = (LossFunctions.StandardNormalSecondOrder(zv + H).Loss - LossFunctions.StandardNormalSecondOrder(zv - H).Loss) / (2 * H);
        var slopeBar = (LossFunctions.StandardNormalSecondOrder(zv + H).Complement - LossFunctions.StandardNormalSecondOrder(zv - H).Complement) / (2 * H);
        return Math.Abs(slope + LossFunctions.StandardNormal(zv).Loss) < 1e-7
               && Math.Abs(slopeBar - LossFunctions.StandardNormal(zv).Complement) < 1e-7;
    });

    [Property(MaxTest = Runs)]
    public Property Poisson_loss_agrees_with_the_pmf_sum() => Prop.ForAll(PoissonCases.ToArbitrary(), given =>
    {
        // Independent check: n(x) = Σ_(d>x) (d − x) f(d), summed directly from the pmf.
        var (mean, xv) = given;
        var direct = 0.0;
        for (var d = xv + 1; d < 400; d++)
        {
            direct += (d - xv) * MathNet.Numerics.Distributions.Poisson.PMF(mean, d);
        }

        return Math.Abs(LossFunctions.Poisson(xv, mean).Loss - direct) < 1e-9;
    });

    [Property(MaxTest = Runs)]
    public Property Poisson_second_order_loss_agrees_with_the_pmf_sum() => Prop.ForAll(PoissonCases.ToArbitrary(), given =>
    {
        // Independent check: n2(x) = ½ Σ_d (d − x)⁺(d − x − 1)⁺ f(d) and n̄2(x) = ½ Σ_d (x − d)⁺(x + 1 − d)⁺ f(d).
        var (mean, xv) = given;
        double loss = 0, complement = 0;
        for (var d = 0; d < 400; d++)
        {
            var f = MathNet.Numerics.Distributions.Poisson.PMF(mean, d);
            loss += 0.5 * Math.Max(d - xv, 0) * Math.Max(d - xv - 1, 0) * f;
            complement += 0.5 * Math.Max(xv - d, 0) * Math.Max(xv + 1 - d, 0) * f;
        }

        var actual = LossFunctions.PoissonSecondOrder(xv, mean);
        return Math.Abs(actual.Loss - loss) < 1e-8 * Math.Max(1, loss) && Math.Abs(actual.Complement - complement) < 1e-8 * Math.Max(1, complement);
    });

    [Fact]
    public void The_cases_reach_both_tails_and_the_middle_and_Poisson_means_on_both_sides_of_x()
    {
        static string Where(double x, double mean, double sd) => x < mean - (3 * sd) ? "far below the mean" : x > mean + (3 * sd) ? "far above the mean" : "within 3 sd";

        Reach.Covers(NormalCases, Runs, given => [Where(given.X, given.Mean, given.Sd), given.Sd < 1 ? "sd below 1" : "sd of 1 or more"],
            ["far below the mean", "far above the mean", "within 3 sd", "sd below 1", "sd of 1 or more"]);
        Reach.Covers(Zs.Select(z => (z, 0.0, 1.0)), Runs, given => [Where(given.z, 0, 1), given.z < 0 ? "negative z" : "non-negative z"],
            ["far below the mean", "far above the mean", "within 3 sd", "negative z", "non-negative z"]);
        Reach.Covers(PoissonCases, Runs, given => [given.X < given.Mean ? "x below the mean" : "x at or above the mean", given.Mean > 20 ? "mean above 20" : "mean up to 20"],
            ["x below the mean", "x at or above the mean", "mean above 20", "mean up to 20"]);
    }

    [Fact]
    public void Lognormal_loss_complement_identity()
    {
        // n̄(x) − n(x) = x − E[D], E[D] = e^(μ + σ²/2).
        var loss = LossFunctions.Lognormal(300, 6, 0.3);
        (loss.Complement - loss.Loss).Should().BeApproximately(300 - Math.Exp(6 + 0.045), 1e-9);
    }

    [Fact]
    public void Discrete_loss_of_Problem_4_7b_by_hand()
    {
        // pmf {1: .25, 2: .05, 3: .1, 4: .2, 5: .15, 6: .1, 7: .1, 8: .05} at x = 5:
        // n = 1·.1 + 2·.1 + 3·.05 = 0.45; n̄ = 4·.25 + 3·.05 + 2·.1 + 1·.2 = 1.55.
        var demand = new DiscreteDemand([1, 2, 3, 4, 5, 6, 7, 8], [0.25, 0.05, 0.1, 0.2, 0.15, 0.1, 0.1, 0.05]);
        var loss = LossFunctions.Discrete(5, demand);

        loss.Loss.Should().BeApproximately(0.45, 1e-12);
        loss.Complement.Should().BeApproximately(1.55, 1e-12);
    }

    [Fact]
    public void Normal_loss_needs_a_positive_standard_deviation()
    {
        FluentActions.Invoking(() => LossFunctions.Normal(1, 0, -1))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("standardDeviation")
            .WithMessage("standardDeviation must be greater than zero, but was -1.*");
    }

    [Fact]
    public void Discrete_demand_values_must_increase()
    {
        FluentActions.Invoking(() => new DiscreteDemand([2, 1], [0.5, 0.5]))
            .Should().Throw<ArgumentException>()
            .WithParameterName("values")
            .WithMessage("values must list distinct demand values in increasing order, but 1 follows 2.*");
    }

    [Fact]
    public void Discrete_probabilities_must_not_exceed_one()
    {
        FluentActions.Invoking(() => new DiscreteDemand([1, 2], [0.7, 0.7]))
            .Should().Throw<ArgumentException>()
            .WithParameterName("probabilities")
            .WithMessage("probabilities must sum to at most 1, but summed to 1.4.*");
    }

}
