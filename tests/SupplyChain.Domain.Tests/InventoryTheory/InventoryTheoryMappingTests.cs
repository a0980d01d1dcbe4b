using System.Text.Json;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// Meta-tests of <see cref="InventoryTheoryMapping"/>: deliberately malformed synthetic cases (in-memory JSON, same
/// schema as <c>cases.json</c>) must fail, and schema combinations the sample file does not contain must be mapped.
/// Expected values of the passing cases are worked by hand in the comments, never taken from the library.
/// </summary>
public sealed class InventoryTheoryMappingTests
{
    private const string Places7 = """{"default": {"kind": "places", "places": 7}}""";

    // Example 3.1: K = 8, h = 0.225, λ = 1300 → Q* = √(2Kλ/h) = √92444.4… = 304.0467800264368 (the reference value).
    private const string EoqInputs = """
        {"fixed_cost": {"value": 8, "unit": "$"}, "holding_cost": {"value": 0.225, "unit": "$/unit/yr"}, "demand_rate": {"value": 1300, "unit": "units/yr"}}
        """;

    // Example 4.3 data: μ = 50, σ = 8, h = 0.18, p = 0.7.
    private const string NewsvendorInputs = """
        {"holding_cost": {"value": 0.18}, "stockout_cost": {"value": 0.7}, "demand_mean": {"value": 50}, "demand_sd": {"value": 8}, "lead_time": {"value": 0}}
        """;

    // ---- strictness: each of these must fail, for the stated reason ----

    [Fact]
    public void A_lone_wrong_field_fails()
    {
        // The only assertion is the cost, and it is wrong (68.5 ≠ √(2Kλh) = 68.4105…).
        Run(Case("eoq", EoqInputs, """{"cost": 68.5}""")).Should().Throw<Exception>().WithMessage("*expected.cost*");
    }

    [Fact]
    public void A_lone_right_field_passes()
    {
        // Same case with the right cost: hQ* = 0.225 × 304.0467800264368 = 68.41052550594828.
        Run(Case("eoq", EoqInputs, """{"cost": 68.41052550594828}""")).Should().NotThrow();
    }

    [Fact]
    public void An_unknown_expected_field_fails() =>
        Run(Case("eoq", EoqInputs, """{"cost": 68.41052550594828, "reorder_point": 3}"""))
            .Should().Throw<Exception>().WithMessage("*expected.reorder_point must be an output*");

    [Fact]
    public void An_unknown_field_in_an_input_fails() =>
        Run(Case("eoq", EoqInputs.Replace("\"unit\": \"$\"", "\"unit\": \"$\", \"scale\": 100", StringComparison.Ordinal), """{"cost": 68.41052550594828}"""))
            .Should().Throw<Exception>().WithMessage("*fixed_cost has only a value and a unit*");

    [Fact]
    public void An_input_without_value_fails() =>
        Run(Case("eoq", """{"fixed_cost": 8, "holding_cost": {"value": 0.225}, "demand_rate": {"value": 1300}}""", """{"cost": 68.41052550594828}"""))
            .Should().Throw<Exception>().WithMessage("*fixed_cost must be {value, unit}*");

    [Fact]
    public void An_unknown_field_in_a_nested_expected_object_fails() =>
        Run(Case("rq_normal", RqInputs, """{"eoqss_approximation": {"reorder_point": 190.3369965715624, "safety_stock": 82}}"""))
            .Should().Throw<Exception>().WithMessage("*eoqss_approximation.safety_stock must be an output*");

    [Fact]
    public void An_unknown_field_in_an_evaluation_fails() =>
        Run(Case("eoq", EoqInputs, """{"evaluations": [{"given": {"order_quantity": 250}, "cost": 69.725, "profit": 1}]}"""))
            .Should().Throw<Exception>().WithMessage("*evaluations[0].profit must be an output*");

    [Fact]
    public void An_unknown_field_in_a_given_fails() =>
        Run(Case("eoq", EoqInputs, """{"evaluations": [{"given": {"order_quantity": 250, "colour": 1}, "cost": 69.725}]}"""))
            .Should().Throw<Exception>().WithMessage("*every given field must be interpreted*");

    [Fact]
    public void An_unknown_field_in_a_tolerance_rule_fails() =>
        Run(Case("eoq", EoqInputs, """{"cost": 68.41052550594828}""", """{"default": {"kind": "places", "places": 7, "digits": 3}}"""))
            .Should().Throw<Exception>().WithMessage("*'places' tolerance has only these fields*");

    [Fact]
    public void A_tolerance_override_of_a_field_not_asserted_fails() =>
        Run(Case("eoq", EoqInputs, """{"cost": 68.41052550594828}""", """{"default": {"kind": "places", "places": 7}, "overrides": {"order_qty": {"kind": "exact"}}}"""))
            .Should().Throw<Exception>().WithMessage("*every tolerance override must name*");

    [Fact]
    public void An_unknown_case_field_fails() =>
        Run(Case("eoq", EoqInputs, """{"cost": 68.41052550594828}""", extra: "\"expected_refusal\": \"x\""))
            .Should().Throw<Exception>().WithMessage("*has fields the mapping does not interpret*");

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"evaluations": []}""")]
    [InlineData("""{"evaluations": [{"given": {"order_quantity": 250}}]}""")]
    public void An_expected_that_asserts_nothing_fails(string expected) =>
        Run(Case("eoq", EoqInputs, expected)).Should().Throw<Exception>().WithMessage("*asserts nothing*");

    [Fact]
    public void An_empty_nested_expected_object_fails() =>
        Run(Case("rq_normal", RqInputs, """{"eoqss_approximation": {}}""")).Should().Throw<Exception>().WithMessage("*eoqss_approximation asserts nothing*");

    [Fact]
    public void Exact_is_equality_when_the_case_does_not_relax_it()
    {
        // Q* = 304.0467800264368 (reference); 304.04678002646716 is 1e-13 relative above it: equal to 7 places, not
        // equal exactly.
        Run(Case("eoq", EoqInputs, """{"order_quantity": 304.04678002646716}""", """{"default": {"kind": "exact"}}"""))
            .Should().Throw<Exception>().WithMessage("*order_quantity: exact*");
    }

    [Fact]
    public void Exact_is_relaxed_for_floats_only_where_the_notes_say_so()
    {
        const string notes = "The Python test uses exact float equality; in C# use a ~1e-12 relative tolerance for the floats.";
        Run(Case("eoq", EoqInputs, """{"order_quantity": 304.04678002646716}""", """{"default": {"kind": "exact"}}""", notes)).Should().NotThrow();

        // The relaxation is relative 1e-12, not more: 1e-11 relative off (304.0467800264672… + 3e-9) still fails.
        Run(Case("eoq", EoqInputs, """{"order_quantity": 304.0467800294773}""", """{"default": {"kind": "exact"}}""", notes))
            .Should().Throw<Exception>().WithMessage("*relative tolerance from the case's notes*");
    }

    [Fact]
    public void An_unknown_model_fails() =>
        Run(Case("eoq_quantum", EoqInputs, """{"cost": 1}""")).Should().Throw<InvalidDataException>().WithMessage("*unknown model 'eoq_quantum'*");

    [Fact]
    public void A_given_fixing_only_part_of_the_decision_fails()
    {
        // README §3: EOQ with backorders takes both Q and x, or neither.
        const string inputs = """{"fixed_cost": {"value": 8}, "holding_cost": {"value": 0.225}, "stockout_cost": {"value": 5}, "demand_rate": {"value": 1300}}""";
        Run(Case("eoq_with_backorders", inputs, """{"evaluations": [{"given": {"order_quantity": 300}, "cost": 1}]}"""))
            .Should().Throw<InvalidDataException>().WithMessage("*no call that fixes exactly [order_quantity]*");
    }

    [Fact]
    public void An_evaluation_of_a_model_without_evaluator_fails() =>
        Run(Case("eoq_all_units_discount", """{"fixed_cost": {"value": 8}, "holding_cost_rate": {"value": 0.3}, "demand_rate": {"value": 1300}, "breakpoints": {"value": [0, 400]}, "unit_costs": {"value": [0.75, 0.72]}}""",
                """{"evaluations": [{"given": {"order_quantity": 400}, "cost": 1}]}"""))
            .Should().Throw<Exception>().WithMessage("*every given field must be interpreted*order_quantity*");

    // ---- schema combinations the sample file does not contain ----

    [Fact]
    public void A_given_that_overrides_a_cost_parameter_reoptimises()
    {
        // Doubling h to 0.45: Q* = √(2·8·1300/0.45) = √46222.2… = 214.99353995…, g* = √(2·8·1300·0.45) = √9360 =
        // 96.74709298…; the second entry asserts the lone decision.
        Run(Case("eoq", EoqInputs, """
            {"evaluations": [
              {"given": {"holding_cost": 0.45}, "order_quantity": 214.99353995, "cost": 96.74709298},
              {"given": {"holding_cost": 0.45}, "order_quantity": 214.99353995}
            ]}
            """)).Should().NotThrow();

        // The same with a wrong re-optimised decision (the old Q*) must fail.
        Run(Case("eoq", EoqInputs, """{"evaluations": [{"given": {"holding_cost": 0.45}, "order_quantity": 304.0467800264368}]}"""))
            .Should().Throw<Exception>().WithMessage("*evaluations[0].order_quantity*");
    }

    [Fact]
    public void A_newsvendor_given_that_overrides_a_cost_parameter_reoptimises_with_the_cases_tolerance_override()
    {
        // h = p = 0.7: α = 0.7/1.4 = 0.5, Φ⁻¹(0.5) = 0, so S* = μ = 50 exactly and
        // g* = (h + p)σφ(0) = 1.4 × 8 × 0.3989422804014327 = 4.468153540496046. base_stock_level is "exact" by override.
        Run(Case("newsvendor_normal", NewsvendorInputs, """
            {"evaluations": [{"given": {"holding_cost": 0.7}, "base_stock_level": 50, "cost": 4.468153540496046}]}
            """, """{"default": {"kind": "places", "places": 7}, "overrides": {"base_stock_level": {"kind": "exact"}}}""")).Should().NotThrow();
    }

    [Fact]
    public void Wagner_whitin_with_zero_demand_periods_and_purchase_cost()
    {
        // Demand 0, 90, 0, 70; K = 500, h = 2, c = 3; cost lists in stockpyl's (T+1) form with a dummy index 0.
        // θ(5) = 0. θ(4) = 500 (order 70). θ(3): s = 4 → 0 + θ(4) = 500 (no K for zero demand), s = 5 → 500 + 2·70 =
        // 640 → 500, next 4. θ(2): s = 3 → 500 + 500, s = 4 → 500 + 0 + 500 (tie, kept shorter), s = 5 → 500 + 2·2·70
        // = 780 → 780, next 5. θ(1): s = 2 → 0 + 780 = 780; longer covers add K + 2·90 first → 780, next 2.
        // Orders: walk 1 → 2 (quantity 0, no order), 2 → 5 (quantity 90 + 0 + 70 = 160). Purchase 3 × 160 = 480 is
        // charged on every plan alike, so the cost is 780 + 480 = 1260.
        Run(Case("wagner_whitin", """
            {"num_periods": {"value": 4}, "demand": {"value": [0, 90, 0, 70]}, "fixed_cost": {"value": [0, 500, 500, 500, 500]},
             "holding_cost": {"value": 2}, "purchase_cost": {"value": [3, 3, 3, 3]}}
            """, """{"order_quantities": [0, 0, 160, 0, 0], "next_order_periods": [0, 2, 5, 4, 5], "cost": 1260}""",
            """{"default": {"kind": "exact"}}""")).Should().NotThrow();
    }

    [Fact]
    public void Wagner_whitin_with_all_zero_demand_orders_nothing_and_costs_nothing()
    {
        // Every cover costs 0 (no K for zero demand, nothing held), and ties keep the shortest cover: s_t = t + 1.
        Run(Case("wagner_whitin", """{"demand": {"value": [0, 0, 0]}, "fixed_cost": {"value": 500}, "holding_cost": {"value": 2}}""",
            """{"order_quantities": [0, 0, 0, 0], "next_order_periods": [0, 2, 3, 4], "cost": 0}""", """{"default": {"kind": "exact"}}"""))
            .Should().NotThrow();
    }

    [Fact]
    public void Ss_exact_with_an_explicit_pmf_and_demand_hi()
    {
        // Demand is 1 every period (pmf [0, 1], demand_hi 1), h = 1, p = 4, K = 5. Then m(j) = 1 and M(j) = j, and
        // g(y) = h(y − 1) for y ≥ 1, p(1 − y) below. g(s, S) = [K + Σ_(d=0)^(S−s−1) g(S − d)]/(S − s); with s = 0 and
        // Q = S: (5 + Q(Q − 1)/2)/Q = 5/Q + (Q − 1)/2, least at Q = 3: 5/3 + 1 = 8/3 = 2.6666…; s = −1 adds g(0) = 4 to
        // every cover and is worse. Evaluation (s, S) = (0, 4): 5/4 + 3/2 = 2.75.
        Run(Case("ss_discrete_exact", """
            {"holding_cost": {"value": 1}, "stockout_cost": {"value": 4}, "fixed_cost": {"value": 5}, "demand_pmf": {"value": [0, 1]}, "demand_hi": {"value": 1}}
            """, """
            {"reorder_point": 0, "order_up_to_level": 3, "cost": 2.6666666666666665,
             "cost_evaluations": [{"given": {"reorder_point": 0, "order_up_to_level": 4}, "cost": 2.75}]}
            """)).Should().NotThrow();
    }

    [Fact]
    public void Newsvendor_variants_without_their_own_distribution_use_the_normal_and_poisson_paths()
    {
        // newsvendor_continuous with demand_mean/demand_sd (no mu/sigma) is the normal newsvendor: h = p = 0.7 gives
        // α = 0.5, S* = μ = 50 and g* = (h + p)σφ(0) = 1.4 × 8 × 0.3989422804014327 = 4.468153540496046.
        const string normal = """{"holding_cost": {"value": 0.7}, "stockout_cost": {"value": 0.7}, "demand_mean": {"value": 50}, "demand_sd": {"value": 8}}""";
        Run(Case("newsvendor_continuous", normal, """{"base_stock_level": 50, "cost": 4.468153540496046}""")).Should().NotThrow();

        // newsvendor_discrete without a pmf is stockpyl's scipy Poisson: μ = 1, h = p = 1, α = 0.5; F(0) = e⁻¹ =
        // 0.368 < 0.5 ≤ F(1) = 0.736, so S* = 1. n(1) = μf(1) = e⁻¹ and n̄(1) = 0·F(1) + μf(1) = e⁻¹, so
        // g(1) = 2e⁻¹ = 0.7357588823428847.
        const string poisson = """{"holding_cost": {"value": 1}, "stockout_cost": {"value": 1}, "demand_mean": {"value": 1}}""";
        Run(Case("newsvendor_discrete", poisson, """{"base_stock_level": 1, "cost": 0.7357588823428847}""")).Should().NotThrow();
    }

    [Fact]
    public void Second_order_normal_loss_at_the_mean()
    {
        // x = μ = 10, σ = 2, z = 0: n = σφ(0) = 2 × 0.3989422804014327 = 0.7978845608028654 = n̄ (x − μ = 0);
        // L2(0) = ½[(0 + 1)(1 − ½) − 0] = ¼, so n2 = σ²L2 = 1 and n̄2 = σ²(½ − ¼) = 1.
        Run(Case("loss_function_normal", """{"x": {"value": 10}, "mean": {"value": 10}, "sd": {"value": 2}}""",
            """{"n": 0.7978845608028654, "n_bar": 0.7978845608028654, "n2": 1, "n2_bar": 1}""")).Should().NotThrow();
    }

    private const string RqInputs = """
        {"holding_cost": {"value": 0.225}, "stockout_cost": {"value": 7.5}, "fixed_cost": {"value": 8}, "demand_mean": {"value": 1300},
         "demand_sd": {"value": 150}, "lead_time": {"value": 0.08333333333333333}}
        """;

    private static string Case(string model, string inputs, string expected, string tolerance = Places7, string? notes = null, string? extra = null) =>
        $$"""
        {"id": "synthetic", "model": "{{model}}", "inputs": {{inputs}}, "expected": {{expected}}, "tolerance": {{tolerance}}
         {{(notes is null ? "" : $", \"notes\": {JsonSerializer.Serialize(notes)}")}} {{(extra is null ? "" : ", " + extra)}}}
        """;

    private static Action Run(string json) => () =>
    {
        using var document = JsonDocument.Parse(json);
        InventoryTheoryMapping.Run(document.RootElement);
    };
}
