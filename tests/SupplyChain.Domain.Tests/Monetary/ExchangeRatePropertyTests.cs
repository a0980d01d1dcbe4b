using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Tests.Monetary;

/// <summary>Invariants of <see cref="ExchangeRateTable"/> on generated rates, amounts and tables.</summary>
public sealed class ExchangeRatePropertyTests
{
    private const int Runs = 300;
    private static readonly LocalDate Day = new(2024, 4, 2);

    /// <summary>Currencies with 0, 2, 3 and 4 decimals (JPY, CLP; USD, EUR; KWD, BHD; CLF).</summary>
    private static readonly Currency[] Pool = [.. new[] { "JPY", "CLP", "USD", "EUR", "KWD", "BHD", "CLF" }.Select(Currency.Parse)];

    // ---- There and back ----

    /// <summary>One round trip: A, B, the stored rate, which way it is stored, the amount in minor units of A, the midpoint.</summary>
    public sealed record RoundTrip(Currency A, Currency B, decimal Rate, bool StoredAsAToB, long MinorUnits, MidpointRounding Midpoint)
    {
        public Money Amount => new(MinorUnits / Pow10(A.MinorUnit!.Value), A);

        public override string ToString() => $"{Amount} ⇄ {B}, stored {(StoredAsAToB ? $"{A}/{B}" : $"{B}/{A}")} {Rate}, {Midpoint}";
    }

    /// <summary>
    /// Two different currencies of <see cref="Pool"/> (0 to 4 decimals); a rate of 7 significant digits from 0.0001 to
    /// 99,999.99 (mantissa 1.000000 to 9.999999 times 10⁻⁴ to 10⁴), stored either way round; an amount of −10⁹ to 10⁹
    /// minor units of A, one draw in three within ±1,000 minor units (where rounding is a large part of the amount);
    /// either midpoint rule.
    /// </summary>
    private static readonly Gen<RoundTrip> RoundTrips =
        from a in Gen.Elements(Pool)
        from b in Gen.Elements(Pool).Where(b => b != a)
        from mantissa in Gen.Choose(1_000_000, 9_999_999)
        from exponent in Gen.Choose(-4, 4)
        from storedAsAToB in Gen.Elements(true, false)
        from minorUnits in Gen.Frequency((2, Gen.Choose(-1_000_000_000, 1_000_000_000)), (1, Gen.Choose(-1_000, 1_000)))
        from midpoint in Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero)
        select new RoundTrip(a, b, mantissa / 1_000_000m * Scale(exponent), storedAsAToB, minorUnits, midpoint);

    /// <summary>10ⁿ, exactly (minor units per major unit for n decimals).</summary>
    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    private static decimal Scale(int exponent) => exponent >= 0 ? Pow10(exponent) : 1m / Pow10(-exponent);

    private static ExchangeRateTable TableOf(RoundTrip t) =>
        new([t.StoredAsAToB ? new ExchangeRate(t.A, t.B, t.Rate, Day, "generated") : new ExchangeRate(t.B, t.A, t.Rate, Day, "generated")]);

    [Property(MaxTest = Runs)]
    public Property Converting_there_and_back_loses_at_most_half_a_minor_unit_per_conversion() => Prop.ForAll(RoundTrips.ToArbitrary(), t =>
    {
        // x → y = round(x·ρ) loses at most ½ minor unit of B (uB), which is uB/(2ρ) back in A; y → z = round(y/ρ) loses
        // at most ½ minor unit of A (uA). So |z − x| ≤ uA/2 + uB/(2ρ): within one minor unit per conversion, each
        // measured in the currency it converts into. ρ is the rate A→B: the stored rate r, or 1/r when stored B/A.
        // Multiplied out so that only exact products are compared: ρ = r: 2|z − x|·r ≤ uA·r + uB; ρ = 1/r: 2|z − x| ≤ uA + uB·r.
        // The one decimal division (by r) is rounded to 28 significant digits, hence the 10⁻¹⁸ of slack.
        var table = TableOf(t);
        var x = t.Amount;
        var y = table.Convert(x, t.B, Day, t.Midpoint).Converted;
        var z = table.Convert(y, t.A, Day, t.Midpoint).Converted;
        var uA = 1m / Pow10(t.A.MinorUnit!.Value);
        var uB = 1m / Pow10(t.B.MinorUnit!.Value);
        var loss = Math.Abs(z.Amount - x.Amount);
        var within = t.StoredAsAToB ? 2m * loss * t.Rate <= (uA * t.Rate) + uB + 1e-18m : 2m * loss <= uA + (uB * t.Rate) + 1e-18m;
        return (within && z.Currency == t.A && y.IsWholeMinorUnits() && z.IsWholeMinorUnits()).Label($"{t}: {x} → {y} → {z}");
    });

    [Property(MaxTest = Runs)]
    public Property A_refund_converts_to_minus_the_payment() => Prop.ForAll(RoundTrips.ToArbitrary(), t =>
    {
        var table = TableOf(t);
        var payment = table.Convert(t.Amount, t.B, Day, t.Midpoint).Converted;
        var refund = table.Convert(-t.Amount, t.B, Day, t.Midpoint).Converted;
        return refund == -payment;
    });

    [Fact]
    public void The_round_trips_reach_both_routes_every_kind_of_minor_unit_and_a_visible_loss()
    {
        static IEnumerable<string> Labels(RoundTrip t)
        {
            var table = TableOf(t);
            var y = table.Convert(t.Amount, t.B, Day, t.Midpoint);
            var z = table.Convert(y.Converted, t.A, Day, t.Midpoint);
            yield return "there " + y.ConversionRate.Route;
            yield return "back " + z.ConversionRate.Route;
            yield return $"A with {t.A.MinorUnit} decimals";
            yield return $"B with {t.B.MinorUnit} decimals";
            yield return t.Rate < 1m ? "rate below 1" : "rate of 1 or more";
            yield return t.Rate < 0.001m ? "rate below 0.001" : t.Rate > 1000m ? "rate above 1000" : "rate from 0.001 to 1000";
            yield return t.MinorUnits < 0 ? "negative amount" : "non-negative amount";
            yield return Math.Abs(t.MinorUnits) <= 1000 ? "small amount" : "large amount";
            yield return t.Midpoint.ToString();
            yield return z.Converted == t.Amount ? "back to the same amount" : "back to another amount";
            if (y.Converted.IsZero && !t.Amount.IsZero)
            {
                yield return "converted to zero";
            }
        }

        Reach.Covers(RoundTrips, Runs, Labels,
        [
            "there Direct", "there Inverse", "back Direct", "back Inverse",
            "A with 0 decimals", "A with 2 decimals", "A with 3 decimals", "A with 4 decimals",
            "B with 0 decimals", "B with 2 decimals", "B with 3 decimals", "B with 4 decimals",
            "rate below 1", "rate of 1 or more", "rate below 0.001", "rate above 1000", "rate from 0.001 to 1000",
            "negative amount", "non-negative amount", "small amount", "large amount", "ToEven", "AwayFromZero",
            "back to the same amount", "back to another amount", "converted to zero",
        ]);
    }

    // ---- Rate in force and route, against a brute-force reading of the README ----

    /// <summary>A generated table and one question to it.</summary>
    public sealed record World(ExchangeRate[] Rates, Currency? Pivot, int? MaxAgeDays, Currency From, Currency To, LocalDate Date)
    {
        public override string ToString() =>
            $"{From}→{To} on {Date:uuuu-MM-dd}, pivot {Pivot?.Code ?? "none"}, max age {MaxAgeDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}: {string.Join("; ", Rates.Select(r => r.ToString()))}";
    }

    private static readonly Currency[] Three = [Currency.EUR, Currency.USD, Currency.JPY];
    private static readonly LocalDate First = new(2024, 3, 1);

    /// <summary>
    /// Among EUR, USD and JPY: for each of the 6 ordered pairs 0 to 3 rates (0.50 to 2.00 in hundredths) on distinct
    /// days of March 2024 (day 0 to 29); pivot EUR in half the draws; a maximum age of 0 to 10 days in half; a
    /// conversion between any two of the three (the same one in a ninth) on a day from 3 days before March to 3 days
    /// after it.
    /// </summary>
    private static readonly Gen<World> Worlds =
        from days in Gen.Choose(0, 29).ArrayOf(6 * 3)
        from counts in Gen.Choose(0, 3).ArrayOf(6)
        from values in Reach.Hundredths(50, 200).ArrayOf(6 * 3)
        from pivot in Gen.Elements<Currency?>(Currency.EUR, null)
        from maxAge in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 10).Select(d => (int?)d)))
        from source in Gen.Elements(Three)
        from target in Gen.Elements(Three)
        from day in Gen.Choose(-3, 32)
        select new World(RatesOf(days, counts, values), pivot, maxAge, source, target, First.PlusDays(day));

    private static ExchangeRate[] RatesOf(int[] days, int[] counts, decimal[] values)
    {
        var rates = new List<ExchangeRate>();
        var pair = 0;
        foreach (var @base in Three)
        {
            foreach (var quote in Three.Where(q => q != @base))
            {
                var slots = Enumerable.Range(pair * 3, counts[pair]).DistinctBy(i => days[i]);
                rates.AddRange(slots.Select(i => new ExchangeRate(@base, quote, values[i], First.PlusDays(days[i]), "generated")));
                pair++;
            }
        }

        return [.. rates];
    }

    private static ExchangeRateTable TableOf(World w) => new(w.Rates) { Pivot = w.Pivot, MaxAgeDays = w.MaxAgeDays };

    /// <summary>The README's rules read literally: a refusal id, or the route, the rate's date and the rates used.</summary>
    private static (string? Refusal, ConversionRoute Route, LocalDate? Date, ExchangeRate[] Used) BruteForce(World w)
    {
        ExchangeRate? Latest(Currency b, Currency q) =>
            w.Rates.Where(r => r.Base == b && r.Quote == q && r.Date <= w.Date).OrderByDescending(r => r.Date).FirstOrDefault();
        ExchangeRate? Leg(Currency from, Currency to) => Latest(from, to) ?? Latest(to, from);

        (ConversionRoute Route, ExchangeRate[] Used)? found = null;
        if (w.From == w.To)
        {
            return (null, ConversionRoute.Identity, null, []);
        }

        if (Latest(w.From, w.To) is { } direct)
        {
            found = (ConversionRoute.Direct, [direct]);
        }
        else if (Latest(w.To, w.From) is { } inverse)
        {
            found = (ConversionRoute.Inverse, [inverse]);
        }
        else if (w.Pivot is { } p && p != w.From && p != w.To && Leg(w.From, p) is { } one && Leg(p, w.To) is { } two)
        {
            found = (ConversionRoute.Triangulated, [one, two]);
        }

        if (found is not { } route)
        {
            return ("fx.rate-missing", default, null, []);
        }

        var date = route.Used.Min(r => r.Date);
        var age = Period.Between(date, w.Date, PeriodUnits.Days).Days;
        return w.MaxAgeDays is { } max && age > max ? ("fx.rate-stale", default, null, []) : (null, route.Route, date, route.Used);
    }

    [Property(MaxTest = Runs)]
    public Property The_rate_in_force_and_route_are_those_of_a_brute_force_reading() => Prop.ForAll(Worlds.ToArbitrary(), w =>
    {
        var expected = BruteForce(w);
        ConversionRate? found = null;
        string? refusal = null;
        try
        {
            found = TableOf(w).Find(w.From, w.To, w.Date);
        }
        catch (DomainRuleException e)
        {
            refusal = e.Rule;
        }

        var same = expected.Refusal is not null
            ? refusal == expected.Refusal
            : found is not null && found.Route == expected.Route && found.RateDate == expected.Date
              && found.UsedRates.SequenceEqual(expected.Used, ReferenceEqualityComparer.Instance);
        return same.Label($"{w}: expected {expected.Refusal ?? expected.Route.ToString()} {expected.Date}, got {refusal ?? found?.ToString()}");
    });

    [Fact]
    public void The_worlds_reach_every_route_both_refusals_and_the_edges_of_the_rate_in_force()
    {
        static IEnumerable<string> Labels(World w)
        {
            var (refusal, route, date, used) = BruteForce(w);
            yield return refusal ?? route.ToString();
            if (refusal is null && date == w.Date)
            {
                yield return "a rate dated on the day";
            }

            if (refusal is null && used.Length > 0 && w.Rates.Any(r => r.Base == used[0].Base && r.Quote == used[0].Quote && r.Date > w.Date))
            {
                yield return "a later rate of the pair ignored";
            }

            if (route == ConversionRoute.Direct && refusal is null && w.Rates.Any(r => r.Base == w.To && r.Quote == w.From && r.Date <= w.Date && r.Date > date))
            {
                yield return "direct although the inverse is newer";
            }

            if (refusal is null && w.MaxAgeDays is { } max && date is { } d && Period.Between(d, w.Date, PeriodUnits.Days).Days == max)
            {
                yield return "exactly the maximum age";
            }
        }

        Reach.Covers(Worlds, Runs, Labels,
        [
            "Identity", "Direct", "Inverse", "Triangulated", "fx.rate-missing", "fx.rate-stale", "a rate dated on the day",
            "a later rate of the pair ignored", "direct although the inverse is newer", "exactly the maximum age",
        ]);
    }
}
