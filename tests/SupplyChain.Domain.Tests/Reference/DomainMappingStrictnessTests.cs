using SupplyChain.Domain.Tests.Analytics;
using SupplyChain.Domain.Tests.Identifiers;
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

    private static Action Customs(string json) => () => new CustomsDutyReferenceTests().Reference_case(Case("customs-duty", json));

    private static Action Kpi(string json) => () => new KpiReferenceCaseTests().Reference_case(Case("kpis", json));

    private static Action Tracking(string expected) => () => new TrackingReferenceCaseTests().Reference_case(Case("tracking", $$"""
        {"routeSpecification": {"origin": "CNSHA", "destination": "SEGOT", "arrivalDeadline": "2026-04-10T00:00:00Z"},
         "itinerary": null, "events": [], "expected": {{expected}}}
        """));

    private static ReferenceCase Case(string family, string json) =>
        new(family, "synthetic", "{\"id\": \"synthetic\", " + json.TrimStart()[1..]);
}
