using System.Text.Json;
using SupplyChain.Domain.Tests.Reference;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Trade;

/// <summary>
/// The <c>incoterms</c> reference cases (shared/reference/domain/README.md, "incoterms.json"): every case parses its
/// <c>input</c>; a valid one is checked field by field, an invalid one must be refused by both Parse and TryParse.
/// </summary>
public sealed class IncotermReferenceTests
{
    private static readonly string[] ValidAssertions =
    [
        "expectedCode", "expectedSeaAndInlandWaterwayOnly", "expectedSellerPaysMainCarriage", "expectedSellerMustInsure",
        "expectedMinimumInsuranceCover", "expectedMinimumInsuredPercentOfPrice", "expectedSellerUnloadsAtDestination",
        "expectedExportClearedBy", "expectedImportClearedBy", "expectedRiskPassesBeforeMainCarriage",
    ];

    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("incoterms");

    [Theory, Trait("Family", "incoterms"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields([.. ValidAssertions, "input", "valid", "expectedErrorMentions"]);
        var inputElement = j.GetProperty("input");
        inputElement.ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
        var input = inputElement.GetString();

        if (j.Bool("valid"))
        {
            j.Has("expectedErrorMentions").Should().BeFalse("a valid case has no error");
            Incoterm.TryParse(input, out var parsed).Should().BeTrue();
            Incoterm.Parse(input!).Should().BeSameAs(parsed);
            CheckValid(j, parsed!);
        }
        else
        {
            ValidAssertions.Where(name => j.Has(name)).Should().BeEmpty("an invalid case asserts only the error");
            Incoterm.TryParse(input, out var parsed).Should().BeFalse();
            parsed.Should().BeNull();

            var message = FluentActions.Invoking(() => Incoterm.Parse(input)).Should().Throw<FormatException>().Which.Message;
            if (input is null)
            {
                message.Should().StartWith("null is not a valid Incoterms 2020 rule");
            }
            else
            {
                message.Should().Contain($"'{input}'", "the message names the input");
            }

            if (j.Has("expectedErrorMentions"))
            {
                // Asserted for a null input too.
                message.Should().Contain(j.Str("expectedErrorMentions"));
            }
        }
    });

    private static void CheckValid(CaseFields j, Incoterm rule)
    {
        if (j.Has("expectedCode"))
        {
            rule.Code.Should().Be(j.Str("expectedCode"));
            rule.ToString().Should().Be(j.Str("expectedCode"));
        }

        if (j.Has("expectedSeaAndInlandWaterwayOnly"))
        {
            rule.IsSeaAndInlandWaterwayOnly.Should().Be(j.Bool("expectedSeaAndInlandWaterwayOnly"));
        }

        if (j.Has("expectedSellerPaysMainCarriage"))
        {
            rule.SellerPaysMainCarriage.Should().Be(j.Bool("expectedSellerPaysMainCarriage"));
        }

        if (j.Has("expectedSellerMustInsure"))
        {
            rule.SellerMustInsure.Should().Be(j.Bool("expectedSellerMustInsure"));
        }

        if (j.Has("expectedMinimumInsuranceCover"))
        {
            rule.MinimumInsuranceCover.Should().Be(Cover(j.StringOrNull("expectedMinimumInsuranceCover")));
        }

        if (j.Has("expectedMinimumInsuredPercentOfPrice"))
        {
            int? expected = j.IsNull("expectedMinimumInsuredPercentOfPrice") ? null : j.Int("expectedMinimumInsuredPercentOfPrice");
            rule.MinimumInsuredPercentOfPrice.Should().Be(expected);
        }

        if (j.Has("expectedSellerUnloadsAtDestination"))
        {
            rule.SellerUnloadsAtDestination.Should().Be(j.Bool("expectedSellerUnloadsAtDestination"));
        }

        if (j.Has("expectedExportClearedBy"))
        {
            rule.ExportClearedBy.Should().Be(Party(j.Str("expectedExportClearedBy")));
        }

        if (j.Has("expectedImportClearedBy"))
        {
            rule.ImportClearedBy.Should().Be(Party(j.Str("expectedImportClearedBy")));
        }

        if (j.Has("expectedRiskPassesBeforeMainCarriage"))
        {
            rule.RiskPassesBeforeMainCarriage.Should().Be(j.Bool("expectedRiskPassesBeforeMainCarriage"));
        }
    }

    private static InstituteCargoClauses? Cover(string? text) => text switch
    {
        null => null,
        "ICC(A)" => InstituteCargoClauses.A,
        "ICC(B)" => InstituteCargoClauses.B,
        "ICC(C)" => InstituteCargoClauses.C,
        _ => throw new InvalidDataException($"Unknown insurance cover '{text}'."),
    };

    private static TradeParty Party(string text) => text switch
    {
        "seller" => TradeParty.Seller,
        "buyer" => TradeParty.Buyer,
        _ => throw new InvalidDataException($"Unknown party '{text}'."),
    };
}
