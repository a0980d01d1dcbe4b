using System.Text.Json;
using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// Drives the public API from <c>inventory-theory/cases.json</c> (Snyder &amp; Shen worked examples, values checked
/// against stockpyl): one mapping per <c>model</c>, never per id. Every input must be read and every expected field
/// asserted with the case's tolerance rule; an unknown model or field fails. stockpyl's 1-based period lists are
/// converted to the 0-based API here and nowhere else.
/// </summary>
public sealed class InventoryTheoryReferenceTests
{
    public static TheoryData<ReferenceCase> Cases => ReferenceCases.InventoryTheory();

    [Theory, Trait("Family", "inventory-theory"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c)
    {
        c.ShouldOnlyHaveFields("model", "inputs", "expected", "notes");
        var root = c.Root;
        var inputs = CaseInputs.FromCase(root.GetProperty("inputs"));
        var expected = new CaseExpectations(root.GetProperty("expected"), new Tolerances(root.GetProperty("tolerance")), "expected");
        var model = root.GetProperty("model").GetString();
        Action<CaseInputs, CaseExpectations> map = model switch
        {
            "eoq" => Eoq,
            "eoq_with_backorders" => EoqWithBackorders,
            "economic_production_quantity" => Epq,
            "eoq_all_units_discount" => (i, e) => Discount(i, e, EconomicOrderQuantity.OptimizeAllUnitsDiscount),
            "eoq_incremental_discount" => (i, e) => Discount(i, e, EconomicOrderQuantity.OptimizeIncrementalDiscount),
            "joint_replenishment_silver_heuristic" => JointReplenishment,
            "loss_function_standard_normal" => StandardNormalLoss,
            "loss_function_normal" => NormalLoss,
            "loss_function_poisson" => PoissonLoss,
            "loss_function_lognormal" => LognormalLoss,
            "newsvendor_normal" or "base_stock_normal_periodic_review" => NewsvendorNormal,
            "newsvendor_poisson" or "base_stock_poisson_periodic_review" => NewsvendorPoisson,
            "newsvendor_discrete" => NewsvendorDiscrete,
            "newsvendor_continuous" => NewsvendorContinuous,
            "newsvendor_explicit_normal" => ExplicitNormal,
            "newsvendor_explicit_poisson" => ExplicitPoisson,
            "myopic_base_stock" => Myopic,
            "rq_normal" => RqNormal,
            "rq_poisson" => RqPoisson,
            "ss_discrete_exact" => SsExact,
            "ss_power_approximation" => SsPower,
            "wagner_whitin" => WagnerWhitinPlan,
            "finite_horizon_dp" => FiniteHorizonDp,
            "finite_horizon_myopic_bounds" => MyopicBounds,
            _ => throw new InvalidDataException($"Case {c.Id}: unknown model '{model}'."),
        };

        map(inputs, expected);

        expected.ShouldAllBeUsed();
        inputs.ShouldAllBeUsed(c.Id);
    }

    // ---- EOQ family (per year, purchase cost excluded except for discounts) ----

    private static void Eoq(CaseInputs i, CaseExpectations e)
    {
        var result = EconomicOrderQuantity.Optimize(i.D("fixed_cost"), i.D("holding_cost"), i.D("demand_rate"));
        e.Number("order_quantity", result.OrderQuantity);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", EconomicOrderQuantity.Cost(g.D("order_quantity"), g.D("fixed_cost"), g.D("holding_cost"), g.D("demand_rate"))));
    }

    private static void EoqWithBackorders(CaseInputs i, CaseExpectations e)
    {
        var result = EconomicOrderQuantity.OptimizeWithBackorders(i.D("fixed_cost"), i.D("holding_cost"), i.D("stockout_cost"), i.D("demand_rate"));
        e.Number("order_quantity", result.OrderQuantity);
        e.Number("stockout_fraction", result.StockoutFraction);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", EconomicOrderQuantity.CostWithBackorders(g.D("order_quantity"), g.D("stockout_fraction"), g.D("fixed_cost"), g.D("holding_cost"), g.D("stockout_cost"), g.D("demand_rate"))));
    }

    private static void Epq(CaseInputs i, CaseExpectations e)
    {
        var result = EconomicOrderQuantity.OptimizeProductionQuantity(i.D("fixed_cost"), i.D("holding_cost"), i.D("demand_rate"), i.D("production_rate"));
        e.Number("order_quantity", result.OrderQuantity);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", EconomicOrderQuantity.ProductionQuantityCost(g.D("order_quantity"), g.D("fixed_cost"), g.D("holding_cost"), g.D("demand_rate"), g.D("production_rate"))));
    }

    private static void Discount(CaseInputs i, CaseExpectations e, Func<double, double, double, IReadOnlyList<double>, IReadOnlyList<double>, QuantityDiscountResult> solve)
    {
        var result = solve(i.D("fixed_cost"), i.D("holding_cost_rate"), i.D("demand_rate"), i.List("breakpoints"), i.List("unit_costs"));
        e.Number("order_quantity", result.OrderQuantity);
        e.Number("region", result.Region);
        e.Number("cost", result.Cost);
    }

    private static void JointReplenishment(CaseInputs i, CaseExpectations e)
    {
        var result = EconomicOrderQuantity.JointReplenishment(i.D("shared_fixed_cost"), i.List("individual_fixed_costs"), i.List("holding_costs"), i.List("demand_rates"));
        e.Numbers("order_quantities", result.OrderQuantities);
        e.Number("base_cycle_time", result.BaseCycleTime);
        e.Numbers("order_multiples", result.OrderMultiples.Select(m => (double)m).ToArray());
        e.Number("cost", result.Cost);
    }

    // ---- Loss functions (element-wise over the input lists) ----

    private static void StandardNormalLoss(CaseInputs i, CaseExpectations e)
    {
        var z = i.List("z");
        var first = z.Select(LossFunctions.StandardNormal).ToArray();
        var second = z.Select(LossFunctions.StandardNormalSecondOrder).ToArray();
        Optional(e, "L", first.Select(l => l.Loss));
        Optional(e, "L_bar", first.Select(l => l.Complement));
        Optional(e, "L2", second.Select(l => l.Loss));
        Optional(e, "L2_bar", second.Select(l => l.Complement));
    }

    private static void NormalLoss(CaseInputs i, CaseExpectations e)
    {
        var x = i.List("x");
        var mean = Broadcast(i.List("mean"), x.Length);
        var sd = Broadcast(i.List("sd"), x.Length);
        var first = x.Select((v, k) => LossFunctions.Normal(v, mean[k], sd[k])).ToArray();
        var second = x.Select((v, k) => LossFunctions.NormalSecondOrder(v, mean[k], sd[k])).ToArray();
        Optional(e, "n", first.Select(l => l.Loss));
        Optional(e, "n_bar", first.Select(l => l.Complement));
        Optional(e, "n2", second.Select(l => l.Loss));
        Optional(e, "n2_bar", second.Select(l => l.Complement));
    }

    private static void PoissonLoss(CaseInputs i, CaseExpectations e)
    {
        var x = i.List("x");
        var mean = Broadcast(i.List("mean"), x.Length);
        var loss = x.Select((v, k) => LossFunctions.Poisson(AsInteger(v), mean[k])).ToArray();
        var second = x.Select((v, k) => LossFunctions.PoissonSecondOrder(AsInteger(v), mean[k])).ToArray();
        Optional(e, "n", loss.Select(l => l.Loss));
        Optional(e, "n_bar", loss.Select(l => l.Complement));
        Optional(e, "n2", second.Select(l => l.Loss));
        Optional(e, "n2_bar", second.Select(l => l.Complement));
    }

    private static void LognormalLoss(CaseInputs i, CaseExpectations e)
    {
        var x = i.List("x");
        var mu = Broadcast(i.List("mu"), x.Length);
        var sigma = Broadcast(i.List("sigma"), x.Length);
        var loss = x.Select((v, k) => LossFunctions.Lognormal(v, mu[k], sigma[k])).ToArray();
        Optional(e, "n", loss.Select(l => l.Loss));
        Optional(e, "n_bar", loss.Select(l => l.Complement));
    }

    // ---- Newsvendor / base stock (per period, protection interval L + 1) ----

    private static void NewsvendorNormal(CaseInputs i, CaseExpectations e)
    {
        var result = Newsvendor.OptimizeNormal(i.D("holding_cost"), i.D("stockout_cost"), i.D("demand_mean"), i.D("demand_sd"), i.I("lead_time", 0));
        e.Number("base_stock_level", result.BaseStockLevel);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", Newsvendor.NormalCost(g.D("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("demand_mean"), g.D("demand_sd"), g.I("lead_time", 0))));
    }

    private static void NewsvendorPoisson(CaseInputs i, CaseExpectations e)
    {
        var result = Newsvendor.OptimizePoisson(i.D("holding_cost"), i.D("stockout_cost"), i.D("demand_mean"), i.I("lead_time", 0));
        e.Number("base_stock_level", result.BaseStockLevel);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", Newsvendor.PoissonCost(g.I("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), (g.I("lead_time", 0) + 1) * g.D("demand_mean"))));
    }

    private static void NewsvendorDiscrete(CaseInputs i, CaseExpectations e)
    {
        if (!i.Has("demand_pmf"))
        {
            // stockpyl's newsvendor_discrete with a scipy Poisson distribution instead of an explicit pmf.
            NewsvendorPoisson(i, e);
            return;
        }

        var (values, probabilities) = i.Pmf("demand_pmf");
        var demand = new DiscreteDemand(values, probabilities);
        var result = Newsvendor.OptimizeDiscrete(i.D("holding_cost"), i.D("stockout_cost"), demand);
        e.Number("base_stock_level", result.BaseStockLevel);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", Newsvendor.DiscreteCost(g.I("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), demand)));
    }

    private static void NewsvendorContinuous(CaseInputs i, CaseExpectations e)
    {
        // Lognormal (mu, sigma of ln D), or normal (demand_mean, demand_sd) through the generic continuous path.
        if (i.Has("mu"))
        {
            var result = Newsvendor.OptimizeLognormal(i.D("holding_cost"), i.D("stockout_cost"), i.D("mu"), i.D("sigma"));
            e.Number("base_stock_level", result.BaseStockLevel);
            e.Number("cost", result.Cost);
            Evaluations(e, i, "evaluations", (g, out_) =>
                out_.Number("cost", Newsvendor.LognormalCost(g.D("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("mu"), g.D("sigma"))));
        }
        else
        {
            NewsvendorNormal(i, e);
        }
    }

    private static void ExplicitNormal(CaseInputs i, CaseExpectations e)
    {
        var result = Newsvendor.OptimizeProfitNormal(i.D("revenue"), i.D("purchase_cost"), i.D("salvage_value"), i.D("demand_mean"), i.D("demand_sd"), i.D("holding_cost", 0), i.D("stockout_cost", 0), i.I("lead_time", 0));
        e.Number("base_stock_level", result.BaseStockLevel);
        e.Number("profit", result.Profit);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("profit", Newsvendor.ProfitNormal(g.D("base_stock_level"), g.D("revenue"), g.D("purchase_cost"), g.D("salvage_value"), g.D("demand_mean"), g.D("demand_sd"), g.D("holding_cost", 0), g.D("stockout_cost", 0), g.I("lead_time", 0))));
    }

    private static void ExplicitPoisson(CaseInputs i, CaseExpectations e)
    {
        var result = Newsvendor.OptimizeProfitPoisson(i.D("revenue"), i.D("purchase_cost"), i.D("salvage_value"), i.D("demand_mean"), i.D("holding_cost", 0), i.D("stockout_cost", 0), i.I("lead_time", 0));
        e.Number("base_stock_level", result.BaseStockLevel);
        e.Number("profit", result.Profit);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("profit", Newsvendor.ProfitPoisson(g.I("base_stock_level"), g.D("revenue"), g.D("purchase_cost"), g.D("salvage_value"), g.D("demand_mean"), g.D("holding_cost", 0), g.D("stockout_cost", 0), g.I("lead_time", 0))));
    }

    private static void Myopic(CaseInputs i, CaseExpectations e)
    {
        var result = Newsvendor.OptimizeMyopic(i.D("holding_cost"), i.D("stockout_cost"), i.D("purchase_cost"), i.D("purchase_cost_next_per"), i.D("demand_mean"), i.D("demand_sd"), i.D("discount_factor", 1));
        e.Number("base_stock_level", result.BaseStockLevel);
        e.Number("cost", result.Cost);
        Evaluations(e, i, "evaluations", (g, out_) =>
            out_.Number("cost", Newsvendor.MyopicCost(g.D("base_stock_level"), g.D("holding_cost"), g.D("stockout_cost"), g.D("purchase_cost"), g.D("purchase_cost_next_per"), g.D("demand_mean"), g.D("demand_sd"), g.D("discount_factor", 1))));
    }

    // ---- (r, Q) (per year, lead time in years, lead-time demand over L) ----

    private static void RqNormal(CaseInputs i, CaseExpectations e)
    {
        double h = i.D("holding_cost"), p = i.D("stockout_cost"), k = i.D("fixed_cost"), lambda = i.D("demand_mean"), sd = i.D("demand_sd"), l = i.D("lead_time");
        var assertedAny = false;
        if (e.Has("cost_evaluations"))
        {
            assertedAny = true;
            Evaluations(e, i, "cost_evaluations", (g, out_) =>
                out_.Number("cost", ReorderPointQuantity.Cost(g.D("reorder_point"), g.D("order_quantity"), g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), g.D("demand_mean"), g.D("demand_sd"), g.D("lead_time"))));
        }

        if (e.Has("r_for_Q"))
        {
            assertedAny = true;
            Evaluations(e, i, "r_for_Q", (g, out_) =>
                out_.Number("reorder_point", ReorderPointQuantity.OptimalReorderPoint(g.D("order_quantity"), g.D("holding_cost"), g.D("stockout_cost"), g.D("demand_mean"), g.D("demand_sd"), g.D("lead_time"), g.D("tol", 1e-6))));
        }

        var approximations = new (string Name, Func<RqResult> Solve, bool CostIsExact)[]
        {
            ("eil_approximation", () => ReorderPointQuantity.EilApproximation(h, p, k, lambda, sd, l), false),
            ("eoqb_approximation", () => ReorderPointQuantity.EoqbApproximation(h, p, k, lambda, sd, l), true),
            ("eoqss_approximation", () => ReorderPointQuantity.EoqSafetyStockApproximation(h, p, k, lambda, sd, l), true),
            ("loss_function_approximation", () => ReorderPointQuantity.LossFunctionApproximation(h, p, k, lambda, sd, l), true),
        };
        foreach (var (name, solve, _) in approximations.Where(a => e.Has(a.Name)))
        {
            assertedAny = true;
            var result = solve();
            var part = e.Object(name);
            part.Number("reorder_point", result.ReorderPoint);
            part.Number("order_quantity", result.OrderQuantity);
            part.NumberIfPresent("cost", result.Cost);
            part.ShouldAllBeUsed();
        }

        assertedAny.Should().BeTrue("an rq_normal case must assert something");
    }

    private static void RqPoisson(CaseInputs i, CaseExpectations e)
    {
        var result = ReorderPointQuantity.OptimizePoisson(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), i.D("demand_mean"), i.D("lead_time"));
        e.NumberIfPresent("reorder_point", result.ReorderPoint);
        e.NumberIfPresent("order_quantity", result.OrderQuantity);
        e.NumberIfPresent("cost", result.Cost);
        Evaluations(e, i, "cost_evaluations", (g, out_) =>
            out_.Number("cost", ReorderPointQuantity.PoissonCost(g.I("reorder_point"), g.I("order_quantity"), g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), g.D("demand_mean"), g.D("lead_time"))));
    }

    // ---- (s, S) (per period, zero lead time) ----

    private static void SsExact(CaseInputs i, CaseExpectations e)
    {
        double h = i.D("holding_cost"), p = i.D("stockout_cost"), k = i.D("fixed_cost");
        DiscreteDemand? demand = null;
        double[] means = [0];
        if (i.Has("demand_pmf"))
        {
            var (values, probabilities) = i.Pmf("demand_pmf");
            demand = new DiscreteDemand(values, probabilities);
            _ = i.Has("demand_hi") ? i.I("demand_hi") : 0;
        }
        else
        {
            // One Poisson mean, or a table of means (e.g. Zheng and Federgruen's) with element-wise expected lists.
            means = i.List("demand_mean");
        }

        if (e.Has("reorder_point") || e.Has("order_up_to_level") || e.Has("cost"))
        {
            var results = means.Select(mean => demand is null ? PeriodicReviewSs.OptimizePoisson(h, p, k, mean) : PeriodicReviewSs.OptimizeDiscrete(h, p, k, demand)).ToArray();
            Optional(e, "reorder_point", results.Select(r => (double)r.ReorderPoint));
            Optional(e, "order_up_to_level", results.Select(r => (double)r.OrderUpToLevel));
            Optional(e, "cost", results.Select(r => r.Cost));
        }

        Evaluations(e, i, "cost_evaluations", (g, out_) =>
        {
            int s = g.I("reorder_point"), bigS = g.I("order_up_to_level");
            out_.Number("cost", demand is null
                ? PeriodicReviewSs.PoissonCost(s, bigS, g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), g.D("demand_mean"))
                : PeriodicReviewSs.DiscreteCost(s, bigS, g.D("holding_cost"), g.D("stockout_cost"), g.D("fixed_cost"), demand));
        });
    }

    private static void SsPower(CaseInputs i, CaseExpectations e)
    {
        var result = PeriodicReviewSs.PowerApproximation(i.D("holding_cost"), i.D("stockout_cost"), i.D("fixed_cost"), i.D("demand_mean"), i.D("demand_sd"));
        e.Number("reorder_point", result.ReorderPoint);
        e.Number("order_up_to_level", result.OrderUpToLevel);
    }

    // ---- Wagner–Whitin (1-based reference lists ↔ 0-based API) ----

    private static void WagnerWhitinPlan(CaseInputs i, CaseExpectations e)
    {
        var periods = i.Has("num_periods") ? i.I("num_periods") : i.List("demand").Length;
        var demand = i.PerPeriod("demand", periods);
        var plan = WagnerWhitin.Solve(demand, i.PerPeriod("fixed_cost", periods), i.PerPeriod("holding_cost", periods), i.Has("purchase_cost") ? i.PerPeriod("purchase_cost", periods) : null);
        // stockpyl: index 0 is a dummy 0; index t (1-based) is period t−1 here; next periods are 1-based (T+1 = end).
        e.Numbers("order_quantities", [0, .. plan.OrderQuantities]);
        e.Numbers("next_order_periods", [0, .. plan.NextOrderPeriods.Select(s => (double)(s + 1))]);
        e.Number("cost", plan.Cost);
    }

    // ---- Finite horizon ----

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

    private static void FiniteHorizonDp(CaseInputs i, CaseExpectations e)
    {
        var result = FiniteHorizon.Solve(Problem(i), i.I("initial_inventory_level", 0));
        // Expected lists hold periods 1..T (no dummy): position k is period k here.
        Optional(e, "reorder_points", result.ReorderPoints.Select(s => (double)s));
        Optional(e, "order_up_to_levels", result.OrderUpToLevels.Select(s => (double)s));
        e.NumberIfPresent("total_cost", result.TotalCost);
        if (e.Has("x_range"))
        {
            var range = e.Object("x_range");
            range.Number("min", result.StateMin);
            range.Number("max", result.StateMax);
            range.ShouldAllBeUsed();
        }
    }

    private static void MyopicBounds(CaseInputs i, CaseExpectations e)
    {
        var variants = i.Raw("variants");
        variants.ValueKind.Should().Be(JsonValueKind.Array);
        foreach (var variant in variants.EnumerateArray())
        {
            var name = variant.GetProperty("name").GetString()!;
            var v = CaseInputs.FromObject(variant, null, $"variant {name}", "name");
            var bounds = FiniteHorizon.MyopicBounds(Problem(v));
            v.ShouldAllBeUsed(name);
            var part = e.Object(name);
            // stockpyl: T+1 entries with a dummy 0 at index 0.
            part.Numbers("S_underbar", [0, .. bounds.OrderUpToLevelLower]);
            part.Numbers("S_overbar", [0, .. bounds.OrderUpToLevelUpper]);
            part.Numbers("s_underbar", [0, .. bounds.ReorderPointLower]);
            part.Numbers("s_overbar", [0, .. bounds.ReorderPointUpper]);
            part.ShouldAllBeUsed();
        }
    }

    // ---- helpers ----

    private static void Evaluations(CaseExpectations e, CaseInputs inputs, string name, Action<CaseInputs, CaseExpectations> evaluate)
    {
        if (!e.Has(name))
        {
            return;
        }

        e.Each(name, (given, outputs) =>
        {
            var overlay = inputs.Overlay(given);
            evaluate(overlay, outputs);
            overlay.ShouldAllBeUsed(name);
        });
    }

    private static void Optional(CaseExpectations e, string name, IEnumerable<double> actual)
    {
        if (e.Has(name))
        {
            e.Numbers(name, actual.ToArray());
        }
    }

    private static double[] Broadcast(double[] values, int length) =>
        values.Length == 1 ? Enumerable.Repeat(values[0], length).ToArray() : values;

    private static int AsInteger(double value)
    {
        value.Should().Be(Math.Round(value), "a Poisson loss point must be an integer");
        return checked((int)value);
    }
}
