using SupplyChain.Domain.Tests.Analytics;
using SupplyChain.Domain.Tests.Identifiers;
using SupplyChain.Domain.Tests.Monetary;
using SupplyChain.Domain.Tests.Procurement;
using SupplyChain.Domain.Tests.Shipping;
using SupplyChain.Domain.Tests.Trade;

namespace SupplyChain.Domain.Tests.Reference;

/// <summary>
/// Meta-tests of the domain reference mappings: deliberately malformed synthetic cases (in-memory JSON in the
/// families' schemas) must fail, for the stated reason, and combinations the sample files do not contain must be
/// mapped. Expected values are worked by hand in the comments.
/// </summary>
public sealed class DomainMappingStrictnessTests
{
    // FR-06's carton: 30 × 45 × 65 cm = 87 750 cm³ / 5000 = 17.55 kg volumetric; max(14, 17.55) rounded up to the
    // 0.5 kg step = 18 kg chargeable.
    private const string Carton = """
        "rule": "express-5000-cm3-per-kg", "dimensions": {"length": 30, "width": 45, "height": 65, "unit": "cm"},
        "actualWeight": {"value": 14, "unit": "kg"}, "roundingStep": {"value": 0.5, "unit": "kg"}
        """;

    [Fact]
    public void A_lone_assertion_is_asserted()
    {
        ChargeableWeight(Obj(Carton, """ "expectedChargeableWeight": {"value": 18, "unit": "kg"}""")).Should().NotThrow();
        ChargeableWeight(Obj(Carton, """ "expectedChargeableWeight": {"value": 17.5, "unit": "kg"}""")).Should().Throw<Exception>();
    }

    [Fact]
    public void A_case_without_assertion_fails() =>
        ChargeableWeight(Obj(Carton)).Should().Throw<Exception>().WithMessage("*asserts nothing*");

    [Fact]
    public void An_unknown_nested_field_fails() =>
        ChargeableWeight(Obj(Carton.Replace("\"height\": 65,", "\"height\": 65, \"depth\": 1,", StringComparison.Ordinal), """ "expectedVolumetricWeight": {"value": 17.55, "unit": "kg"}"""))
            .Should().Throw<Exception>().WithMessage("*depth*");

    [Fact]
    public void Exact_is_not_relaxed_without_a_tolerance()
    {
        // 17.55 kg is exact; 17.5500001 is within any "practical" epsilon but the case gives no tolerance (0 = exact).
        ChargeableWeight(Obj(Carton, """ "expectedVolumetricWeight": {"value": 17.5500001, "unit": "kg"}""")).Should().Throw<Exception>();
        ChargeableWeight(Obj(Carton, """ "expectedVolumetricWeight": {"value": 17.5500001, "unit": "kg"}, "tolerance": 0.001""")).Should().NotThrow();
    }

    [Fact]
    public void A_tolerance_that_is_not_a_number_fails() =>
        ChargeableWeight(Obj(Carton, """ "expectedVolumetricWeight": {"value": 17.55, "unit": "kg"}, "tolerance": {"kind": "places"}"""))
            .Should().Throw<Exception>().WithMessage("*tolerance is one absolute number*");

    [Fact]
    public void A_lone_check_digit_is_asserted_on_the_input()
    {
        // GTIN-13 4006381333931: payload 400638133393 weighted 3, 1, 3, … from the right: 3·3 + 9 + 3·3 + 3 + 3·3 + 1 +
        // 8·3 + 3 + 6·3 + 0 + 0·3 + 4 = 89, check (10 − 9) mod 10 = 1.
        const string gtin = "\"kind\": \"gtin13\", \"input\": \"4006381333931\", \"valid\": true";
        Gs1(Obj(gtin, """ "expectedCheckDigit": 1""")).Should().NotThrow();
        Gs1(Obj(gtin, """ "expectedCheckDigit": 7""")).Should().Throw<Exception>().WithMessage("*7*");
    }

    [Fact]
    public void An_unknown_field_of_compose_from_fails()
    {
        // SSCC extension 1, company prefix 0614141, serial 123456789: payload 10614141123456789, check digit 7
        // (GS1 General Specifications example 106141411234567897).
        const string sscc = "\"kind\": \"sscc\", \"input\": \"106141411234567897\", \"valid\": true";
        Gs1(Obj(sscc, """ "payloadWithoutCheckDigit": "10614141123456789", "expectedCheckDigit": 7, "composeFrom": {"extensionDigit": 1, "companyPrefix": "0614141", "serialReference": "123456789", "gs1Country": "US"}"""))
            .Should().Throw<Exception>().WithMessage("*composeFrom has only the three SSCC parts*");
    }

    [Fact]
    public void An_assertion_the_mapping_skips_fails()
    {
        // An invalid UN/LOCODE with an expectedNormalized: the mapping returns before reading it, so the case fails.
        UnLocode("""{"input": "JN123", "valid": false, "expectedNormalized": "JN123"}""")
            .Should().Throw<Exception>().WithMessage("*every assertion and input present must be checked*expectedNormalized*");
    }

    [Fact]
    public void An_empty_tracking_expected_fails() =>
        Tracking("{}").Should().Throw<Exception>().WithMessage("*asserts nothing*");

    [Fact]
    public void A_lone_tracking_assertion_is_asserted()
    {
        // No itinerary and no event: nothing was received (NOT_RECEIVED) and the shipment is not routed.
        Tracking("""{"transportStatus": "NOT_RECEIVED"}""").Should().NotThrow();
        Tracking("""{"routingStatus": "ROUTED"}""").Should().Throw<Exception>().WithMessage("*routing status*");
    }

    [Fact]
    public void Error_mentions_are_checked_for_a_null_input_too()
    {
        // A null input is refused with "null is not a valid Incoterms 2020 rule…".
        Incoterm("""{"input": null, "valid": false, "expectedErrorMentions": "Incoterms 2020"}""").Should().NotThrow();
        Incoterm("""{"input": null, "valid": false, "expectedErrorMentions": "FOB"}""").Should().Throw<Exception>().WithMessage("*FOB*");
    }

    [Fact]
    public void An_unknown_field_of_a_money_input_fails() =>
        Kpi("""
            {"kpi": "inventory-turnover", "annualCogs": {"amount": 1200000, "currency": "USD", "rate": 1},
             "averageInventoryAtCost": {"amount": 200000, "currency": "USD"}, "expected": 6}
            """).Should().Throw<Exception>().WithMessage("*every field of a nested object*");

    // One line of 10 units at 2 USD; issued, then answered with the given response line.
    private static string PurchaseOrder(string responseLine, string expected) => $$"""
        {"order": {"lines": [{"line": 1, "sku": "A", "quantity": 10, "unitPrice": {"amount": 2, "currency": "USD"}, "requestedDate": "2026-03-01"}]},
         "overDeliveryTolerancePercent": 0,
         "commands": [{"type": "ISSUE", "at": "2026-01-01T00:00:00Z"}, {"type": "RESPOND", "at": "2026-01-02T00:00:00Z", "lines": [{{responseLine}}]}],
         "expected": {{expected}}}
        """;

    [Fact]
    public void A_purchase_order_case_is_held_to_its_assertions()
    {
        // Accepting the one line confirms 10 × 2 = 20 USD for the requested date.
        Po(PurchaseOrder("""{"line": 1, "action": "ACCEPT"}""", """{"status": "CONFIRMED", "confirmedValue": {"amount": 20, "currency": "USD"}}""")).Should().NotThrow();
        Po(PurchaseOrder("""{"line": 1, "action": "ACCEPT"}""", """{"confirmedValue": {"amount": 20.01, "currency": "USD"}}""")).Should().Throw<Exception>().WithMessage("*confirmed value*");
        Po(PurchaseOrder("""{"line": 1, "action": "ACCEPT"}""", "{}")).Should().Throw<Exception>().WithMessage("*asserts nothing*");
    }

    [Fact]
    public void An_unknown_response_action_or_field_fails_the_case_instead_of_counting_as_a_refusal()
    {
        // "PARTIAL" is no action of the README: the case fails, it is not taken as a refused response.
        Po(PurchaseOrder("""{"line": 1, "action": "PARTIAL"}""", """{"rejectedCommandIndexes": [1]}""")).Should().Throw<Exception>().WithMessage("*Unknown response action 'PARTIAL'*");
        Po(PurchaseOrder("""{"line": 1, "action": "ACCEPT", "reason": "ok"}""", """{"status": "CONFIRMED"}""")).Should().Throw<Exception>().WithMessage("*reason*");
    }

    private static Action Po(string json) => () => new PurchaseOrderReferenceCaseTests().Reference_case(Case("purchase-order", json));
    // FX-01's table and conversion: 2,500.00 EUR × 1.0811 = 2,702.75 USD, direct, dated 2024-03-28.
    private const string FxCase = """
        "rates": [{"base": "EUR", "quote": "USD", "rate": 1.0811, "date": "2024-03-28", "source": "ECB"}],
        "conversion": {"amount": {"amount": 2500, "currency": "EUR"}, "to": "USD", "date": "2024-03-28", "midpoint": "to-even"}
        """;

    [Fact]
    public void A_lone_fx_assertion_is_asserted()
    {
        Fx(Obj(FxCase, """ "expectedRoute": "direct" """)).Should().NotThrow();
        Fx(Obj(FxCase, """ "expectedRoute": "inverse" """)).Should().Throw<Exception>().WithMessage("*route*");
        Fx(Obj(FxCase, """ "expectedAmount": {"amount": 2702.76, "currency": "USD"} """)).Should().Throw<Exception>().WithMessage("*2702.76*");
    }

    [Fact]
    public void An_unknown_fx_midpoint_route_or_refusal_fails()
    {
        Fx(Obj(FxCase.Replace("to-even", "half-up", StringComparison.Ordinal), """ "expectedRoute": "direct" """))
            .Should().Throw<Exception>().WithMessage("*half-up*");
        Fx(Obj(FxCase, """ "expectedRoute": "cross" """)).Should().Throw<Exception>().WithMessage("*cross*");
        Fx(Obj(FxCase, """ "expectedRefusal": "fx.rate-unknown" """)).Should().Throw<Exception>().WithMessage("*unknown refusal id*");
    }

    [Fact]
    public void An_unknown_field_of_an_fx_rate_fails() =>
        Fx(Obj(FxCase.Replace("\"source\": \"ECB\"", "\"source\": \"ECB\", \"time\": \"16:00\"", StringComparison.Ordinal), """ "expectedRoute": "direct" """))
            .Should().Throw<Exception>().WithMessage("*a rate has fields the mapping does not interpret*");

    [Fact]
    public void An_fx_refusal_with_a_result_fails() =>
        Fx(Obj(FxCase.Replace("1.0811", "0", StringComparison.Ordinal), """ "expectedRefusal": "fx.rate-positive", "expectedRoute": "direct" """))
            .Should().Throw<Exception>().WithMessage("*a refused case carries no other expected field*");

    // One factory, Monday to Saturday, 1000 units a day; B books 2500 from Monday 2 March 2026 and makes 1000, 1000,
    // 500 (done Wednesday 4 March); ready 2 working days later on Friday 6 March.
    private const string CapacityCase = """
        "calendar": {"workingWeekdays": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], "closures": []},
        "rule": "first-come", "finishingWorkingDays": 2
        """;

    [Fact]
    public void A_capacity_case_with_an_unknown_booking_field_fails() =>
        CapacityPromise(Obj(CapacityCase, """ "dailyCapacityUnits": 1000, "bookings": [{"seller": "B", "units": 2500, "earliestStart": "2026-03-02", "priority": 1}], "expectedCompletionDate": "2026-03-04" """))
            .Should().Throw<Exception>().WithMessage("*booking has fields the mapping does not interpret*");

    [Fact]
    public void A_capacity_case_is_held_to_its_dates_and_its_refusal()
    {
        const string bookings = """ "bookings": [{"seller": "B", "units": 2500, "earliestStart": "2026-03-02"}]""";
        CapacityPromise(Obj(CapacityCase, """ "dailyCapacityUnits": 1000""", bookings, """ "expectedCompletionDate": "2026-03-04", "expectedReadyDate": "2026-03-06" """))
            .Should().NotThrow();
        CapacityPromise(Obj(CapacityCase, """ "dailyCapacityUnits": 1000""", bookings, """ "expectedReadyDate": "2026-03-05" """))
            .Should().Throw<Exception>().WithMessage("*ready date*");
        CapacityPromise(Obj(CapacityCase, """ "dailyCapacityUnits": 1000""", bookings, """ "expectedRefusal": "units-not-positive" """))
            .Should().Throw<Exception>().WithMessage("*refused*");
    }

    [Fact]
    public void A_capacity_case_breaking_several_rules_is_refused_for_the_first_in_the_readme_order()
    {
        // Capacity 0, finishing −1, a booking of 0 units, a negative share and shares adding up to 1.5: the README
        // checks capacity first.
        const string broken = """
            "calendar": {"workingWeekdays": ["Mon"], "closures": []}, "dailyCapacityUnits": 0, "finishingWorkingDays": -1,
            "rule": "reserved-share", "shares": {"A": -0.5, "B": 2},
            "bookings": [{"seller": "A", "units": 0, "earliestStart": "2026-03-02"}]
            """;
        CapacityPromise(Obj(broken, """ "expectedRefusal": "capacity-not-positive" """)).Should().NotThrow();
        CapacityPromise(Obj(broken.Replace("\"dailyCapacityUnits\": 0", "\"dailyCapacityUnits\": 5", StringComparison.Ordinal), """ "expectedRefusal": "finishing-negative" """)).Should().NotThrow();
        CapacityPromise(Obj(broken.Replace("\"dailyCapacityUnits\": 0", "\"dailyCapacityUnits\": 5", StringComparison.Ordinal).Replace("-1", "0", StringComparison.Ordinal), """ "expectedRefusal": "units-not-positive" """)).Should().NotThrow();
        CapacityPromise(Obj(broken.Replace("\"dailyCapacityUnits\": 0", "\"dailyCapacityUnits\": 5", StringComparison.Ordinal).Replace("-1", "0", StringComparison.Ordinal).Replace("\"units\": 0", "\"units\": 9", StringComparison.Ordinal), """ "expectedRefusal": "share-negative" """)).Should().NotThrow();
        CapacityPromise(Obj(broken.Replace("\"dailyCapacityUnits\": 0", "\"dailyCapacityUnits\": 5", StringComparison.Ordinal).Replace("-1", "0", StringComparison.Ordinal).Replace("\"units\": 0", "\"units\": 9", StringComparison.Ordinal).Replace("-0.5", "0.5", StringComparison.Ordinal), """ "expectedRefusal": "shares-over-one" """)).Should().NotThrow();
    }

    // One US line of 10 shirts at 100.00 (1000.00 > 800) on 2026-03-02, Section 321 suspended: MFN 16.5 % = 165.00.
    private const string ShirtsIntoUs = """
        "destination": "US", "entryDate": "2026-03-02", "ioss": false,
        "lines": [{"hsCode": "6109100012", "origin": "VN", "quantity": 10, "netMass": {"value": 2, "unit": "kg"}, "unitValue": {"amount": 100, "currency": "USD"}}],
        "freightToBorder": {"amount": 0, "currency": "USD"}, "insuranceToBorder": {"amount": 0, "currency": "USD"}
        """;

    private const string Mfn = """
        "name": "MFN", "hsPrefix": "6109", "origin": "*", "destination": "US", "ratePercent": 16.5, "validFrom": "2020-01-01", "validUntil": null
        """;

    [Fact]
    public void A_customs_case_with_an_unknown_measure_kind_or_field_fails()
    {
        Customs(Obj(ShirtsIntoUs, $$""" "measures": [{{{Mfn}}, "kind": "ad-valorem"}], "expectedDuty": {"amount": 165, "currency": "USD"}""")).Should().NotThrow();
        Customs(Obj(ShirtsIntoUs, $$""" "measures": [{{{Mfn}}, "kind": "ad-valorem"}], "expectedDuty": {"amount": 165.01, "currency": "USD"}""")).Should().Throw<Exception>();
        Customs(Obj(ShirtsIntoUs, $$""" "measures": [{{{Mfn}}, "kind": "compound"}], "expectedDuty": {"amount": 165, "currency": "USD"}"""))
            .Should().Throw<Exception>().WithMessage("*Unknown measure kind 'compound'*");
        Customs(Obj(ShirtsIntoUs, $$""" "measures": [{{{Mfn}}, "kind": "ad-valorem", "quota": 5}], "expectedDuty": {"amount": 165, "currency": "USD"}"""))
            .Should().Throw<Exception>().WithMessage("*quota*");
    }

    [Fact]
    public void A_customs_refusal_must_be_a_known_rule_and_the_one_raised()
    {
        // No measure at all under the normal measures: the library refuses with customs.measure-known, never 0.00.
        Customs(Obj(ShirtsIntoUs, """ "measures": [], "expectedRefusal": "customs.measure-known" """)).Should().NotThrow();
        Customs(Obj(ShirtsIntoUs, """ "measures": [], "expectedRefusal": "customs.quantity-positive" """)).Should().Throw<Exception>();
        Customs(Obj(ShirtsIntoUs, """ "measures": [], "expectedRefusal": "customs.no-tariff" """)).Should().Throw<Exception>().WithMessage("*four refusal rules*");
    }

    private static string Obj(params string[] fields) => "{" + string.Join(", ", fields) + "}";

    private static Action ChargeableWeight(string json) => () => new ChargeableWeightReferenceTests().Reference_case(Case("chargeable-weight", json));

    private static Action Gs1(string json) => () => new IdentifierReferenceCaseTests().Gs1(Case("gs1", json));

    private static Action UnLocode(string json) => () => new IdentifierReferenceCaseTests().UnLocodes(Case("unlocode", json));

    private static Action Incoterm(string json) => () => new IncotermReferenceTests().Reference_case(Case("incoterms", json));

    private static Action Fx(string json) => () => new FxReferenceTests().Reference_case(Case("fx", json));
    private static Action CapacityPromise(string json) => () => new CapacityPromiseReferenceTests().Reference_case(Case("capacity-promise", json));
    private static Action Customs(string json) => () => new CustomsDutyReferenceTests().Reference_case(Case("customs-duty", json));

    private static Action Kpi(string json) => () => new KpiReferenceCaseTests().Reference_case(Case("kpis", json));

    private static Action Tracking(string expected) => () => new TrackingReferenceCaseTests().Reference_case(Case("tracking", $$"""
        {"routeSpecification": {"origin": "CNSHA", "destination": "SEGOT", "arrivalDeadline": "2026-04-10T00:00:00Z"},
         "itinerary": null, "events": [], "expected": {{expected}}}
        """));

    private static ReferenceCase Case(string family, string json) =>
        new(family, "synthetic", "{\"id\": \"synthetic\", " + json.TrimStart()[1..]);
}
