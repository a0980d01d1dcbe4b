using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Tests.Identifiers;

public sealed class OtherIdentifierTests
{
    [Fact]
    public void Sscc_is_composed_with_its_check_digit()
    {
        // GS1 General Specifications example SSCC 106141411234567897: extension 1, company prefix 0614141,
        // serial reference 123456789; payload 10614141123456789 → check digit 7.
        var sscc = Sscc.Create(1, "0614141", 123456789);

        sscc.Digits.Should().Be("106141411234567897");
        sscc.ExtensionDigit.Should().Be(1);
        sscc.Gs1Prefix.IssuedBy.Should().Be("GS1 US");
        Sscc.Parse("106141411234567897").Should().Be(sscc);
    }

    [Fact]
    public void Sscc_serial_reference_is_a_number_padded_to_the_digits_the_prefix_leaves()
    {
        // Prefix 0614141 leaves 16 − 7 = 9 digits: serial 1 is written 000000001. Payload 00614141000000001; digits
        // from the right weighted 3,1,3,...: 3 + 1 + 12 + 1 + 12 + 1 + 18 = 48 → check digit 2.
        Sscc.Create(0, "0614141", 1).Digits.Should().Be("006141410000000012");
        Sscc.Create(0, "0614141", 999_999_999).Digits.Should().StartWith("00614141999999999");
    }

    [Fact]
    public void Sscc_parts_that_do_not_make_17_digits_are_refused()
    {
        FluentActions.Invoking(() => Sscc.Create(1, "0614141", 1_000_000_000)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("serialReference")
            .WithMessage("serialReference 1000000000 has more than the 9 digits a serial reference has with the 7-digit company prefix 0614141.*");
        FluentActions.Invoking(() => Sscc.Create(1, "0614141", -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("serialReference")
            .WithMessage("serialReference must not be negative, but was -1.*");
        FluentActions.Invoking(() => Sscc.Create(10, "0614141", 123456789)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("extensionDigit");
        FluentActions.Invoking(() => Sscc.Create(1, "06A", 123456789)).Should().Throw<ArgumentException>()
            .WithParameterName("companyPrefix");
        FluentActions.Invoking(() => Sscc.Create(1, "0614141234567", 0)).Should().Throw<ArgumentException>()
            .WithParameterName("companyPrefix");
    }

    [Fact]
    public void Gln_of_the_GS1_example()
    {
        // A GLN under GS1's example company prefix 0614141, location reference 00001: payload 061414100001,
        // digits from the right 1,0,0,0,0,1,4,1,4,1,6,0 weighted 3,1,3,...: 3+0+0+0+0+1+12+1+12+1+18+0 = 48 → check 2.
        var gln = Gln.Parse("0614141000012");
        gln.Gs1Prefix.Value.Should().Be("061");
        FluentActions.Invoking(() => Gln.Parse("0614141000013")).Should().Throw<FormatException>()
            .WithMessage("'0614141000013' is not a valid GLN: the GS1 mod-10 check digit should be 2, but is 3.");
    }

    [Fact]
    public void Check_digit_routine_rejects_bad_payloads()
    {
        FluentActions.Invoking(() => Gs1CheckDigit.Compute("12a")).Should().Throw<ArgumentException>().WithParameterName("payload");
        FluentActions.Invoking(() => Gs1CheckDigit.Compute("")).Should().Throw<ArgumentException>().WithParameterName("payload");
        Gs1CheckDigit.IsValid(null).Should().BeFalse();
        Gs1CheckDigit.IsValid("4006381333931").Should().BeTrue();
    }

    [Theory]
    [InlineData("CN", "CHN", 156, "China")]
    [InlineData("us", "USA", 840, "United States of America")]
    [InlineData("GB", "GBR", 826, "United Kingdom of Great Britain and Northern Ireland")]
    [InlineData("DE", "DEU", 276, "Germany")]
    [InlineData("HK", "HKG", 344, "Hong Kong")]
    public void Countries_carry_their_ISO_3166_codes(string alpha2, string alpha3, int numeric, string name)
    {
        // Codes as published in ISO 3166-1 (ISO Online Browsing Platform).
        var country = CountryCode.Parse(alpha2);

        country.Alpha2.Should().Be(alpha2.ToUpperInvariant());
        country.Alpha3.Should().Be(alpha3);
        ((int)country.Numeric).Should().Be(numeric);
        country.EnglishName.Should().Be(name);
        CountryCode.FromNumeric(numeric).Should().BeSameAs(country);
        CountryCode.TryFromAlpha3(alpha3, out var byAlpha3).Should().BeTrue();
        byAlpha3.Should().BeSameAs(country);
    }

    [Fact]
    public void The_list_has_every_officially_assigned_code()
    {
        // ISO 3166-1 has 249 officially assigned alpha-2 codes (ISO 3166 Maintenance Agency, since SS left in 2011).
        CountryCode.All.Should().HaveCount(249);
        CountryCode.All.Select(c => c.Alpha2).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        CountryCode.All.Select(c => c.Alpha3).Should().OnlyHaveUniqueItems();
        CountryCode.All.Select(c => c.Numeric).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Amazons_UK_is_only_accepted_through_the_alias_method()
    {
        FluentActions.Invoking(() => CountryCode.Parse("UK")).Should().Throw<FormatException>()
            .WithMessage("'UK' is not a valid ISO 3166-1 alpha-2 country code: UK is reserved in ISO 3166-1; the United Kingdom is GB*");
        CountryCode.TryParse("UK", out _).Should().BeFalse();
        CountryCode.ParseAllowingMarketplaceAliases("UK").Should().BeSameAs(CountryCode.Parse("GB"));
        CountryCode.ParseAllowingMarketplaceAliases("DE").Should().BeSameAs(CountryCode.Parse("DE"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XX")]
    [InlineData("AA")]
    [InlineData("C")]
    [InlineData("CHN")]
    [InlineData("ıT")] // dotless i would match "IT" under ordinal-ignore-case
    public void Non_countries_are_refused(string? text)
    {
        CountryCode.TryParse(text, out var none).Should().BeFalse();
        none.Should().BeNull();
        FluentActions.Invoking(() => CountryCode.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void UnLocode_is_normalised_and_rejects_lookalikes()
    {
        var shenzhen = UnLocode.Parse("cnszx");
        shenzhen.Value.Should().Be("CNSZX");
        shenzhen.Country!.Alpha2.Should().Be("CN");
        shenzhen.LocationPart.Should().Be("SZX");
        UnLocode.Parse("XZABC").Country.Should().BeNull("XZ is UN/LOCODE's code for international waters");
        UnLocode.TryParse("CNSıA", out _).Should().BeFalse("the dotless i upper-cases to I but is not ASCII");
        FluentActions.Invoking(() => UnLocode.Parse("CNSH0")).Should().Throw<FormatException>()
            .WithMessage("'CNSH0' is not a valid UN/LOCODE: character '0' at position 5 is not one of A-Z and 2-9.");
    }

    [Fact]
    public void HsCode_exposes_its_levels()
    {
        // HS 2022: 8517.13 = smartphones; a US HTS line adds 4 digits.
        var code = HsCode.Parse("8517.13.0000");
        code.Chapter.Should().Be("85");
        code.Heading.Should().Be("8517");
        code.Subheading.Should().Be("851713");
        code.NationalExtension.Should().Be("0000");
        FluentActions.Invoking(() => HsCode.Parse("8517..13")).Should().Throw<FormatException>()
            .WithMessage("'8517..13' is not a valid HS code: the separator '.' at position 5 must stand alone between two digits.");
        FluentActions.Invoking(() => HsCode.Parse("99010000")).Should().Throw<FormatException>()
            .WithMessage("*chapter 99 does not exist in the Harmonized System*");
    }

    [Fact]
    public void Typed_ids_validate_and_compare_ordinally()
    {
        new Sku("MUG-350-BLK").Should().Be(Sku.Parse("MUG-350-BLK"));
        new Sku("a-1").Should().NotBe(new Sku("A-1"));
        FluentActions.Invoking(() => new ProductId(" P1")).Should().Throw<ArgumentException>().WithParameterName("value")
            .WithMessage("' P1' is not a valid product id: an identifier must not start or end with white space.*");
        FluentActions.Invoking(() => ShipmentId.Parse(null)).Should().Throw<FormatException>()
            .WithMessage("null is not a valid shipment id: the text must not be null.");
        OrderId.TryParse(new string('x', 65), out _).Should().BeFalse();
        FacilityId.TryParse("SZX-FAC-1", out var facility).Should().BeTrue();
        facility!.Value.Should().Be("SZX-FAC-1");
        PartyId.TryParse("", out _).Should().BeFalse();
    }

    private const string LocodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789";

    /// <summary>Any country of the catalogue and three location characters, each any letter or a digit 2 to 9.</summary>
    private static readonly Gen<(CountryCode Country, string Location)> Locodes =
        from country in Gen.Elements(CountryCode.All.ToArray())
        from location in Gen.Elements(LocodeAlphabet.ToCharArray()).ArrayOf(3)
        select (country, new string(location));

    [Property]
    public Property UnLocode_round_trips() => Prop.ForAll(Locodes.ToArbitrary(), given =>
    {
        var code = UnLocode.Parse(given.Country.Alpha2 + given.Location);
        UnLocode.Parse(code.ToString()).Should().Be(code);
        code.Country.Should().BeSameAs(given.Country);
    });

    [Fact]
    public void The_locodes_have_letters_and_digits_in_every_location_position()
    {
        Reach.Covers(Locodes, 100, given => given.Location.Select((ch, i) => $"position {i}: " + (char.IsDigit(ch) ? "digit" : "letter")),
            [.. Enumerable.Range(0, 3).SelectMany(i => new[] { $"position {i}: digit", $"position {i}: letter" })]);
    }
}
