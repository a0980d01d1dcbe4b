using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Trade;

/// <summary>
/// Customs measures and the assessment of a consignment, worked by hand in the comments. Measures are example tariff
/// data, not the rates in force. Dates: US Section 321 is suspended for every origin from 2025-08-29 (EO 14324), so a
/// US consignment entered on 2026-03-02 pays the normal measures whatever its value.
/// </summary>
public sealed class CustomsTariffTests
{
    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly CountryCode Germany = CountryCode.Parse("DE");
    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly CountryCode VietNam = CountryCode.Parse("VN");
    private static readonly CustomsTerritory UsTariff = CustomsTerritory.Of(Us);
    private static readonly LocalDate Monday = 2.March(2026);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static CustomsLine Line(string hs, CountryCode origin, int quantity, Money unitValue, double kilograms = 1) =>
        new(HsCode.Parse(hs), origin, quantity, Mass.FromKilograms(kilograms), unitValue);

    [Fact]
    public void A_compound_rate_is_two_measures_of_one_name_and_prefix_and_both_apply()
    {
        // Footwear at "0.90 USD each + 20 %": 10 pairs at 12.00 = 120.00 customs value (US: transaction value).
        // 0.90 × 10 = 9.00 and 120.00 × 20 % = 24.00: duty 33.00 under the one name MFN.
        var tariff = new CustomsTariff(
        [
            new CustomsMeasure("MFN", UsTariff, "6402", CustomsMeasureKind.SpecificPerUnit, Usd(0.90m)),
            new CustomsMeasure("MFN", UsTariff, "6402", 20m),
        ]);

        var assessment = tariff.Assess(new CustomsConsignment(Us, Monday, [Line("6402.99.4000", VietNam, 10, Usd(12m))]));

        assessment.CustomsValue.Should().Be(Usd(120m));
        assessment.Lines[0].MeasureNames.Should().Equal("MFN");
        assessment.Duty.Should().Be(Usd(33m));
        assessment.Regime.Should().BeNull();
        assessment.ImportVat.Should().BeNull();
    }

    [Fact]
    public void Within_a_name_the_longest_matching_prefix_applies_and_a_lapsed_longer_prefix_hides_nothing()
    {
        // MFN: 9405 at 6 % is hidden by 940542 at 3.9 %. Section 301: the 10-digit exclusion at 0 % ended on
        // 2025-08-31, so on 2026-03-02 it hides nothing and the 4-digit 25 % applies. Names stack.
        // 14 lamps at 12.50 = 175.00; MFN 175.00 × 3.9 % = 6.825 → 6.83 (half away from zero); 301: 175.00 × 25 % = 43.75.
        var tariff = new CustomsTariff(
        [
            new CustomsMeasure("MFN", UsTariff, "9405", 6m),
            new CustomsMeasure("MFN", UsTariff, "940542", 3.9m),
            new CustomsMeasure("Section 301", UsTariff, "9405", 25m) { Origin = China },
            new CustomsMeasure("Section 301", UsTariff, "9405428440", 0m) { Origin = China, ValidFrom = 15.June(2024), ValidUntil = 31.August(2025) },
        ]);
        var lamp = Line("9405428440", China, 14, Usd(12.50m));

        var assessment = tariff.Assess(new CustomsConsignment(Us, Monday, [lamp]));

        assessment.Lines[0].MeasureNames.Should().Equal("MFN", "Section 301");
        assessment.Lines[0].Duty.Should().Be(Usd(50.58m));   // 6.83 + 43.75
        tariff.MeasuresFor(lamp.HsCode, China, Us, 1.August(2025)).Select(m => m.RatePercent).Should().Equal(3.9m, 0m);
        tariff.MeasuresFor(lamp.HsCode, VietNam, Us, Monday).Select(m => m.Name).Should().Equal("MFN");
    }

    [Fact]
    public void The_example_of_the_shipping_and_trade_page_runs()
    {
        // docs/shipping-and-trade.md, "Customs duty": the same code. 14 × 12.50 = 175.00; MFN 3.9 % = 6.825 → 6.83;
        // Section 301 25 % = 43.75 (the 10-digit exclusion ended on 2025-08-31); 6.83 + 43.75 = 50.58.
        var us = CustomsTerritory.Of(CountryCode.Parse("US"));
        var tariff = new CustomsTariff(
        [
            new CustomsMeasure("MFN", us, "94054284", 3.9m),                                   // example data
            new CustomsMeasure("Section 301", us, "94054284", 25m) { Origin = CountryCode.Parse("CN") },
            new CustomsMeasure("Section 301", us, "9405428440", 0m) { Origin = CountryCode.Parse("CN"), ValidUntil = new LocalDate(2025, 8, 31) },
        ]);
        var consignment = new CustomsConsignment(CountryCode.Parse("US"), new LocalDate(2026, 3, 2),
            [new CustomsLine(HsCode.Parse("9405428440"), CountryCode.Parse("CN"), 14, Mass.FromKilograms(5.6), new Money(12.50m, Currency.USD))]);
        CustomsAssessment assessment = tariff.Assess(consignment);   // duty 6.83 + 43.75 = 50.58 USD

        assessment.Duty.Should().Be(Usd(50.58m));
        assessment.ToString().Should().Be("customs value 175.00 USD, duty 50.58 USD (normal measures)");
        assessment.Lines[0].ToString().Should().Be("9405428440: customs value 175.00 USD, duty 50.58 USD (MFN, Section 301)");
    }

    [Fact]
    public void From_July_2026_an_IOSS_consignment_within_150_euros_pays_3_euros_per_distinct_subheading()
    {
        // Reg. (EU) 2026/382. Intrinsic value 2 × 10.00 + 15.00 + 30.00 = 65.00 ≤ 150.00, under IOSS. Subheadings
        // 610910, 610910 (again) and 420232: the first line with each pays 3.00, the repeat 0.00 → 6.00. No measure is
        // needed. VAT: IOSS and ≤ 150 → exempt (Directive 2006/112/EC Art. 143(1)(ca)), 0.00.
        var consignment = new CustomsConsignment(Germany, 1.July(2026),
        [
            Line("6109100010", China, 2, Eur(10m)),
            Line("6109100090", VietNam, 1, Eur(15m)),
            Line("4202320000", China, 1, Eur(30m)),
        ])
        {
            Ioss = true,
            FreightToBorder = Eur(4.50m),
            ImportVatRatePercent = 19m,
        };

        var assessment = new CustomsTariff([]).Assess(consignment);

        assessment.Regime.Should().BeSameAs(LowValueRegimes.EuFlatDuty2026);
        assessment.Lines.Select(l => l.Duty).Should().Equal(Eur(3m), Eur(0m), Eur(3m));
        assessment.Lines.Should().OnlyContain(l => l.MeasureNames.SequenceEqual(new[] { "eu-flat-duty-2026" }));
        assessment.Duty.Should().Be(Eur(6m));
        assessment.IntrinsicValue.Should().Be(Eur(65m));
        assessment.ImportVat.Should().Be(Eur(0m));
    }

    [Fact]
    public void The_EU_customs_value_is_CIF_with_freight_and_insurance_allocated_by_largest_remainder_and_VAT_is_rounded_once()
    {
        // Freight 10.00 + insurance 0.01 = 1001 cents over transaction values 100 : 200 : 300 (sum 600):
        // exact 166.83, 333.67, 500.5 cents → 166, 333, 500 (999), two left over go to the largest remainders
        // (.83, then .67) → 167, 334, 500 cents. Customs values 101.67, 203.34, 305.00 = 610.01.
        // Duty 12 %: 12.2004 → 12.20, 24.4008 → 24.40, 36.60 → 73.20. IV 600 > 150: the relief does not apply.
        // VAT 19 % on 610.01 + 73.20 = 683.21 → 129.8099 → 129.81.
        var tariff = new CustomsTariff([new CustomsMeasure("third-country duty", CustomsTerritory.EuropeanUnion, "61", 12m)]);
        var consignment = new CustomsConsignment(Germany, 3.March(2025),
        [
            Line("6109100010", China, 10, Eur(10m)),
            Line("6110200000", China, 10, Eur(20m)),
            Line("6105100000", China, 10, Eur(30m)),
        ])
        {
            FreightToBorder = Eur(10m),
            InsuranceToBorder = Eur(0.01m),
            ImportVatRatePercent = 19m,
        };

        var assessment = tariff.Assess(consignment);

        assessment.Lines.Select(l => l.CustomsValue).Should().Equal(Eur(101.67m), Eur(203.34m), Eur(305m));
        assessment.CustomsValue.Should().Be(Eur(610.01m));
        assessment.Lines.Select(l => l.Duty).Should().Equal(Eur(12.20m), Eur(24.40m), Eur(36.60m));
        assessment.Duty.Should().Be(Eur(73.20m));
        assessment.ImportVat.Should().Be(Eur(129.81m));
        assessment.Regime.Should().BeNull();
        assessment.LowValueDecision.Reason.Should().Be(DutyFreeReason.AboveThreshold);
    }

    [Fact]
    public void A_duty_per_kilogram_reads_pounds_and_ounces_exactly()
    {
        // 1 lb = 0.45359237 kg, 1 oz = 1/16 lb. 100 lb = 45.359237 kg × 0.35 EUR = 15.87573295 → 15.88.
        // 40 oz = 2.5 lb = 1.133980925 kg × 0.35 EUR = 0.39689332375 → 0.40.
        var tariff = new CustomsTariff([new CustomsMeasure("anti-dumping", CustomsTerritory.EuropeanUnion, "7318", CustomsMeasureKind.SpecificPerKilogram, Eur(0.35m))]);
        var consignment = new CustomsConsignment(Germany, 3.March(2025),
        [
            new CustomsLine(HsCode.Parse("7318150000"), China, 1000, Mass.FromPounds(100), Eur(0.50m)),
            new CustomsLine(HsCode.Parse("7318160000"), China, 400, Mass.FromOunces(40), Eur(0.25m)),
        ]);

        var assessment = tariff.Assess(consignment);

        assessment.Lines.Select(l => l.Duty).Should().Equal(Eur(15.88m), Eur(0.40m));
    }

    [Fact]
    public void Section_321_relieves_a_consignment_within_800_dollars_before_the_suspensions_without_any_measure()
    {
        // 2025-05-01: goods of China still qualify (EO 14256 applies from 2025-05-02); 200 × 4.00 = 800.00 ≤ 800.
        var assessment = new CustomsTariff([]).Assess(new CustomsConsignment(Us, 1.May(2025), [Line("6109100012", China, 200, Usd(4m))]) { FreightToBorder = Usd(85m) });

        assessment.Regime.Should().BeSameAs(LowValueRegimes.UsSection321);
        assessment.CustomsValue.Should().Be(Usd(800m));   // freight is not part of the US customs value
        assessment.Lines[0].MeasureNames.Should().BeEmpty();
        assessment.Duty.Should().Be(Usd(0m));
    }

    [Fact]
    public void Refusals_name_their_rule_in_the_README_order()
    {
        var tariff = new CustomsTariff([new CustomsMeasure("MFN", UsTariff, "61", CustomsMeasureKind.SpecificPerUnit, Eur(1m))]);
        var shirt = Line("6109100012", China, 1, Usd(5m));

        FluentActions.Invoking(() => new CustomsConsignment(CountryCode.Parse("CH"), Monday, [Line("6109100012", China, 0, Usd(5m))]))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.CustomsDestinationSupported)
            .WithMessage("Cannot assess customs duty for imports into CH: only the United States and the 27 member states of the European Union are supported.");
        FluentActions.Invoking(() => new CustomsConsignment(Us, Monday, [shirt, Line("6109100012", China, -2, Eur(5m))]))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.CustomsQuantityPositive)
            .WithMessage("Line 2 (6109100012) declares -2 units: a customs declaration line declares at least one unit.");
        FluentActions.Invoking(() => new CustomsConsignment(Us, Monday, [shirt]) { InsuranceToBorder = Eur(1m) })
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.MoneySameCurrency);

        // The EUR measure is selected for the line although Section 321 would relieve it (2025-03-01, 5.00 USD).
        FluentActions.Invoking(() => tariff.Assess(new CustomsConsignment(Us, 1.March(2025), [shirt])))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.MoneySameCurrency)
            .WithMessage("Measure 'MFN' charges 1.00 EUR per unit, but line 1 of a consignment into US is assessed in USD: convert the measure first.");
        FluentActions.Invoking(() => tariff.Assess(new CustomsConsignment(Us, Monday, [Line("9405428440", China, 1, Usd(5m))])))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.CustomsMeasureKnown)
            .WithMessage("No customs measure matches line 1 (HS 9405428440 of origin CN) into US on 2026-03-02*");
    }

    [Fact]
    public void Bad_measures_and_consignments_are_refused_with_the_parameter_named()
    {
        FluentActions.Invoking(() => new CustomsMeasure("MFN", UsTariff, "6", 1m)).Should().Throw<ArgumentException>().WithParameterName("hsPrefix");
        FluentActions.Invoking(() => new CustomsMeasure(" ", UsTariff, "61", 1m)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new CustomsMeasure("MFN", UsTariff, "61", -0.5m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ratePercent");
        FluentActions.Invoking(() => new CustomsMeasure("MFN", UsTariff, "61", CustomsMeasureKind.AdValorem, Usd(1m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new CustomsMeasure("MFN", UsTariff, "61", CustomsMeasureKind.SpecificPerUnit, Usd(-1m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
        FluentActions.Invoking(() => new CustomsMeasure("MFN", UsTariff, "61", 1m) { ValidFrom = 2.March(2026), ValidUntil = 1.March(2026) })
            .Should().Throw<ArgumentException>().WithParameterName("ValidUntil");
        FluentActions.Invoking(() => new CustomsLine(HsCode.Parse("6109.10"), China, 1, Mass.FromKilograms(-1), Usd(1m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("netMass");
        FluentActions.Invoking(() => new CustomsLine(HsCode.Parse("6109.10"), China, 1, Mass.FromKilograms(1), Usd(0m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unitValue");
        FluentActions.Invoking(() => new CustomsConsignment(Us, Monday, [Line("6109100012", China, 1, Usd(5m))]) { ImportVatRatePercent = 7m })
            .Should().Throw<ArgumentException>().WithParameterName("ImportVatRatePercent");
        FluentActions.Invoking(() => new CustomsConsignment(Germany, Monday, [Line("6109100012", China, 1, Eur(5m))]) { FreightToBorder = Eur(1.005m) })
            .Should().Throw<ArgumentException>().WithParameterName("FreightToBorder");
        FluentActions.Invoking(() => new CustomsConsignment(Us, Monday, []))
            .Should().Throw<ArgumentException>().WithParameterName("lines");
    }

    [Fact]
    public void The_EU_territory_is_a_group_of_27_member_states_not_a_country()
    {
        CustomsTerritory.EuropeanUnion.Country.Should().BeNull();
        CustomsTerritory.EuropeanUnion.ToString().Should().Be("EU");
        CustomsTerritory.MemberStates.Should().HaveCount(27);
        CustomsTerritory.EuropeanUnion.Includes(CountryCode.Parse("GR")).Should().BeTrue();
        CustomsTerritory.EuropeanUnion.Includes(CountryCode.Parse("GB")).Should().BeFalse();
        CustomsTerritory.Of(Us).Should().Be(CustomsTerritory.Of(CountryCode.Parse("US")));
        CustomsTerritory.Of(Germany).Includes(Germany).Should().BeTrue();
        CustomsTerritory.Of(Germany).Includes(CountryCode.Parse("FR")).Should().BeFalse();
        new CustomsMeasure("MFN", UsTariff, "6109", 16.5m) { Origin = China, ValidFrom = 1.January(2020) }.ToString()
            .Should().Be("MFN US 6109 CN: 16.5 % from 2020-01-01");
    }
}
