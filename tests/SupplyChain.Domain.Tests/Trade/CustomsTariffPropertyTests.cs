using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Trade;

/// <summary>
/// Invariants of the customs assessment (issue 15): duty is additive over lines and over stacked measures of different
/// names, and a measure outside its dates never applies. Every property draws from an explicit generator whose ranges
/// are stated, and a companion fact proves with a fixed seed that the claimed cases are reached.
/// </summary>
public sealed class CustomsTariffPropertyTests
{
    private const int Runs = 200;

    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly CountryCode Germany = CountryCode.Parse("DE");
    private static readonly string[] Codes = ["6109100012", "6110200000", "9405428440", "9405110000", "4202320000", "7318150000"];
    private static readonly CountryCode[] Origins = [.. new[] { "CN", "VN", "IN", "HK", "TR" }.Select(CountryCode.Parse)];

    /// <summary>
    /// Example tariff for both destinations: an MFN / third-country duty per chapter for every origin (ad valorem, or
    /// per unit for chapter 42), Section 301 on lamps of China (two measures of one name, 8 and 10 digits), an anti-dumping
    /// duty per kilogram on Chinese screws into the EU, and an IEEPA duty on goods of China. Every generated line has a
    /// measure, so the normal measures never refuse.
    /// </summary>
    private static readonly CustomsMeasure[] Measures = BuildMeasures();

    /// <summary>A line: code, origin, 1 to 500 units of 0.01 to 500.00, net mass 0 to 1000.00 in kg or lb.</summary>
    public sealed record LineSpec(string Code, CountryCode Origin, int Quantity, decimal UnitValue, decimal Mass, bool Pounds);

    /// <summary>
    /// A consignment of 1 to 8 lines into the US on 2026-03-02 (Section 321 suspended for every origin since 2025-08-29)
    /// or into Germany on 2026-07-01 not under IOSS, without freight (the flat duty needs IOSS, and the EUR 150 relief has
    /// ended): under either the normal measures always apply, whatever the value.
    /// </summary>
    public sealed record ConsignmentSpec(bool European, LineSpec[] Lines);

    private static readonly Gen<LineSpec> Lines =
        from code in Gen.Elements(Codes)
        from origin in Gen.Elements(Origins)
        from quantity in Gen.Choose(1, 500)
        from value in Reach.Hundredths(1, 50_000)
        from mass in Reach.Hundredths(0, 100_000)
        from pounds in Gen.Elements(false, true)
        select new LineSpec(code, origin, quantity, value, mass, pounds);

    private static readonly Gen<ConsignmentSpec> Consignments =
        from european in Gen.Elements(false, true)
        from count in Gen.Choose(1, 8)
        from lines in Gen.ArrayOf(Lines, count)
        select new ConsignmentSpec(european, lines);

    [Property(MaxTest = Runs)]
    public Property Duty_is_additive_over_lines_under_the_normal_measures() => Prop.ForAll(Consignments.ToArbitrary(), spec =>
    {
        var tariff = new CustomsTariff(Measures);
        var together = tariff.Assess(Consignment(spec, spec.Lines));
        var alone = spec.Lines.Select(line => tariff.Assess(Consignment(spec, [line]))).ToArray();

        return together.Regime is null
            && together.Lines.Select(l => l.Duty).SequenceEqual(alone.Select(a => a.Duty))
            && together.Lines.Select(l => l.CustomsValue).SequenceEqual(alone.Select(a => a.CustomsValue))
            && together.Duty == alone.Aggregate(Money.Zero(together.Duty.Currency), (sum, a) => sum + a.Duty);
    });

    [Property(MaxTest = Runs)]
    public Property Duty_is_additive_over_stacked_measures_of_different_names() => Prop.ForAll(Consignments.ToArbitrary(), spec =>
    {
        // Each name alone, beside a 0 % measure of every chapter under another name (so that no line lacks a measure and
        // the 0 % adds 0.00): the duties of the names add up to the duty under all of them, line by line.
        var consignment = Consignment(spec, spec.Lines);
        var all = new CustomsTariff(Measures).Assess(consignment);
        var zero = Codes.Select(c => c[..2]).Distinct(StringComparer.Ordinal).SelectMany(chapter => new[]
        {
            new CustomsMeasure("~zero", CustomsTerritory.Of(Us), chapter, 0m),
            new CustomsMeasure("~zero", CustomsTerritory.EuropeanUnion, chapter, 0m),
        }).ToArray();
        var byName = Measures.GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(name => new CustomsTariff([.. name, .. zero]).Assess(consignment))
            .ToArray();

        return all.Lines.Select((line, i) => line.Duty == byName.Aggregate(Money.Zero(line.Duty.Currency), (sum, a) => sum + a.Lines[i].Duty)).All(same => same)
            && all.Duty == byName.Aggregate(Money.Zero(all.Duty.Currency), (sum, a) => sum + a.Duty);
    });

    /// <summary>
    /// A dated measure: starts 0 to 3000 days after 2020-01-01, lasts 0 to 1000 days or is open-ended (one in four); the
    /// entry date is its day before, first day, last day, day after, or any day of 2020–2031.
    /// </summary>
    public sealed record DatedSpec(LocalDate From, LocalDate? Until, LocalDate Entry, LineSpec Line);

    private static readonly LocalDate Epoch = new(2020, 1, 1);

    private static readonly Gen<DatedSpec> Dated =
        from start in Gen.Choose(0, 3000)
        from length in Gen.Choose(0, 1000)
        from open in Gen.Choose(0, 3)
        from pick in Gen.Choose(0, 4)
        from any in Gen.Choose(0, 4300)
        from line in Lines
        let first = Epoch.PlusDays(start)
        let last = open == 0 ? (LocalDate?)null : first.PlusDays(length)
        let entry = pick switch
        {
            0 => first.PlusDays(-1),
            1 => first,
            2 => last ?? first.PlusDays(length),
            3 => (last ?? first.PlusDays(length)).PlusDays(1),
            _ => Epoch.PlusDays(any),
        }
        select new DatedSpec(first, last, entry, line with { Quantity = Math.Max(line.Quantity, 100), UnitValue = Math.Max(line.UnitValue, 10m) });

    [Property(MaxTest = Runs)]
    public Property A_measure_outside_its_dates_never_applies() => Prop.ForAll(Dated.ToArbitrary(), spec =>
    {
        // Into the US with at least 100 units of at least 10.00 (more than USD 800): Section 321 never relieves it, on any
        // date. The dated 10 % measure applies exactly on the days from its start to its end, both included.
        var dated = new CustomsMeasure("dated", CustomsTerritory.Of(Us), spec.Line.Code[..2], 10m) { ValidFrom = spec.From, ValidUntil = spec.Until };
        var baseline = new CustomsMeasure("baseline", CustomsTerritory.Of(Us), spec.Line.Code[..2], 1m);
        var consignment = new CustomsConsignment(Us, spec.Entry, [LineOf(spec.Line, Currency.USD)]);
        var line = new CustomsTariff([baseline, dated]).Assess(consignment).Lines[0];
        var without = new CustomsTariff([baseline]).Assess(consignment).Lines[0];
        var inForce = spec.From <= spec.Entry && (spec.Until is not { } until || spec.Entry <= until);

        return inForce
            ? line.MeasureNames.SequenceEqual(["baseline", "dated"], StringComparer.Ordinal) && line.Duty == without.Duty + (line.CustomsValue * 0.10m).Round()
            : line.MeasureNames.SequenceEqual(["baseline"], StringComparer.Ordinal) && line.Duty == without.Duty;
    });

    [Fact]
    public void The_generators_reach_both_destinations_every_kind_of_measure_and_every_side_of_a_validity()
    {
        var tariff = new CustomsTariff(Measures);
        Reach.Covers(Consignments, Runs, spec =>
        {
            var labels = new List<string> { spec.European ? "EU" : "US", spec.Lines.Length > 1 ? "several lines" : "one line" };
            var destination = spec.European ? Germany : Us;
            var date = spec.European ? new LocalDate(2026, 7, 1) : new LocalDate(2026, 3, 2);
            foreach (var line in spec.Lines)
            {
                labels.Add(line.Pounds ? "lb" : "kg");
                var applied = tariff.MeasuresFor(HsCode.Parse(line.Code), line.Origin, destination, date);
                labels.AddRange(applied.Select(m => m.Kind.ToString()));
                if (applied.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    labels.Add("stacked names");
                }
            }

            return labels;
        }, ["US", "EU", "several lines", "one line", "lb", "kg", "AdValorem", "SpecificPerUnit", "SpecificPerKilogram", "stacked names"]);

        Reach.Covers(Dated, Runs, spec => new[]
        {
            spec.Until is null ? "open-ended" : "ends",
            spec.Entry < spec.From ? "before" : spec.Entry == spec.From ? "first day" : spec.Until is { } u && spec.Entry == u ? "last day"
                : spec.Until is { } v && spec.Entry > v ? "after" : "inside",
        }, ["open-ended", "ends", "before", "first day", "last day", "after", "inside"]);
    }

    private static CustomsConsignment Consignment(ConsignmentSpec spec, LineSpec[] lines) => spec.European
        ? new CustomsConsignment(Germany, new LocalDate(2026, 7, 1), [.. lines.Select(l => LineOf(l, Currency.EUR))])
        : new CustomsConsignment(Us, new LocalDate(2026, 3, 2), [.. lines.Select(l => LineOf(l, Currency.USD))]);

    private static CustomsLine LineOf(LineSpec l, Currency currency) => new(
        HsCode.Parse(l.Code), l.Origin, l.Quantity, l.Pounds ? Mass.FromPounds((double)l.Mass) : Mass.FromKilograms((double)l.Mass), new Money(l.UnitValue, currency));

    private static CustomsMeasure[] BuildMeasures()
    {
        var china = CountryCode.Parse("CN");
        var us = CustomsTerritory.Of(Us);
        var eu = CustomsTerritory.EuropeanUnion;
        return
        [
            new("MFN", us, "61", 16.5m), new("MFN", us, "94", 3.9m), new("MFN", us, "73", 5.7m),
            new("MFN", us, "42", CustomsMeasureKind.SpecificPerUnit, new Money(0.37m, Currency.USD)),
            new("MFN", us, "4202", 4.5m),
            new("Section 301", us, "94054284", 25m) { Origin = china },
            new("Section 301", us, "9405428440", 0m) { Origin = china, ValidUntil = new LocalDate(2025, 8, 31) },
            new("IEEPA", us, "61", 10m) { Origin = china }, new("IEEPA", us, "94", 10m) { Origin = china },
            new("third-country duty", eu, "61", 12m), new("third-country duty", eu, "94", 4.7m), new("third-country duty", eu, "73", 3.7m),
            new("third-country duty", eu, "42", CustomsMeasureKind.SpecificPerUnit, new Money(0.29m, Currency.EUR)),
            new("anti-dumping", eu, "7318", CustomsMeasureKind.SpecificPerKilogram, new Money(0.85m, Currency.EUR)) { Origin = china },
        ];
    }
}
