using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// The parts of <see cref="PolicyFactory"/> that the textbook cases of <see cref="PolicyFactoryTests"/> do not reach:
/// the model each factory reports, the documented rounding of continuous optima (up, but a value within 10⁻⁹ relative
/// of a whole number is that number) and the refusal of a rounded parameter outside <see cref="int"/>.
/// </summary>
/// <remarks>
/// The rounding cases use the normal newsvendor with a vanishing σ = 10⁻¹² per period: S* = μ(L + 1) + z·σ√(L + 1)
/// (Snyder and Shen, section 4.3), and with z = Φ⁻¹(0.7 / 0.88) ≈ 0.83 the σ term is below 10⁻¹², so S* is μ to far
/// better than the differences the cases look at (10⁻⁸ and more).
/// </remarks>
public sealed class PolicyFactoryGuardTests
{
    private const double Tiny = 1e-12;

    [Fact]
    public void Each_factory_names_its_model_and_method()
    {
        var pmf = Enumerable.Range(0, 41).Select(d => MathNet.Numerics.Distributions.Poisson.PMF(6, d)).ToArray();

        PolicyFactory.MinMaxFromOptimalSs(1, 4, 5, 6).Model.Should().Be("(s, S), Poisson demand per period, exact optimum");
        PolicyFactory.MinMaxFromOptimalSs(1, 4, 5, DiscreteDemand.FromZero(pmf)).Model.Should().Be("(s, S), discrete demand per period, exact optimum");
        PolicyFactory.ReorderPointFromOptimalRq(0.225, 7.5, 8, 1300, 150, 1.0 / 12).Model
            .Should().Be("(r, Q), normal demand, loss-function approximation, r rounded up and Q to the nearest unit");
        PolicyFactory.ReorderPointFromOptimalPoissonRq(20, 150, 100, 1.5, 2).Model.Should().Be("(r, Q), Poisson demand, exact optimum");
        PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, 50, 8).Model
            .Should().Be("base stock, normal demand, newsvendor over the lead time plus one period, S rounded up");
        PolicyFactory.BaseStockFromPoissonNewsvendor(1, 4, 6).Model.Should().Be("base stock, Poisson demand, newsvendor over the lead time plus one period");
    }

    [Theory]
    // μ, S: a fraction below one half is still rounded up (50.3 -> 51, where rounding to nearest would give 50).
    [InlineData(50.3, 51)]
    // 10⁻⁸ above 50 is 2·10⁻¹⁰ relative, within 10⁻⁹: taken as 50, not rounded up to 51.
    [InlineData(50.00000001, 50)]
    // 10⁻⁸ below 50: 50 either way.
    [InlineData(49.99999999, 50)]
    // The tolerance is relative: 5·10⁻⁴ above a million is 5·10⁻¹⁰ relative, so 1 000 000 (an absolute 10⁻⁹ would give 1 000 001).
    [InlineData(1_000_000.0005, 1_000_000)]
    // 2·10⁻⁶ above a thousand is 2·10⁻⁹ relative, outside the tolerance: rounded up.
    [InlineData(1000.000002, 1001)]
    public void A_continuous_base_stock_level_is_rounded_up_unless_it_is_a_whole_number_within_1e_9(double mean, int level)
    {
        var result = PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, mean, Tiny);

        result.Optimization.BaseStockLevel.Should().BeApproximately(mean, 1e-9);
        (result.Policy.Minimum, result.Policy.Maximum).Should().Be((level - 1, level));
    }

    [Fact]
    public void The_largest_base_stock_level_is_int_MaxValue()
    {
        // μ = 2 147 483 647 = int.MaxValue: S* is that number (doubles are exact there), the policy is (S − 1, S).
        var result = PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, int.MaxValue, Tiny);
        (result.Policy.Minimum, result.Policy.Maximum).Should().Be((int.MaxValue - 1, int.MaxValue));
    }

    [Theory]
    [InlineData(3e9, "3000000000")]
    [InlineData(-3e9, "-3000000000")]
    public void A_base_stock_level_outside_int_is_refused(double mean, string shown) =>
        FluentActions.Invoking(() => PolicyFactory.BaseStockFromNewsvendor(0.18, 0.7, mean, Tiny))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseStockLevel")
            .WithMessage($"baseStockLevel must be between -2147483648 and 2147483647, but was {shown}.*");

    [Fact]
    public void A_reorder_point_outside_int_is_refused()
    {
        // λ = 10¹⁰ a year over a lead time of one year: the lead-time demand is N(10¹⁰, (10⁵)²), and r* lies within a
        // few σ√L = 10⁵ of its mean 10¹⁰, far above int.MaxValue ≈ 2.1·10⁹.
        FluentActions.Invoking(() => PolicyFactory.ReorderPointFromOptimalRq(1, 10, 8, 1e10, 1e5, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reorderPoint")
            .WithMessage("reorderPoint must be between -2147483648 and 2147483647, but was *")
            .Which.ActualValue.Should().BeOfType<double>().Which.Should().BeInRange(1e10 - 3e5, 1e10 + 3e5);
    }

    [Fact]
    public void A_lot_size_outside_int_is_refused()
    {
        // K = 10²⁰, λ = 100, h = 1: the EOQ √(2Kλ/h) = √(2·10²²) ≈ 1.414 213 562·10¹¹. The iteration adds (h + p)·n²(r)
        // to Kλ: with p = 10¹² and σ√L ≈ 3.2 that is of the order of 10¹¹, 10⁻¹¹ of Kλ = 10²², which moves Q* by a unit
        // or two at most. Q* rounded is far above int.MaxValue.
        FluentActions.Invoking(() => PolicyFactory.ReorderPointFromOptimalRq(1, 1e12, 1e20, 100, 10, 0.1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lotSize")
            .WithMessage("lotSize must be between -2147483648 and 2147483647, but was 1414213562??.*")
            .Which.ActualValue.Should().BeOfType<double>().Which.Should().BeApproximately(Math.Sqrt(2e22), 10);
    }
}
