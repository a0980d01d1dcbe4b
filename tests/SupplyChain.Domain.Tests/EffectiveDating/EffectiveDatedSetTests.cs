using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace SupplyChain.Domain.Tests.EffectiveDating;

/// <summary>
/// The one effective-dating vocabulary (issue 13): <see cref="IEffectiveDated"/> (ValidFrom and ValidUntil both
/// inclusive, null end open) and <see cref="EffectiveDatedSet{TKey, T}"/> (per key, the entry in force that started last).
/// </summary>
public sealed class EffectiveDatedSetTests
{
    private const int Runs = 200;

    /// <summary>A caller's own dated data: a price list per region.</summary>
    private sealed class PriceList(string name, string region, LocalDate validFrom, LocalDate? validUntil = null) : IEffectiveDated
    {
        public string Name { get; } = name;

        public string Region { get; } = region;

        public LocalDate ValidFrom { get; } = validFrom;

        public LocalDate? ValidUntil { get; } = validUntil;

        public bool IsInForce(LocalDate day) => day >= ValidFrom && (ValidUntil is not { } until || day <= until);

        public override string ToString() => Name;
    }

    private static LocalDate Day(int month, int day) => new(2026, month, day);

    private static EffectiveDatedSet<string, PriceList> Set(params PriceList[] lists) => new(lists, l => l.Region);

    [Fact]
    public void A_later_entry_supersedes_an_open_ended_one_from_its_first_day()
    {
        var spring = new PriceList("spring", "EU", Day(3, 1));
        var summer = new PriceList("summer", "EU", Day(6, 1));
        var set = Set(summer, spring);   // order given does not matter

        set.InForce("EU", Day(5, 31)).Should().BeSameAs(spring);
        set.InForce("EU", Day(6, 1)).Should().BeSameAs(summer, "the later entry applies from its first day");
        set.InForce("EU", new LocalDate(2099, 1, 1)).Should().BeSameAs(summer);
        set.Items.Should().Equal(summer, spring);
        set.Keys.Should().Equal("EU");
    }

    [Fact]
    public void An_entry_with_an_end_date_applies_through_that_day_and_then_the_earlier_one_again()
    {
        // A promotion inside an open-ended list: 2026-07-01 to 2026-07-31; before and after it the base list applies.
        var baseList = new PriceList("base", "EU", Day(1, 1));
        var july = new PriceList("july-promotion", "EU", Day(7, 1), Day(7, 31));
        var set = Set(baseList, july);

        set.InForce("EU", Day(6, 30)).Should().BeSameAs(baseList);
        set.InForce("EU", Day(7, 1)).Should().BeSameAs(july);
        set.InForce("EU", Day(7, 31)).Should().BeSameAs(july, "both ends are inclusive");
        set.InForce("EU", Day(8, 1)).Should().BeSameAs(baseList);
    }

    [Fact]
    public void Keys_are_independent()
    {
        var eu = new PriceList("eu", "EU", Day(1, 1));
        var us = new PriceList("us", "US", Day(5, 1));
        var set = Set(eu, us);

        set.InForce("EU", Day(2, 1)).Should().BeSameAs(eu);
        set.TryGetInForce("US", Day(2, 1), out var none).Should().BeFalse();
        none.Should().BeNull();
        set.TryGetInForce(null, Day(2, 1), out _).Should().BeFalse("a null key finds nothing and does not throw");
        set.TryGetInForce("JP", Day(2, 1), out _).Should().BeFalse();
    }

    [Fact]
    public void A_date_of_another_calendar_is_the_same_day()
    {
        // Julian 2026-05-19 is Gregorian (ISO) 2026-06-01: the calendars are 13 days apart from 1900-03-01 to 2100-02-28.
        var set = Set(new PriceList("spring", "EU", Day(3, 1)), new PriceList("summer", "EU", Day(6, 1)));

        set.InForce("EU", new LocalDate(2026, 5, 19, CalendarSystem.Julian)).Name.Should().Be("summer");
        set.InForce("EU", new LocalDate(2026, 5, 18, CalendarSystem.Julian)).Name.Should().Be("spring");
    }

    [Fact]
    public void The_reason_nothing_is_in_force_is_in_the_message()
    {
        var set = Set(new PriceList("spring", "EU", Day(3, 1), Day(5, 31)), new PriceList("us", "US", Day(1, 1)));

        FluentActions.Invoking(() => set.InForce("JP", Day(4, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("key")
            .WithMessage("No PriceList is in force for key JP on 2026-04-01: there is none for JP (keys with one: EU, US).*");
        FluentActions.Invoking(() => set.InForce("EU", Day(2, 28)))
            .Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("No PriceList is in force for key EU on 2026-02-28: the earliest for EU starts on 2026-03-01.*");
        FluentActions.Invoking(() => set.InForce("EU", Day(6, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("No PriceList is in force for key EU on 2026-06-01: none for EU covers that day (the latest ended on 2026-05-31).*");
        FluentActions.Invoking(() => set.InForce(null!, Day(6, 1))).Should().Throw<ArgumentNullException>().WithParameterName("key");
    }

    [Fact]
    public void Two_entries_of_one_key_cannot_start_on_the_same_day()
    {
        var act = () => Set(new PriceList("a", "EU", Day(3, 1)), new PriceList("b", "EU", Day(3, 1), Day(3, 31)));

        act.Should().Throw<ArgumentException>().WithParameterName("items")
            .WithMessage("items must not hold two entries for key EU starting on the same day, but 'a' and 'b' both start on 2026-03-01.*");
        Set(new PriceList("a", "EU", Day(3, 1)), new PriceList("b", "US", Day(3, 1))).Count.Should().Be(2, "other keys may start on the same day");
    }

    [Fact]
    public void With_returns_a_new_set_and_checks_the_new_entry()
    {
        var spring = new PriceList("spring", "EU", Day(3, 1));
        var set = Set(spring);
        var summer = new PriceList("summer", "EU", Day(6, 1));

        var later = set.With(summer);

        later.InForce("EU", Day(6, 1)).Should().BeSameAs(summer);
        set.InForce("EU", Day(6, 1)).Should().BeSameAs(spring, "the original set is unchanged");
        FluentActions.Invoking(() => later.With(new PriceList("clash", "EU", Day(6, 1)))).Should().Throw<ArgumentException>().WithParameterName("item");
    }

    [Fact]
    public void Bad_entries_are_refused()
    {
        FluentActions.Invoking(() => new EffectiveDatedSet<string, PriceList>(null!, l => l.Region)).Should().Throw<ArgumentNullException>().WithParameterName("items");
        FluentActions.Invoking(() => new EffectiveDatedSet<string, PriceList>([null!], l => l.Region)).Should().Throw<ArgumentNullException>().WithParameterName("items");
        FluentActions.Invoking(() => new EffectiveDatedSet<string, PriceList>([], null!)).Should().Throw<ArgumentNullException>().WithParameterName("keyOf");
        FluentActions.Invoking(() => new EffectiveDatedSet<string, PriceList>([new PriceList("x", null!, Day(1, 1))], l => l.Region))
            .Should().Throw<ArgumentNullException>().WithParameterName("keyOf").WithMessage("keyOf returned null for 'x'*");
    }

    /// <summary>
    /// One to six entries over two keys, each starting on one of the first 40 days of 2026, half open-ended and half
    /// ending 0 to 19 days after their start; looked up on a day from 2025-12-27 to 2026-02-19 (before the first start,
    /// inside, in gaps and after every end).
    /// </summary>
    private static readonly Gen<(int Key, int Start, int Length)[]> Entries =
        from count in Gen.Choose(1, 6)
        from entries in (from key in Gen.Choose(0, 1)
                         from start in Gen.Choose(0, 39)
                         from length in Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, 19)))
                         select (key, start, length)).ArrayOf(count)
        select entries;

    private static readonly Gen<((int Key, int Start, int Length)[] Entries, int Day)> Cases =
        from entries in Entries
        from day in Gen.Choose(-5, 49)
        select (entries, day);

    private static readonly LocalDate Start = new(2026, 1, 1);

    private static PriceList[]? Lists((int Key, int Start, int Length)[] entries)
    {
        // Two entries of one key starting on the same day are refused; such a draw is not a case of this property.
        if (entries.DistinctBy(e => (e.Key, e.Start)).Count() < entries.Length)
        {
            return null;
        }

        return [.. entries.Select((e, i) => new PriceList($"list-{i}", e.Key == 0 ? "EU" : "US", Start.PlusDays(e.Start), e.Length < 0 ? null : Start.PlusDays(e.Start + e.Length)))];
    }

    /// <summary>The rule spelled out by brute force, independently of the set's sorted per-key arrays.</summary>
    private static PriceList? Expected(PriceList[] lists, string key, LocalDate day) =>
        lists.Where(l => l.Region == key && l.ValidFrom <= day && (l.ValidUntil is null || day <= l.ValidUntil))
            .OrderByDescending(l => l.ValidFrom)
            .FirstOrDefault();

    [Property(MaxTest = Runs)]
    public Property The_lookup_is_the_latest_start_among_the_entries_in_force() => Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        if (Lists(c.Entries) is not { } lists)
        {
            return true;
        }

        var set = Set(lists);
        var day = Start.PlusDays(c.Day);
        return new[] { "EU", "US" }.All(key =>
            set.TryGetInForce(key, day, out var found) == (Expected(lists, key, day) is not null) && ReferenceEquals(found, Expected(lists, key, day)));
    });

    [Fact]
    public void The_lookup_property_reaches_every_case()
    {
        static IEnumerable<string> Labels(((int Key, int Start, int Length)[] Entries, int Day) c)
        {
            if (Lists(c.Entries) is not { } lists)
            {
                yield return "duplicate start (skipped)";
                yield break;
            }

            var day = Start.PlusDays(c.Day);
            var ofEu = lists.Where(l => l.Region == "EU").ToArray();
            var expected = Expected(lists, "EU", day);
            if (ofEu.Length == 0)
            {
                yield return "no entry for the key";
            }
            else if (day < ofEu.Min(l => l.ValidFrom))
            {
                yield return "before the first start";
            }
            else if (expected is null)
            {
                yield return "in a gap or after every end";
            }
            else
            {
                yield return ofEu.Count(l => l.IsInForce(day)) > 1 ? "several in force, latest start wins" : "exactly one in force";
                if (expected.ValidUntil == day)
                {
                    yield return "on the last day of an entry";
                }
            }
        }

        Reach.Covers(Cases, Runs, Labels,
            ["no entry for the key", "before the first start", "in a gap or after every end", "several in force, latest start wins", "exactly one in force", "on the last day of an entry"]);
        Reach.Sample(Cases, Runs).Count(c => Lists(c.Entries) is null).Should().BeLessThan(Runs / 4, "most draws are real cases, not skipped duplicates");
    }
}
