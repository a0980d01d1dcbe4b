using NodaTime;
using NodaTime.Testing.Extensions;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Trade;

/// <summary>
/// Low-value regimes. Thresholds and dates: 19 U.S.C. 1321(a)(2)(C) ("does not exceed $800", from 2016-03-10 under
/// TFTEA 2015 s. 901); Executive Order 14256 (China and Hong Kong, from 2025-05-02); Executive Order 14324 (all
/// countries, from 2025-08-29); Council Regulation (EC) No 1186/2009 Art. 23–24 ("not exceeding EUR 150"; alcohol,
/// perfumes and toilet waters, tobacco excluded; until 2026-06-30); Council Regulation (EU) 2026/382 (from 2026-07-01 a
/// flat EUR 3 duty per tariff subheading for IOSS consignments not exceeding EUR 150, no goods excluded).
/// </summary>
public sealed class LowValueRegimeTests
{
    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly CountryCode Germany = CountryCode.Parse("DE");
    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly CountryCode HongKong = CountryCode.Parse("HK");
    private static readonly CountryCode VietNam = CountryCode.Parse("VN");
    private static readonly HsCode TShirts = HsCode.Parse("6109.10");
    private static readonly HsCode Perfume = HsCode.Parse("3303.00");

    private static CustomsDeclaration[] Parcel(CountryCode origin, decimal value, Currency currency, HsCode? hs = null) =>
        [new CustomsDeclaration(hs ?? TShirts, origin, new Money(value, currency), 3)];

    [Theory]
    [InlineData("799.99", true, DutyFreeReason.WithinThreshold)]
    [InlineData("800.00", true, DutyFreeReason.WithinThreshold)] // "does not exceed $800": 800 itself qualifies
    [InlineData("800.01", false, DutyFreeReason.AboveThreshold)]
    public void US_de_minimis_covers_consignments_not_exceeding_800_dollars(string value, bool dutyFree, DutyFreeReason reason)
    {
        var decision = LowValueRegimes.Assess(Parcel(VietNam, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Currency.USD), Us, 15.January(2025));

        decision.IsDutyFree.Should().Be(dutyFree);
        decision.Reason.Should().Be(reason);
        decision.RuleId.Should().Be("us-section-321");
        decision.Threshold.Should().Be(new Money(800m, Currency.USD));
    }

    [Theory]
    [InlineData("CN", 2025, 5, 1, true)]
    [InlineData("CN", 2025, 5, 2, false)]
    [InlineData("HK", 2025, 5, 2, false)]
    [InlineData("VN", 2025, 5, 2, true)]
    [InlineData("VN", 2025, 8, 28, true)]
    [InlineData("VN", 2025, 8, 29, false)]
    public void US_de_minimis_is_suspended_for_China_and_Hong_Kong_then_for_everyone(string origin, int year, int month, int day, bool dutyFree)
    {
        var decision = LowValueRegimes.Assess(Parcel(CountryCode.Parse(origin), 50m, Currency.USD), Us, new LocalDate(year, month, day));

        decision.IsDutyFree.Should().Be(dutyFree);
        decision.Reason.Should().Be(dutyFree ? DutyFreeReason.WithinThreshold : DutyFreeReason.Suspended);
        decision.RuleId.Should().Be("us-section-321");
        if (!dutyFree)
        {
            decision.Suspension!.Id.Should().Be(origin == "VN" || month == 8 ? "us-eo-14324-all-countries" : "us-eo-14256-china-hong-kong");
        }
    }

    [Fact]
    public void A_suspension_for_one_origin_catches_a_mixed_consignment()
    {
        CustomsDeclaration[] mixed =
        [
            new(TShirts, VietNam, new Money(40m, Currency.USD), 2),
            new(HsCode.Parse("8517.62"), HongKong, new Money(30m, Currency.USD), 1),
        ];

        var decision = LowValueRegimes.Assess(mixed, Us, 10.June(2025));

        decision.Reason.Should().Be(DutyFreeReason.Suspended);
        decision.ConsignmentValue.Should().Be(new Money(70m, Currency.USD));
        decision.Explanation.Should().Be(
            "us-section-321 (US Section 321 de minimis (19 U.S.C. 1321(a)(2)(C))) does not apply on 2025-06-10 to goods of HK: " +
            "Executive Order 14256 (2 April 2025) ends de minimis treatment for goods of China and Hong Kong entered from 2 May 2025.");
    }

    [Fact]
    public void Before_the_800_dollar_era_the_built_in_data_has_no_US_regime()
    {
        var decision = LowValueRegimes.Assess(Parcel(China, 100m, Currency.USD), Us, 9.March(2016));

        decision.IsDutyFree.Should().BeFalse();
        decision.Reason.Should().Be(DutyFreeReason.NoRegime);
        decision.RuleId.Should().BeNull();
        decision.Explanation.Should().Be("No low-value regime covers imports into US on 2016-03-09; customs duty applies.");
    }

    [Theory]
    [InlineData("150.00", 2026, 6, 30, true, DutyFreeReason.WithinThreshold)]
    [InlineData("150.01", 2026, 6, 30, false, DutyFreeReason.AboveThreshold)]
    public void EU_relief_covers_consignments_not_exceeding_150_euros_until_July_2026(string value, int year, int month, int day, bool dutyFree, DutyFreeReason reason)
    {
        var decision = LowValueRegimes.Assess(Parcel(China, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Currency.EUR), Germany, new LocalDate(year, month, day));

        decision.IsDutyFree.Should().Be(dutyFree);
        decision.Reason.Should().Be(reason);
        decision.RuleId.Should().Be("eu-negligible-value-150");
        decision.Threshold.Should().Be(new Money(150m, Currency.EUR));
    }

    [Fact]
    public void From_July_2026_the_EU_relief_gives_way_to_the_flat_duty_for_IOSS_consignments()
    {
        var firstDay = 1.July(2026);
        LowValueRegimes.EuNegligibleValue.ValidUntil.Should().Be(30.June(2026));

        var notIoss = LowValueRegimes.Assess(Parcel(China, 20m, Currency.EUR), Germany, firstDay);
        notIoss.IsDutyFree.Should().BeFalse();
        notIoss.Reason.Should().Be(DutyFreeReason.NotUnderIoss);
        notIoss.RuleId.Should().Be("eu-flat-duty-2026");

        // Within EUR 150 (inclusive) under IOSS: the flat duty, not a relief; perfume is not excluded any more.
        var flat = LowValueRegimes.Assess(Parcel(China, 150m, Currency.EUR, Perfume), Germany, firstDay, ioss: true);
        flat.IsDutyFree.Should().BeFalse();
        flat.Reason.Should().Be(DutyFreeReason.FlatDuty);
        flat.Regime!.FlatDutyPerSubheading.Should().Be(new Money(3m, Currency.EUR));

        LowValueRegimes.Assess(Parcel(China, 150.01m, Currency.EUR), Germany, firstDay, ioss: true).Reason.Should().Be(DutyFreeReason.AboveThreshold);
        LowValueRegimes.Assess(Parcel(China, 20m, Currency.EUR), Germany, 30.June(2026), ioss: true).Reason.Should().Be(DutyFreeReason.WithinThreshold);
    }

    [Fact]
    public void A_flat_duty_is_in_the_threshold_currency_and_not_negative()
    {
        FluentActions.Invoking(() => new LowValueRegime("x", [Germany], new Money(150m, Currency.EUR), 1.July(2026)) { Name = "X", FlatDutyPerSubheading = new Money(3m, Currency.USD) })
            .Should().Throw<ArgumentException>().WithParameterName("FlatDutyPerSubheading")
            .WithMessage("FlatDutyPerSubheading 3.00 USD must be in the currency of the threshold 150.00 EUR.*");
        FluentActions.Invoking(() => new LowValueRegime("x", [Germany], new Money(150m, Currency.EUR), 1.July(2026)) { Name = "X", FlatDutyPerSubheading = new Money(-3m, Currency.EUR) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FlatDutyPerSubheading");
    }

    [Fact]
    public void EU_relief_never_covers_perfume()
    {
        var decision = LowValueRegimes.Assess(Parcel(China, 30m, Currency.EUR, Perfume), CountryCode.Parse("FR"), 1.March(2025));

        decision.IsDutyFree.Should().BeFalse();
        decision.Reason.Should().Be(DutyFreeReason.ExcludedGoods);
        LowValueRegimes.EuNegligibleValue.ImportingCountries.Should().HaveCount(27);
    }

    [Fact]
    public void Callers_can_supply_their_own_regimes()
    {
        // UK low-value imports: no customs duty on consignments of GBP 135 or less (except excise goods) since 2021-01-01.
        var uk = new LowValueRegime("gb-low-value-135", [CountryCode.Parse("GB")], new Money(135m, Currency.GBP), 1.January(2021))
        {
            Name = "UK customs duty relief up to GBP 135",
            ExcludedHsPrefixes = ["22", "24"],
        };

        var decision = LowValueRegimes.Assess(Parcel(China, 135m, Currency.GBP), CountryCode.Parse("GB"), 1.March(2026), [uk, .. LowValueRegimes.BuiltIn]);

        decision.IsDutyFree.Should().BeTrue();
        decision.RuleId.Should().Be("gb-low-value-135");
        decision.RuleName.Should().Be("UK customs duty relief up to GBP 135");
        LowValueRegimes.Assess(Parcel(China, 10m, Currency.GBP), CountryCode.Parse("GB"), 1.March(2026)).Reason.Should().Be(DutyFreeReason.NoRegime);
    }

    [Fact]
    public void Values_in_another_currency_than_the_threshold_must_be_converted_first()
    {
        FluentActions.Invoking(() => LowValueRegimes.Assess(Parcel(China, 100m, Currency.CNY), Us, 1.January(2025)))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.MoneySameCurrency);
        FluentActions.Invoking(() => LowValueRegimes.Assess([], Us, 1.January(2025)))
            .Should().Throw<ArgumentException>().WithParameterName("consignment").WithMessage("A consignment needs at least one customs declaration.*");
    }

    [Fact]
    public void Bad_regime_data_is_refused()
    {
        FluentActions.Invoking(() => new LowValueRegime("x", [], new Money(1m, Currency.USD), 1.January(2025)) { Name = "X" })
            .Should().Throw<ArgumentException>().WithParameterName("importingCountries");
        FluentActions.Invoking(() => new LowValueRegime("x", [Us], new Money(1m, Currency.USD), 2.January(2025)) { Name = "X", ValidUntil = 1.January(2025) })
            .Should().Throw<ArgumentException>().WithParameterName("ValidUntil")
            .WithMessage("ValidUntil 2025-01-01 is before ValidFrom 2025-01-02: a validity period includes both ends and cannot end before it starts.*");
        FluentActions.Invoking(() => new LowValueRegime("x", [Us], new Money(1m, Currency.USD), 1.January(2025)) { Name = "X", ExcludedHsPrefixes = ["3"] })
            .Should().Throw<ArgumentException>().WithParameterName("ExcludedHsPrefixes");
        FluentActions.Invoking(() => new LowValueRegime("x", [Us], new Money(1m, Currency.USD), 1.January(2025)) { Name = "X", Suspensions = [null!] })
            .Should().Throw<ArgumentException>().WithParameterName("Suspensions");
        FluentActions.Invoking(() => new LowValueSuspension("x", 2.January(2025)) { Description = "X", ValidUntil = 1.January(2025) })
            .Should().Throw<ArgumentException>().WithParameterName("ValidUntil");
        FluentActions.Invoking(() => new LowValueSuspension("x", 2.January(2025)) { Description = " " })
            .Should().Throw<ArgumentException>().WithParameterName("Description");
        FluentActions.Invoking(() => new LowValueRegime("x", [Us], new Money(1m, Currency.USD), 1.January(2025)) { Name = "" })
            .Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => new CustomsDeclaration(TShirts, China, new Money(-1m, Currency.USD), 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("declaredValue");
    }
}
