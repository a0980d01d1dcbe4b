using System.Text.Json;
using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// The mapping of <c>inventory-theory/cases.json</c> onto the public API: one entry per <c>model</c>, never per id.
/// A model is a set of <see cref="Call"/>s, each named by the decision variables it takes as given: the call that
/// fixes none is the optimiser (it answers the top-level <c>expected</c> fields), the others are evaluators.
/// An entry of <c>evaluations</c> / <c>cost_evaluations</c> / <c>r_for_Q</c> runs the call that fixes exactly the
/// decision variables its <c>given</c> names, on the case inputs overridden by <c>given</c>: so a <c>given</c> that
/// only overrides a cost parameter re-optimises, and its expected decision is asserted.
/// Strict: every input and <c>given</c> field must be read, every expected field must be an output of its call
/// (a lone one too), an expected object or evaluation that asserts nothing fails, and so does an unused tolerance
/// override. stockpyl's 1-based period lists are converted here and nowhere else.
/// </summary>
internal static class InventoryTheoryMapping
{
    private static readonly string[] CaseFields = ["id", "model", "source", "inputs", "expected", "tolerance", "notes"];
    private static readonly string[] EvaluationLists = ["evaluations", "cost_evaluations", "r_for_Q"];

    private static readonly Dictionary<string, Call[]> Models = new(StringComparer.Ordinal)
    {
        ["eoq"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<EoqResult>(() => EconomicOrderQuantity.Optimize(i.D("fixed_cost"), i.D("holding_cost"), i.D("demand_rate")));
                return new Outputs().Scalar("order_quantity", () => r.Value.OrderQuantity).Scalar("cost", () => r.Value.Cost);
            }),
            Evaluator(["order_quantity"], g => Cost(() => EconomicOrderQuantity.Cost(g.D("order_quantity"), g.D("fixed_cost"), g.D("holding_cost"), g.D("demand_rate")))),
        ],
        ["eoq_with_backorders"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<EoqWithBackordersResult>(() => EconomicOrderQuantity.OptimizeWithBackorders(i.D("fixed_cost"), i.D("holding_cost"), i.D("stockout_cost"), i.D("demand_rate")));
                return new Outputs().Scalar("order_quantity", () => r.Value.OrderQuantity).Scalar("stockout_fraction", () => r.Value.StockoutFraction).Scalar("cost", () => r.Value.Cost);
            }),
            Evaluator(["order_quantity", "stockout_fraction"], g => Cost(() => EconomicOrderQuantity.CostWithBackorders(g.D("order_quantity"), g.D("stockout_fraction"), g.D("fixed_cost"), g.D("holding_cost"), g.D("stockout_cost"), g.D("demand_rate")))),
        ],
        ["economic_production_quantity"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<EoqResult>(() => EconomicOrderQuantity.OptimizeProductionQuantity(i.D("fixed_cost"), i.D("holding_cost"), i.D("demand_rate"), i.D("production_rate")));
                return new Outputs().Scalar("order_quantity", () => r.Value.OrderQuantity).Scalar("cost", () => r.Value.Cost);
            }),
            Evaluator(["order_quantity"], g => Cost(() => EconomicOrderQuantity.ProductionQuantityCost(g.D("order_quantity"), g.D("fixed_cost"), g.D("holding_cost"), g.D("demand_rate"), g.D("production_rate")))),
        ],
        ["eoq_all_units_discount"] = [Optimiser(i => Discount(i, EconomicOrderQuantity.OptimizeAllUnitsDiscount))],
        ["eoq_incremental_discount"] = [Optimiser(i => Discount(i, EconomicOrderQuantity.OptimizeIncrementalDiscount))],
        ["joint_replenishment_silver_heuristic"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<JointReplenishmentResult>(() => EconomicOrderQuantity.JointReplenishment(i.D("shared_fixed_cost"), i.List("individual_fixed_costs"), i.List("holding_costs"), i.List("demand_rates")));
                return new Outputs()
                    .List("order_quantities", () => r.Value.OrderQuantities)
                    .Scalar("base_cycle_time", () => r.Value.BaseCycleTime)
                    .List("order_multiples", () => r.Value.OrderMultiples.Select(m => (double)m))
                    .Scalar("cost", () => r.Value.Cost);
            }),
        ],
        ["loss_function_standard_normal"] =
        [
            Optimiser(i => Losses(
                () => i.List("z").Select(LossFunctions.StandardNormal),
                () => i.List("z").Select(LossFunctions.StandardNormalSecondOrder),
                "L",
                "L_bar",
                "L2",
                "L2_bar")),
        ],
        ["loss_function_normal"] =
        [
            Optimiser(i => Losses(
                () => Elementwise(i, ["x", "mean", "sd"], v => LossFunctions.Normal(v[0], v[1], v[2])),
                () => Elementwise(i, ["x", "mean", "sd"], v => LossFunctions.NormalSecondOrder(v[0], v[1], v[2])),
                "n",
                "n_bar",
                "n2",
                "n2_bar")),
        ],
        ["loss_function_poisson"] =
        [
            Optimiser(i => Losses(
                () => Elementwise(i, ["x", "mean"], v => LossFunctions.Poisson(AsInteger(v[0], "x"), v[1])),
                () => Elementwise(i, ["x", "mean"], v => LossFunctions.PoissonSecondOrder(AsInteger(v[0], "x"), v[1])),
                "n",
                "n_bar",
                "n2",
                "n2_bar")),
        ],
        ["loss_function_lognormal"] =
        [
            Optimiser(i => Losses(() => Elementwise(i, ["x", "mu", "sigma"], v => LossFunctions.Lognormal(v[0], v[1], v[2])), null, "n", "n_bar", "n2", "n2_bar")),
        ],
        ["newsvendor_normal"] = NewsvendorNormal,
        ["base_stock_normal_periodic_review"] = NewsvendorNormal,
        ["newsvendor_poisson"] = NewsvendorPoisson,
        ["base_stock_poisson_periodic_review"] = NewsvendorPoisson,
        ["newsvendor_discrete"] =
        [
            // An explicit pmf, or stockpyl's newsvendor_discrete with a scipy Poisson (demand_mean, lead_time).
            Optimiser(i => i.Has("demand_pmf") ? BaseStock(() => Newsvendor.OptimizeDiscrete(i.D("holding_cost"), i.D("stockout_cost"), Pmf(i))) : NewsvendorPoisson[0].Run(i)),
            Evaluator(["base_stock_level"], g => g.Has("demand_pmf")
                ? Cost(() => Newsvendor.DiscreteCost(g.I("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), Pmf(g)))
                : NewsvendorPoisson[1].Run(g)),
        ],
        ["newsvendor_continuous"] =
        [
            // Lognormal (mu, sigma of ln D), or normal (demand_mean, demand_sd) through the generic continuous path.
            Optimiser(i => i.Has("mu") ? BaseStock(() => Newsvendor.OptimizeLognormal(i.D("holding_cost"), i.D("stockout_cost"), i.D("mu"), i.D("sigma"))) : NewsvendorNormal[0].Run(i)),
            Evaluator(["base_stock_level"], g => g.Has("mu")
                ? Cost(() => Newsvendor.LognormalCost(g.D("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("mu"), g.D("sigma")))
                : NewsvendorNormal[1].Run(g)),
        ],
        ["newsvendor_explicit_normal"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<NewsvendorProfitResult>(() => Newsvendor.OptimizeProfitNormal(i.D("revenue"), i.D("purchase_cost"), i.D("salvage_value"), i.D("demand_mean"), i.D("demand_sd"), i.D("holding_cost", 0), i.D("stockout_cost", 0), i.I("lead_time", 0)));
                return new Outputs().Scalar("base_stock_level", () => r.Value.BaseStockLevel).Scalar("profit", () => r.Value.Profit);
            }),
            Evaluator(["base_stock_level"], g => new Outputs().Scalar("profit", () => Newsvendor.ProfitNormal(g.D("base_stock_level"), g.D("revenue"), g.D("purchase_cost"), g.D("salvage_value"), g.D("demand_mean"), g.D("demand_sd"), g.D("holding_cost", 0), g.D("stockout_cost", 0), g.I("lead_time", 0)))),
        ],
        ["newsvendor_explicit_poisson"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<DiscreteNewsvendorProfitResult>(() => Newsvendor.OptimizeProfitPoisson(i.D("revenue"), i.D("purchase_cost"), i.D("salvage_value"), i.D("demand_mean"), i.D("holding_cost", 0), i.D("stockout_cost", 0), i.I("lead_time", 0)));
                return new Outputs().Scalar("base_stock_level", () => r.Value.BaseStockLevel).Scalar("profit", () => r.Value.Profit);
            }),
            Evaluator(["base_stock_level"], g => new Outputs().Scalar("profit", () => Newsvendor.ProfitPoisson(g.I("base_stock_level"), g.D("revenue"), g.D("purchase_cost"), g.D("salvage_value"), g.D("demand_mean"), g.D("holding_cost", 0), g.D("stockout_cost", 0), g.I("lead_time", 0)))),
        ],
        ["myopic_base_stock"] =
        [
            Optimiser(i => BaseStock(() => Newsvendor.OptimizeMyopic(i.D("holding_cost"), i.D("stockout_cost"), i.D("purchase_cost"), i.D("purchase_cost_next_per"), i.D("demand_mean"), i.D("demand_sd"), i.D("discount_factor", 1)))),
            Evaluator(["base_stock_level"], g => Cost(() => Newsvendor.MyopicCost(g.D("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("purchase_cost"), g.D("purchase_cost_next_per"), g.D("demand_mean"), g.D("demand_sd"), g.D("discount_factor", 1)))),
        ],
        ["rq_normal"] =
        [
            // No exact optimiser in the reference: the "optimum" is the four approximations, each (r, Q, cost).
            Optimiser(i =>
            {
                RqResult Solve(Func<double, double, double, double, double, double, RqResult> approximation) =>
                    approximation(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), i.D("demand_mean"), i.D("demand_sd"), i.D("lead_time"));
                return new Outputs()
                    .Nested("eil_approximation", () => Rq(Solve((h, p, k, l, sd, lt) => ReorderPointQuantity.EilApproximation(h, p, k, l, sd, lt))))
                    .Nested("eoqb_approximation", () => Rq(Solve(ReorderPointQuantity.EoqbApproximation)))
                    .Nested("eoqss_approximation", () => Rq(Solve(ReorderPointQuantity.EoqSafetyStockApproximation)))
                    .Nested("loss_function_approximation", () => Rq(Solve((h, p, k, l, sd, lt) => ReorderPointQuantity.LossFunctionApproximation(h, p, k, l, sd, lt))));
            }),
            Evaluator(["reorder_point", "order_quantity"], g => Cost(() => ReorderPointQuantity.Cost(g.D("reorder_point"), g.D("order_quantity"), g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), g.D("demand_mean"), g.D("demand_sd"), g.D("lead_time")))),
            Evaluator(["order_quantity"], g => new Outputs().Scalar("reorder_point", () => ReorderPointQuantity.OptimalReorderPoint(g.D("order_quantity"), g.D("holding_cost"), g.D("stockout_cost"), g.D("demand_mean"), g.D("demand_sd"), g.D("lead_time"), g.D("tol", 1e-6)))),
        ],
        ["rq_poisson"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<PoissonRqResult>(() => ReorderPointQuantity.OptimizePoisson(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), i.D("demand_mean"), i.D("lead_time")));
                return new Outputs().Scalar("reorder_point", () => r.Value.ReorderPoint).Scalar("order_quantity", () => r.Value.OrderQuantity).Scalar("cost", () => r.Value.Cost);
            }),
            Evaluator(["reorder_point", "order_quantity"], g => Cost(() => ReorderPointQuantity.PoissonCost(g.I("reorder_point"), g.I("order_quantity"), g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), g.D("demand_mean"), g.D("lead_time")))),
        ],
        ["ss_discrete_exact"] =
        [
            Optimiser(i =>
            {
                // An explicit pmf, one Poisson mean, or a table of means (Zheng and Federgruen's) with element-wise lists.
                var results = new Lazy<SsResult[]>(() => i.Has("demand_pmf")
                    ? [PeriodicReviewSs.OptimizeDiscrete(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), Pmf(i))]
                    : [.. i.List("demand_mean").Select(mean => PeriodicReviewSs.OptimizePoisson(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), mean))]);
                return new Outputs()
                    .List("reorder_point", () => results.Value.Select(r => (double)r.ReorderPoint))
                    .List("order_up_to_level", () => results.Value.Select(r => (double)r.OrderUpToLevel))
                    .List("cost", () => results.Value.Select(r => r.Cost));
            }),
            Evaluator(["reorder_point", "order_up_to_level"], g => Cost(() => g.Has("demand_pmf")
                ? PeriodicReviewSs.DiscreteCost(g.I("reorder_point"), g.I("order_up_to_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), Pmf(g))
                : PeriodicReviewSs.PoissonCost(g.I("reorder_point"), g.I("order_up_to_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), g.D("demand_mean")))),
        ],
        ["ss_power_approximation"] =
        [
            Optimiser(i =>
            {
                var r = new Lazy<SsApproximation>(() => PeriodicReviewSs.PowerApproximation(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), i.D("demand_mean"), i.D("demand_sd")));
                return new Outputs().Scalar("reorder_point", () => r.Value.ReorderPoint).Scalar("order_up_to_level", () => r.Value.OrderUpToLevel);
            }),
        ],
        ["wagner_whitin"] = [Optimiser(WagnerWhitinPlan)],
        ["finite_horizon_dp"] = [Optimiser(FiniteHorizonDp)],
        ["finite_horizon_myopic_bounds"] = [Optimiser(MyopicBounds)],
    };

    private static Call[] NewsvendorNormal =>
    [
        Optimiser(i => BaseStock(() => Newsvendor.OptimizeNormal(i.D("holding_cost"), i.D("stockout_cost"), i.D("demand_mean"), i.D("demand_sd"), i.I("lead_time", 0)))),
        Evaluator(["base_stock_level"], g => Cost(() => Newsvendor.NormalCost(g.D("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("demand_mean"), g.D("demand_sd"), g.I("lead_time", 0)))),
    ];

    private static Call[] NewsvendorPoisson =>
    [
        Optimiser(i =>
        {
            var r = new Lazy<DiscreteNewsvendorResult>(() => Newsvendor.OptimizePoisson(i.D("holding_cost"), i.D("stockout_cost"), i.D("demand_mean"), i.I("lead_time", 0)));
            return new Outputs().Scalar("base_stock_level", () => r.Value.BaseStockLevel).Scalar("cost", () => r.Value.Cost);
        }),
        Evaluator(["base_stock_level"], g => Cost(() => Newsvendor.PoissonCost(g.I("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), (g.I("lead_time", 0) + 1) * g.D("demand_mean")))),
    ];

    /// <summary>Runs one case (the JSON object of <c>cases[]</c>) and fails unless the mapping interprets all of it.</summary>
    public static void Run(JsonElement root)
    {
        var id = root.Str("id");
        root.EnumerateObject().Select(p => p.Name).Where(n => !CaseFields.Contains(n, StringComparer.Ordinal)).Should()
            .BeEmpty($"case {id} has fields the mapping does not interpret");
        var model = root.Str("model");
        if (!Models.TryGetValue(model, out var calls))
        {
            throw new InvalidDataException($"Case {id}: unknown model '{model}'.");
        }

        var tolerances = new Tolerances(root.GetProperty("tolerance"), root.StringOrNull("notes"));
        var inputs = CaseInputs.FromCase(root.GetProperty("inputs"));
        var expected = root.GetProperty("expected");
        expected.ValueKind.Should().Be(JsonValueKind.Object, $"case {id}: expected is an object");
        var checker = new ExpectationChecker(tolerances);

        var optimum = expected.EnumerateObject().Where(p => !EvaluationLists.Contains(p.Name, StringComparer.Ordinal)).ToList();
        if (optimum.Count > 0)
        {
            checker.Fields(optimum, CallFixing(calls, [], id).Run(inputs), "expected", []);
        }

        foreach (var list in expected.EnumerateObject().Where(p => EvaluationLists.Contains(p.Name, StringComparer.Ordinal)))
        {
            Evaluations(calls, inputs, list, checker, id);
        }

        checker.Assertions.Should().BePositive($"case {id}: an expected object that asserts nothing fails");
        inputs.ShouldAllBeUsed(id);
        tolerances.ShouldAllBeUsed(id);
    }

    private static void Evaluations(Call[] calls, CaseInputs inputs, JsonProperty list, ExpectationChecker checker, string id)
    {
        list.Value.ValueKind.Should().Be(JsonValueKind.Array, $"case {id}: expected.{list.Name} is a list");
        list.Value.GetArrayLength().Should().BePositive($"case {id}: an empty expected.{list.Name} asserts nothing");
        var decisions = calls.SelectMany(c => c.Fixed).ToHashSet(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in list.Value.EnumerateArray())
        {
            var path = $"expected.{list.Name}[{index++}]";
            entry.TryGetProperty("given", out var given).Should().BeTrue($"case {id}: {path} has a given");
            given.ValueKind.Should().Be(JsonValueKind.Object, $"case {id}: {path}.given is an object");
            var overlay = inputs.Overlay(given);
            var fixedHere = given.EnumerateObject().Select(p => p.Name).Where(decisions.Contains).ToArray();
            var outputs = CallFixing(calls, fixedHere, id).Run(overlay);
            var fields = entry.EnumerateObject().Where(p => p.Name != "given").ToList();
            fields.Should().NotBeEmpty($"case {id}: {path} asserts nothing: an evaluation with no expected output fails");

            // Run the call first, so that a given field it does not read fails as such (not as a wrong number).
            foreach (var field in fields)
            {
                outputs.TryGet(field.Name, out _);
            }

            overlay.ShouldAllBeUsed($"{id} {path}");
            checker.Fields(fields, outputs, path, [list.Name]);
        }
    }

    private static Call CallFixing(Call[] calls, string[] fixedHere, string id) =>
        calls.SingleOrDefault(c => c.Fixed.Length == fixedHere.Length && !c.Fixed.Except(fixedHere, StringComparer.Ordinal).Any())
        ?? throw new InvalidDataException(fixedHere.Length == 0
            ? $"Case {id}: the model has no optimiser, so every evaluation must fix its decision variables."
            : $"Case {id}: the model has no call that fixes exactly [{string.Join(", ", fixedHere)}].");

    // ---- shapes shared by several models ----

    private static Call Optimiser(Func<CaseInputs, Outputs> run) => new([], run);

    private static Call Evaluator(string[] fixedVariables, Func<CaseInputs, Outputs> run) => new(fixedVariables, run);

    private static Outputs Cost(Func<double> cost) => new Outputs().Scalar("cost", cost);

    private static Outputs BaseStock(Func<NewsvendorResult> solve)
    {
        var r = new Lazy<NewsvendorResult>(solve);
        return new Outputs().Scalar("base_stock_level", () => r.Value.BaseStockLevel).Scalar("cost", () => r.Value.Cost);
    }

    private static Outputs BaseStock(Func<DiscreteNewsvendorResult> solve)
    {
        var r = new Lazy<DiscreteNewsvendorResult>(solve);
        return new Outputs().Scalar("base_stock_level", () => r.Value.BaseStockLevel).Scalar("cost", () => r.Value.Cost);
    }

    private static Outputs Rq(RqResult r) =>
        new Outputs().Scalar("reorder_point", () => r.ReorderPoint).Scalar("order_quantity", () => r.OrderQuantity).Scalar("cost", () => r.Cost);

    private static Outputs Discount(CaseInputs i, Func<double, double, double, IReadOnlyList<double>, IReadOnlyList<double>, QuantityDiscountResult> solve)
    {
        var r = new Lazy<QuantityDiscountResult>(() => solve(i.D("fixed_cost"), i.D("holding_cost_rate"), i.D("demand_rate"), i.List("breakpoints"), i.List("unit_costs")));
        return new Outputs().Scalar("order_quantity", () => r.Value.OrderQuantity).Scalar("region", () => r.Value.Region).Scalar("cost", () => r.Value.Cost);
    }

    /// <summary>First- and second-order loss values, element-wise over the input lists (a second order may not exist).</summary>
    private static Outputs Losses(Func<IEnumerable<LossValues>> first, Func<IEnumerable<LossValues>>? second, string loss, string complement, string loss2, string complement2)
    {
        var outputs = new Outputs().List(loss, () => first().Select(l => l.Loss)).List(complement, () => first().Select(l => l.Complement));
        return second is null ? outputs : outputs.List(loss2, () => second().Select(l => l.Loss)).List(complement2, () => second().Select(l => l.Complement));
    }

    /// <summary>Applies <paramref name="f"/> element-wise; each input is a list or a scalar broadcast to the first's length.</summary>
    private static IEnumerable<LossValues> Elementwise(CaseInputs i, string[] names, Func<double[], LossValues> f)
    {
        var lists = names.Select(i.List).ToArray();
        var length = lists[0].Length;
        foreach (var (list, name) in lists.Zip(names))
        {
            list.Length.Should().BeOneOf([1, length], $"input {name} is a scalar or has one entry per {names[0]}");
        }

        return Enumerable.Range(0, length).Select(k => f([.. lists.Select(l => l.Length == 1 ? l[0] : l[k])])).ToArray();
    }

    private static DiscreteDemand Pmf(CaseInputs i)
    {
        var (values, probabilities) = i.Pmf("demand_pmf");
        if (i.Has("demand_hi"))
        {
            // stockpyl's demand_hi is the top of the pmf's support; a different value is a case the mapping cannot read.
            i.I("demand_hi").Should().Be(values[^1], "demand_hi is the largest demand value of demand_pmf");
        }

        return new DiscreteDemand(values, probabilities);
    }

    private static int AsInteger(double value, string name)
    {
        value.Should().Be(Math.Round(value), $"{name} must be an integer here");
        return checked((int)value);
    }

    // ---- Wagner–Whitin and finite horizon (1-based reference lists ↔ 0-based API) ----

    private static Outputs WagnerWhitinPlan(CaseInputs i)
    {
        var plan = new Lazy<LotSizingPlan>(() =>
        {
            var periods = i.Has("num_periods") ? i.I("num_periods") : i.List("demand").Length;
            return WagnerWhitin.Solve(
                i.PerPeriod("demand", periods),
                i.PerPeriod("fixed_cost", periods),
                i.PerPeriod("holding_cost", periods),
                i.Has("purchase_cost") ? i.PerPeriod("purchase_cost", periods) : null);
        });

        // stockpyl: index 0 is a dummy 0; index t (1-based) is period t−1 here; next periods are 1-based (T+1 = end).
        return new Outputs()
            .List("order_quantities", () => [0, .. plan.Value.OrderQuantities])
            .List("next_order_periods", () => [0, .. plan.Value.NextOrderPeriods.Select(s => (double)(s + 1))])
            .Scalar("cost", () => plan.Value.Cost);
    }

    private static FiniteHorizonProblem Problem(CaseInputs i)
    {
        var t = i.I("num_periods");
        return new FiniteHorizonProblem(t)
        {
            HoldingCost = i.PerPeriod("holding_cost", t),
            StockoutCost = i.PerPeriod("stockout_cost", t),
            PurchaseCost = i.PerPeriod("purchase_cost", t),
            FixedCost = i.PerPeriod("fixed_cost", t),
            DemandMean = i.PerPeriod("demand_mean", t),
            DemandStandardDeviation = i.PerPeriod("demand_sd", t),
            DiscountFactor = i.Has("discount_factor") ? i.PerPeriod("discount_factor", t) : [1.0],
            TerminalHoldingCost = i.D("terminal_holding_cost"),
            TerminalStockoutCost = i.D("terminal_stockout_cost"),
        };
    }

    private static Outputs FiniteHorizonDp(CaseInputs i)
    {
        var result = new Lazy<FiniteHorizonResult>(() => FiniteHorizon.Solve(Problem(i), i.I("initial_inventory_level", 0)));

        // Expected lists hold periods 1..T (no dummy): position k is period k here.
        return new Outputs()
            .List("reorder_points", () => result.Value.ReorderPoints.Select(s => (double)s))
            .List("order_up_to_levels", () => result.Value.OrderUpToLevels.Select(s => (double)s))
            .Scalar("total_cost", () => result.Value.TotalCost)
            .Nested("x_range", () => new Outputs().Scalar("min", () => result.Value.StateMin).Scalar("max", () => result.Value.StateMax));
    }

    private static Outputs MyopicBounds(CaseInputs i)
    {
        var variants = i.Raw("variants");
        variants.ValueKind.Should().Be(JsonValueKind.Array, "variants is a list of named problems");
        var outputs = new Outputs();
        foreach (var variant in variants.EnumerateArray())
        {
            var name = variant.Str("name");
            outputs.Nested(name, () =>
            {
                var v = CaseInputs.FromObject(variant, null, $"variant {name}", "name");
                var bounds = FiniteHorizon.MyopicBounds(Problem(v));
                v.ShouldAllBeUsed(name);

                // stockpyl: T+1 entries with a dummy 0 at index 0.
                return new Outputs()
                    .List("S_underbar", () => [0, .. bounds.OrderUpToLevelLower])
                    .List("S_overbar", () => [0, .. bounds.OrderUpToLevelUpper])
                    .List("s_underbar", () => [0, .. bounds.ReorderPointLower])
                    .List("s_overbar", () => [0, .. bounds.ReorderPointUpper]);
            });
        }

        return outputs;
    }

    /// <summary>One library call of a model: the decision variables it takes as given, and what it produces.</summary>
    /// <param name="Fixed">The decision variables a <c>given</c> must name for this call (none: the optimiser).</param>
    /// <param name="Run">Runs the call on the (overridden) inputs.</param>
    private sealed record Call(string[] Fixed, Func<CaseInputs, Outputs> Run);
}
