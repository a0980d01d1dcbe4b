using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Duty rates are effective-dated: the rate in force on the request's date applies.</summary>
public sealed class DutyRateTableTests
{
    private static readonly HsCode LampCode = HsCode.Parse("9405.21");

    // Modelled on the US Section 301 additional duty on goods of China origin, List 3 (USTR notices 83 FR 47974:
    // 10 % from 2018-09-24, and 84 FR 20459: 25 % from 2019-05-10). Only that additional duty is modelled (the MFN
    // duty is left out), and the HS 9405 prefix stands for the lamp subheadings on List 3.
    private static DutyRateTable Section301(bool withRateBefore = true) => new(
    [
        .. withRateBefore ? [new DutyRate(US, "9405", 0m)] : Array.Empty<DutyRate>(),
        new DutyRate(US, "9405", 0.10m) { ValidFrom = new LocalDate(2018, 9, 24) },
        new DutyRate(US, "9405", 0.25m) { ValidFrom = new LocalDate(2019, 5, 10) },
    ]);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void The_rate_in_force_on_the_date_applies()
    {
        var table = Section301();

        table.For(LampCode, US, new LocalDate(2018, 9, 23)).Duty.Should().Be(0m);
        table.For(LampCode, US, new LocalDate(2018, 9, 24)).Duty.Should().Be(0.10m);
        table.For(LampCode, US, new LocalDate(2019, 5, 9)).Duty.Should().Be(0.10m);
        table.For(LampCode, US, new LocalDate(2019, 5, 10)).Duty.Should().Be(0.25m);
        table.For(LampCode, US, new LocalDate(2026, 3, 2)).Duty.Should().Be(0.25m);
    }

    [Fact]
    public void A_date_before_any_rate_breaks_the_duty_rate_rule()
    {
        var act = () => Section301(withRateBefore: false).For(LampCode, US, new LocalDate(2018, 9, 23));

        act.Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.TradeDutyRateKnown)
            .WithMessage("No duty rate covering HS 940521 into US is in force on 2018-09-23: the earliest starts on 2018-09-24.");
    }

    [Fact]
    public void The_longest_prefix_in_force_wins_and_a_later_one_does_not_hide_it_before_its_start()
    {
        // Invented: a 6-digit rate of 5 % from 2030-01-01 (not a real tariff change).
        var table = new DutyRateTable([.. Section301().All, new DutyRate(US, "940521", 0.05m) { ValidFrom = new LocalDate(2030, 1, 1) }]);

        table.For(LampCode, US, new LocalDate(2029, 12, 31)).Duty.Should().Be(0.25m);
        table.For(LampCode, US, new LocalDate(2030, 1, 1)).Duty.Should().Be(0.05m);
        table.For(HsCode.Parse("9405.11"), US, new LocalDate(2030, 1, 1)).Duty.Should().Be(0.25m);
    }

    [Fact]
    public void A_rate_without_a_date_is_always_in_force()
    {
        var always = new DutyRate(US, "9405", 0.075m);

        always.ValidFrom.Should().Be(LocalDate.MinIsoValue);
        new DutyRateTable([always]).For(LampCode, US, new LocalDate(1900, 1, 1)).Should().BeSameAs(always);
        always.ToString().Should().Be("US 9405: duty 7.5 %, import tax 0 %");
        new DutyRate(US, "9405", 0.25m) { ValidFrom = new LocalDate(2019, 5, 10) }.ToString().Should().Be("US 9405: duty 25 %, import tax 0 % from 2019-05-10");
    }

    [Fact]
    public void A_table_refuses_two_rates_of_one_prefix_starting_on_the_same_day()
    {
        var day = new LocalDate(2019, 5, 10);
        var act = () => new DutyRateTable([new DutyRate(US, "9405", 0.25m) { ValidFrom = day }, new DutyRate(US, "9405", 0.10m) { ValidFrom = day }]);
        var undated = () => new DutyRateTable([new DutyRate(US, "9405", 0.25m), new DutyRate(US, "9405", 0.10m)]);

        act.Should().Throw<ArgumentException>().WithParameterName("rates").WithMessage(
            "rates must not hold two entries for destination and HS prefix (US, 9405) starting on the same day, but 'US 9405: duty 25 %, import tax 0 % from 2019-05-10' and 'US 9405: duty 10 %, import tax 0 % from 2019-05-10' both start on 2019-05-10.*");
        undated.Should().Throw<ArgumentException>().WithParameterName("rates").WithMessage("*both start on the earliest day (no start date).*");
    }

    [Fact]
    public void A_start_date_of_another_calendar_is_kept_as_the_same_ISO_day()
    {
        // Between 1900-03-01 and 2100-02-28 the Julian calendar runs 13 days behind the Gregorian (ISO) one, so
        // Julian 2019-05-10 is ISO 2019-05-23.
        var rate = new DutyRate(US, "9405", 0.25m) { ValidFrom = new LocalDate(2019, 5, 10, CalendarSystem.Julian) };

        rate.ValidFrom.Should().Be(new LocalDate(2019, 5, 23));
        rate.IsInForce(new LocalDate(2019, 5, 22)).Should().BeFalse();
        rate.IsInForce(new LocalDate(2019, 5, 10, CalendarSystem.Julian)).Should().BeTrue("the same day in either calendar");
    }

    [Fact]
    public void A_rate_with_an_end_date_no_longer_hides_a_shorter_prefix()
    {
        // Invented: a 6-digit rate for HS 940521 in force during 2020 only; the 4-digit 9405 rate (25 % from
        // 2019-05-10) applies before and after it.
        var lamp = new DutyRate(US, "940521", 0.05m) { ValidFrom = new LocalDate(2020, 1, 1), ValidUntil = new LocalDate(2020, 12, 31) };
        var table = new DutyRateTable([.. Section301().All, lamp]);

        table.For(LampCode, US, new LocalDate(2019, 12, 31)).Duty.Should().Be(0.25m);
        table.For(LampCode, US, new LocalDate(2020, 1, 1)).Should().BeSameAs(lamp);
        table.For(LampCode, US, new LocalDate(2020, 12, 31)).Should().BeSameAs(lamp, "the end date is included");
        table.For(LampCode, US, new LocalDate(2021, 1, 1)).Duty.Should().Be(0.25m);
        lamp.ToString().Should().Be("US 940521: duty 5 %, import tax 0 % from 2020-01-01 to 2020-12-31");
    }

    [Fact]
    public void An_import_tax_is_set_by_name_and_checked()
    {
        new DutyRate(US, "9405", 0.25m).ImportTax.Should().Be(0m, "no import tax unless one is given");
        new DutyRate(US, "9405", 0.25m) { ImportTax = 0.20m }.ImportTax.Should().Be(0.20m);
        FluentActions.Invoking(() => new DutyRate(US, "9405", 0.25m) { ImportTax = 1.01m })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ImportTax");
        FluentActions.Invoking(() => new DutyRate(US, "9405", 10.01m))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dutyRate");
    }

    [Fact]
    public void A_table_whose_only_rate_has_ended_says_so()
    {
        var ended = new DutyRate(US, "9405", 0.25m) { ValidFrom = new LocalDate(2019, 5, 10), ValidUntil = new LocalDate(2020, 12, 31) };

        FluentActions.Invoking(() => new DutyRateTable([ended]).For(LampCode, US, new LocalDate(2021, 1, 1)))
            .Should().Throw<DomainRuleException>().Where(e => e.Rule == DomainRules.TradeDutyRateKnown)
            .WithMessage("No duty rate covering HS 940521 into US is in force on 2021-01-01: the rates covering it have ended or not yet started on that day.");
    }
}
