using System.Text.Json;
using SupplyChain.Domain.InventoryTheory;

namespace SupplyChain.Domain.Tests.InventoryTheory;

public sealed class FiniteHorizonTests
{
    // Data/finite-horizon-matlab.json: the MATLAB reference solutions of Problems 4.29 (K = 0) and 4.30 (K = 40)
    // that stockpyl's own tests use (tests/additional_files/*.mat, MIT), converted to JSON. Independent of our code.
    public static TheoryData<string> Problems => new() { "problem_4_29", "problem_4_30" };

    [Theory, MemberData(nameof(Problems))]
    public void Dynamic_program_matches_the_MATLAB_reference_solution(string name)
    {
        var reference = Load(name);
        var problem = FiniteHorizonProblem.Stationary(
            reference.GetProperty("periods").GetInt32(), reference.GetProperty("holdingCost").GetDouble(), reference.GetProperty("stockoutCost").GetDouble(),
            reference.GetProperty("purchaseCost").GetDouble(), reference.GetProperty("fixedCost").GetDouble(), reference.GetProperty("demandMean").GetDouble(),
            reference.GetProperty("demandSd").GetDouble(), reference.GetProperty("discountFactor").GetDouble(),
            reference.GetProperty("terminalHoldingCost").GetDouble(), reference.GetProperty("terminalStockoutCost").GetDouble());

        var result = FiniteHorizon.Solve(problem, reference.GetProperty("initialInventoryLevel").GetInt32());

        result.ReorderPoints.Should().Equal(Ints(reference.GetProperty("reorderPoints")));
        result.OrderUpToLevels.Should().Equal(Ints(reference.GetProperty("orderUpToLevels")));
        result.TotalCost.Should().BeApproximately(reference.GetProperty("totalCost").GetDouble(), 5e-8);
        result.StateMin.Should().Be(reference.GetProperty("stateMin").GetInt32());
        result.StateMax.Should().Be(reference.GetProperty("stateMax").GetInt32());
        var costToGo = reference.GetProperty("costToGo").EnumerateArray().ToArray();
        var orderUpTo = reference.GetProperty("orderUpTo").EnumerateArray().ToArray();
        for (var t = 0; t < costToGo.Length; t++)
        {
            var row = costToGo[t].EnumerateArray().Select(e => e.GetDouble()).ToArray();
            for (var x = result.StateMin; x <= result.StateMax; x++)
            {
                var expected = row[x - result.StateMin];
                result.CostToGo(t, x).Should().BeApproximately(expected, 1e-7 * Math.Abs(expected), $"θ at t={t}, x={x}");
                if (t < orderUpTo.Length)
                {
                    result.OrderUpToLevel(t, x).Should().Be(orderUpTo[t][x - result.StateMin].GetInt32(), $"OUL at t={t}, x={x}");
                }
            }
        }
    }

    [Fact]
    public void With_no_fixed_cost_s_equals_S_and_the_myopic_bounds_collapse()
    {
        // Theorem 4.8 territory: with K = 0 the optimal policy is base-stock (s = S), and the myopic bounds
        // S̲ = S̄ = s̲ = s̄ bracket it (the DP's integer S is the rounded-up continuous myopic level here).
        var problem = FiniteHorizonProblem.Stationary(10, 1, 25, 1, 0, 18, 3, 0.98, 1, 25);
        var result = FiniteHorizon.Solve(problem);
        var bounds = FiniteHorizon.MyopicBounds(problem);

        result.ReorderPoints.Should().Equal(result.OrderUpToLevels);
        bounds.OrderUpToLevelUpper.Should().Equal(bounds.OrderUpToLevelLower);
        bounds.ReorderPointLower.Should().Equal(bounds.OrderUpToLevelLower);
        for (var t = 0; t < problem.Periods; t++)
        {
            Math.Abs(result.OrderUpToLevels[t] - bounds.OrderUpToLevelLower[t]).Should().BeLessThan(1);
        }
    }

    [Fact]
    public void Initial_level_off_the_grid_is_rejected()
    {
        var problem = FiniteHorizonProblem.Stationary(10, 1, 25, 1, 0, 18, 3, 0.98, 1, 25);

        FluentActions.Invoking(() => FiniteHorizon.Solve(problem, initialInventoryLevel: 500))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("initialInventoryLevel")
            .WithMessage("initialInventoryLevel must lie on the state grid [-27, 33], but was 500.*");
    }

    [Fact]
    public void Per_period_lists_must_have_one_entry_per_period()
    {
        FluentActions.Invoking(() => new FiniteHorizonProblem(3, [1, 1], [25], [1], [0], [18], [3], [1], 1, 25))
            .Should().Throw<ArgumentException>()
            .WithParameterName("holdingCost")
            .WithMessage("holdingCost must have 3 entries (one per period), but had 2.*");
    }

    [Fact]
    public void Discount_factor_must_lie_in_zero_one()
    {
        FluentActions.Invoking(() => FiniteHorizonProblem.Stationary(3, 1, 25, 1, 0, 18, 3, 1.5, 1, 25))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("discountFactor")
            .WithMessage("discountFactor must lie in (0, 1], but was 1.5.*");
    }

    private static JsonElement Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "InventoryTheory", "Data", "finite-horizon-matlab.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).Clone();
    }

    private static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => (int)e.GetDouble()).ToArray();
}
