using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Tests.Identifiers;

public sealed class GtinTests
{
    [Theory]
    // Published examples with their check digits (shared/STYLE.md H3): Wikipedia's EAN-13 4006381333931 and EAN-8
    // 96385074, the UPC-A 036000291452 (Wikipedia "Universal Product Code"), GS1's check digit calculator 6291041500213.
    [InlineData("4006381333931", GtinFormat.Gtin13, "04006381333931")]
    [InlineData("96385074", GtinFormat.Gtin8, "00000096385074")]
    [InlineData("036000291452", GtinFormat.Gtin12, "00036000291452")]
    [InlineData("6291041500213", GtinFormat.Gtin13, "06291041500213")]
    public void Parses_published_examples(string text, GtinFormat format, string gtin14)
    {
        var gtin = Gtin.Parse(text);

        gtin.Format.Should().Be(format);
        gtin.Gtin14.Should().Be(gtin14);
        gtin.ToString().Should().Be(text);
        gtin.CheckDigit.Should().Be(text[^1] - '0');
    }

    [Fact]
    public void A_UPC_A_and_its_EAN_13_form_are_the_same_trade_item()
    {
        // GS1: a GTIN-12 written with a leading zero as GTIN-13 is the same number (same GTIN-14 form).
        var upc = Gtin.Parse("036000291452");
        var ean = Gtin.Parse("0036000291452");

        upc.Should().Be(ean);
        (upc == ean).Should().BeTrue();
        upc.GetHashCode().Should().Be(ean.GetHashCode());
        upc.Format.Should().NotBe(ean.Format);
    }

    [Fact]
    public void A_case_GTIN_14_differs_from_its_unit_GTIN()
    {
        // Indicator 1 marks a packaging level: 10614141000415 is a case, 00614141000418 would be the unit.
        var caseGtin = Gtin.Parse("10614141000415");
        caseGtin.Indicator.Should().Be(1);
        caseGtin.Gs1Prefix.Value.Should().Be("061");
    }

    [Fact]
    public void The_prefix_names_the_issuer_not_the_country_of_origin()
    {
        var prefix = Gtin.Parse("6901234567892").Gs1Prefix;

        prefix.Value.Should().Be("690");
        prefix.IssuedBy.Should().Be("GS1 China");
        prefix.Use.Should().Be(Gs1PrefixUse.MemberOrganisation);
    }

    [Theory]
    [InlineData("200", "Restricted circulation", Gs1PrefixUse.RestrictedCirculation)]
    [InlineData("045", "Restricted circulation", Gs1PrefixUse.RestrictedCirculation)]
    [InlineData("978", "Bookland (ISBN)", Gs1PrefixUse.Publication)]
    [InlineData("991", "Coupons", Gs1PrefixUse.Coupon)]
    [InlineData("155", "Unassigned", Gs1PrefixUse.Unassigned)]
    public void Prefix_ranges_are_recognised(string digits, string issuer, Gs1PrefixUse use)
    {
        var prefix = Gs1Prefix.Of(digits);
        prefix.IssuedBy.Should().Be(issuer);
        prefix.Use.Should().Be(use);
    }

    [Theory]
    [InlineData(null, "null is not a valid GTIN: the text must not be null.")]
    [InlineData("", "'' is not a valid GTIN: a GTIN has 8, 12, 13 or 14 digits, but this has 0.")]
    [InlineData("   ", "'   ' is not a valid GTIN: only the ASCII digits 0-9 are allowed, but character ' ' at position 1 is not one.")]
    [InlineData("400638133393", "'400638133393' is not a valid GTIN: the GS1 mod-10 check digit should be 0, but is 3.")]
    [InlineData("4006381333932", "'4006381333932' is not a valid GTIN: the GS1 mod-10 check digit should be 1, but is 2.")]
    [InlineData("40063813339", "'40063813339' is not a valid GTIN: a GTIN has 8, 12, 13 or 14 digits, but this has 11.")]
    [InlineData("400638133393A", "'400638133393A' is not a valid GTIN: only the ASCII digits 0-9 are allowed, but character 'A' at position 13 is not one.")]
    [InlineData("４００６３８１３３３９３１", "'４００６３８１３３３９３１' is not a valid GTIN: only the ASCII digits 0-9 are allowed, but character '４' at position 1 is not one.")]
    public void Bad_input_is_a_FormatException_naming_the_rule(string? text, string message)
    {
        // 400638133393 read as a GTIN-12: payload 40063813339, digits from the right 9,3,3,3,1,8,3,6,0,0,4 weighted
        // 3,1,3,1,...: 27+3+9+3+3+8+9+6+0+0+12 = 80, so the check digit must be (10 − 0) mod 10 = 0, not 3.
        // 4006381333932: the published EAN-13 is 4006381333931, so the check digit must be 1.
        FluentActions.Invoking(() => Gtin.Parse(text)).Should().Throw<FormatException>().WithMessage(message);
        Gtin.TryParse(text, out var result).Should().BeFalse();
        result.Should().BeNull();
    }

    [Fact]
    public void A_required_format_is_enforced()
    {
        FluentActions.Invoking(() => Gtin.Parse("036000291452", GtinFormat.Gtin13)).Should().Throw<FormatException>()
            .WithMessage("'036000291452' is not a valid GTIN-13: a GTIN-13 has 13 digits, but this has 12.");
        Gtin.TryParse("036000291452", GtinFormat.Gtin12, out var upc).Should().BeTrue();
        upc!.Format.Should().Be(GtinFormat.Gtin12);
    }

    private const int Runs = 200;

    /// <summary>A valid GTIN-13: twelve independent digits 0 to 9 and the oracle's check digit.</summary>
    private static readonly Gen<string> Gtin13s =
        Gen.Choose(0, 9).ArrayOf(12).Select(digits => string.Concat(digits) is var payload ? payload + OracleCheckDigit13(payload) : "");

    /// <summary>A valid GTIN-13, a position 0 to 12 and a change of +1 to +9 (mod 10) to the digit there.</summary>
    private static readonly Gen<(string Gtin, int Position, int Delta)> DigitChanges =
        from gtin in Gtin13s
        from position in Gen.Choose(0, 12)
        from delta in Gen.Choose(1, 9)
        select (gtin, position, delta);

    /// <summary>A valid GTIN-13 and a position 0 to 11 whose digit is swapped with the next (one in three made to differ by 5).</summary>
    private static readonly Gen<(string Gtin, int Position)> Transpositions =
        from gtin in Gtin13s
        from position in Gen.Choose(0, 11)
        from byFive in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (byFive ? DifferingByFive(gtin, position) : gtin, position);

    /// <summary>
    /// The GTIN with the digit after <paramref name="i"/> set to the digit at i ± 5, and the check digit recomputed; the
    /// GTIN as it is when that next digit is the check digit itself (i = 11).
    /// </summary>
    private static string DifferingByFive(string gtin, int i)
    {
        if (i == 11)
        {
            return gtin;
        }

        var chars = gtin.ToCharArray(0, 12);
        chars[i + 1] = (char)('0' + ((chars[i] - '0' + 5) % 10));
        var payload = new string(chars);
        return payload + OracleCheckDigit13(payload);
    }

    [Property(MaxTest = Runs)]
    public Property Any_single_digit_change_of_a_GTIN_13_is_detected() => Prop.ForAll(DigitChanges.ToArbitrary(), given =>
    {
        var (gtin, i, delta) = given;
        var changed = (char)('0' + ((gtin[i] - '0' + delta) % 10)); // always a different digit
        var mutated = string.Concat(gtin.AsSpan(0, i), changed.ToString(), gtin.AsSpan(i + 1));

        Gtin.TryParse(mutated, out _).Should().BeFalse($"{mutated} differs from {gtin} in one digit");
    });

    [Property(MaxTest = Runs)]
    public Property Adjacent_transpositions_are_detected_unless_the_digits_differ_by_5() => Prop.ForAll(Transpositions.ToArbitrary(), given =>
    {
        var (gtin, i) = given;
        var (a, b) = (gtin[i], gtin[i + 1]);
        var swapped = string.Concat(gtin.AsSpan(0, i), b.ToString(), a.ToString(), gtin.AsSpan(i + 2));

        // Weights alternate 3 and 1, so swapping a and b changes the sum by 2(a − b): invisible mod 10 exactly when
        // a = b or |a − b| = 5 (GS1 mod-10 cannot detect 0↔5, 1↔6, ...).
        var undetectable = a == b || Math.Abs(a - b) == 5;
        Gtin.TryParse(swapped, out _).Should().Be(undetectable);
    });

    [Property(MaxTest = Runs)]
    public Property Parse_of_ToString_round_trips() => Prop.ForAll(Gtin13s.ToArbitrary(), text =>
    {
        var gtin = Gtin.Parse(text);
        var again = Gtin.Parse(gtin.ToString());
        again.Should().Be(gtin);
        again.Format.Should().Be(gtin.Format);
    });

    [Fact]
    public void The_changes_reach_every_position_and_delta_and_the_transpositions_every_case()
    {
        Reach.Covers(DigitChanges, Runs, given => ["position " + given.Position, "delta " + given.Delta, given.Position == 12 ? "check digit changed" : "payload changed"],
            [.. Enumerable.Range(0, 13).Select(i => "position " + i), .. Enumerable.Range(1, 9).Select(d => "delta " + d), "check digit changed", "payload changed"]);
        Reach.Covers(Transpositions, Runs, given =>
            {
                var (a, b) = (given.Gtin[given.Position], given.Gtin[given.Position + 1]);
                return [a == b ? "equal digits" : Math.Abs(a - b) == 5 ? "digits differ by 5" : "detectable swap", given.Position == 11 ? "swap with the check digit" : "swap in the payload"];
            },
            ["equal digits", "digits differ by 5", "detectable swap", "swap with the check digit", "swap in the payload"]);
    }

    [Fact]
    public void The_oracle_agrees_with_published_check_digits()
    {
        // Guards the test oracle itself against the published examples.
        OracleCheckDigit13("400638133393").Should().Be(1);
        OracleCheckDigit13("629104150021").Should().Be(3);
        OracleCheckDigit13("730001100001").Should().Be(7);
    }

    /// <summary>A valid GTIN-13 built with an oracle independent of the library's routine.</summary>
    /// <summary>
    /// GS1's left-to-right formulation for a 13-digit key: positions 1..12 weighted 1, 3, 1, 3, ...; check = the
    /// amount needed to reach the next multiple of 10 (GS1 General Specifications, check digit calculation table).
    /// </summary>
    private static int OracleCheckDigit13(string payload12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (payload12[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        var nextTen = (sum + 9) / 10 * 10;
        return nextTen - sum;
    }
}
