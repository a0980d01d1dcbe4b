using System.Text.Json;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Identifiers;

/// <summary>
/// The gs1, unlocode and hs-codes reference families (shared/reference/domain/README.md), one theory row per case,
/// one mapping per family and kind.
/// </summary>
public sealed class IdentifierReferenceCaseTests
{
    public static TheoryData<ReferenceCase> Gs1Cases => ReferenceCases.Domain("gs1");

    public static TheoryData<ReferenceCase> UnLocodeCases => ReferenceCases.Domain("unlocode");

    public static TheoryData<ReferenceCase> HsCodeCases => ReferenceCases.Domain("hs-codes");

    [Theory]
    [Trait("Family", "gs1")]
    [MemberData(nameof(Gs1Cases))]
    public void Gs1(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("kind", "input", "valid", "payloadWithoutCheckDigit", "expectedCheckDigit",
            "expectedGtin14", "expectedGs1Prefix", "expectedIssuer", "composeFrom");
        var kind = j.Str("kind");
        var input = j.StringOrNull("input");
        var valid = j.Bool("valid");

        if (j.Has("expectedCheckDigit") || j.Has("payloadWithoutCheckDigit"))
        {
            // A lone expectedCheckDigit is still asserted, on the input without its last digit; a payload without an
            // expected digit asserts nothing and fails (GetProperty).
            var payload = j.Has("payloadWithoutCheckDigit") ? j.Str("payloadWithoutCheckDigit") : input?[..^1];
            payload.Should().NotBeNull("a check digit needs a payload or an input");
            Gs1CheckDigit.Compute(payload!).Should().Be(j.Int("expectedCheckDigit"));
        }

        // (parse, try-parse) for the kind; the returned object is inspected below.
        (Func<object> Parse, Func<object?> TryParse) parsers = kind switch
        {
            "gtin8" or "gtin12" or "gtin13" or "gtin14" =>
                (() => Gtin.Parse(input, GtinFormatOf(kind)), () => Gtin.TryParse(input, GtinFormatOf(kind), out var g) ? g : null),
            "gln" => (() => Gln.Parse(input), () => Gln.TryParse(input, out var g) ? g : null),
            "sscc" => (() => Sscc.Parse(input), () => Sscc.TryParse(input, out var s) ? s : null),
            _ => throw new InvalidDataException($"Unknown gs1 kind '{kind}' in case {c.Id}."),
        };

        if (!valid)
        {
            parsers.TryParse().Should().BeNull();
            FluentActions.Invoking(parsers.Parse).Should().Throw<FormatException>();
            return;
        }

        var parsed = parsers.Parse();
        parsers.TryParse().Should().Be(parsed);
        parsed.ToString().Should().Be(input);

        Gs1Prefix prefix = parsed switch
        {
            Gtin gtin => gtin.Gs1Prefix,
            Gln gln => gln.Gs1Prefix,
            Sscc sscc => sscc.Gs1Prefix,
            _ => throw new InvalidOperationException(),
        };

        if (parsed is Gtin g14)
        {
            g14.Format.Should().Be(GtinFormatOf(kind));
            Gtin.Parse(input).Should().Be(g14, "the format-free parser accepts every valid GTIN too");
            if (j.Has("expectedGtin14"))
            {
                g14.Gtin14.Should().Be(j.Str("expectedGtin14"));
            }
        }
        else
        {
            j.Has("expectedGtin14").Should().BeFalse("expectedGtin14 only applies to GTIN kinds");
        }

        if (j.Has("expectedGs1Prefix"))
        {
            prefix.Value.Should().Be(j.Str("expectedGs1Prefix"));
        }

        if (j.Has("expectedIssuer"))
        {
            prefix.IssuedBy.Should().BeEquivalentTo(j.Str("expectedIssuer"));
        }

        if (j.TryGetProperty("composeFrom", out var parts))
        {
            kind.Should().Be("sscc", "composeFrom applies to SSCCs only");
            parts.EnumerateObject().Select(p => p.Name).Should()
                .BeSubsetOf(["extensionDigit", "companyPrefix", "serialReference"], "composeFrom has only the three SSCC parts");
            var extension = parts.GetProperty("extensionDigit");
            var extensionDigit = extension.ValueKind == JsonValueKind.Number
                ? extension.GetInt32()
                : int.Parse(extension.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Sscc.Create(extensionDigit, parts.Str("companyPrefix"), long.Parse(parts.Str("serialReference"), System.Globalization.CultureInfo.InvariantCulture)).Digits.Should().Be(input);
        }
    });

    private static GtinFormat GtinFormatOf(string kind) => kind switch
    {
        "gtin8" => GtinFormat.Gtin8,
        "gtin12" => GtinFormat.Gtin12,
        "gtin13" => GtinFormat.Gtin13,
        "gtin14" => GtinFormat.Gtin14,
        _ => throw new InvalidDataException($"Not a GTIN kind: {kind}."),
    };

    [Theory]
    [Trait("Family", "unlocode")]
    [MemberData(nameof(UnLocodeCases))]
    public void UnLocodes(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("input", "valid", "expectedNormalized", "expectedCountryCode");
        var input = j.StringOrNull("input");
        if (!j.Bool("valid"))
        {
            UnLocode.TryParse(input, out var none).Should().BeFalse();
            none.Should().BeNull();
            FluentActions.Invoking(() => UnLocode.Parse(input)).Should().Throw<FormatException>();
            return;
        }

        var code = UnLocode.Parse(input);
        UnLocode.TryParse(input, out var again).Should().BeTrue();
        again.Should().Be(code);
        if (j.Has("expectedNormalized"))
        {
            code.Value.Should().Be(j.Str("expectedNormalized"));
        }

        if (j.Has("expectedCountryCode"))
        {
            code.CountryPart.Should().Be(j.Str("expectedCountryCode"));
            if (code.Country is not null)
            {
                code.Country.Alpha2.Should().Be(j.Str("expectedCountryCode"));
            }
        }
    });

    [Theory]
    [Trait("Family", "hs-codes")]
    [MemberData(nameof(HsCodeCases))]
    public void HsCodes(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("input", "valid", "expectedDigits", "expectedChapter", "expectedHeading",
            "expectedSubheading", "expectedNationalExtension");
        var input = j.StringOrNull("input");
        if (!j.Bool("valid"))
        {
            HsCode.TryParse(input, out var none).Should().BeFalse();
            none.Should().BeNull();
            FluentActions.Invoking(() => HsCode.Parse(input)).Should().Throw<FormatException>();
            return;
        }

        var code = HsCode.Parse(input);
        HsCode.TryParse(input, out var again).Should().BeTrue();
        again.Should().Be(code);
        if (j.Has("expectedDigits"))
        {
            code.Digits.Should().Be(j.Str("expectedDigits"));
        }

        if (j.Has("expectedChapter"))
        {
            code.Chapter.Should().Be(j.Str("expectedChapter"));
        }

        if (j.Has("expectedHeading"))
        {
            code.Heading.Should().Be(j.Str("expectedHeading"));
        }

        if (j.Has("expectedSubheading"))
        {
            code.Subheading.Should().Be(j.Str("expectedSubheading"));
        }

        if (j.Has("expectedNationalExtension"))
        {
            code.NationalExtension.Should().Be(j.StringOrNull("expectedNationalExtension"));
        }
    });
}
