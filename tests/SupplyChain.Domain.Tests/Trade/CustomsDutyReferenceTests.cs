using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Tests.Reference;
using SupplyChain.Domain.Tests.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Trade;

/// <summary>
/// The <c>customs-duty</c> reference cases (shared/reference/domain/README.md, "customs-duty.json"): the consignment and
/// the caller's measures are built through the library's public API and <see cref="CustomsTariff.Assess"/> decides
/// everything (values, regime, measures, duty, VAT, refusals). Every nested object is read strictly: an unknown field,
/// kind, unit or rule id fails the case.
/// </summary>
public sealed class CustomsDutyReferenceTests
{
    private static readonly string[] RefusalRules =
    [
        DomainRules.CustomsDestinationSupported, DomainRules.CustomsQuantityPositive, DomainRules.MoneySameCurrency, DomainRules.CustomsMeasureKnown,
    ];

    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("customs-duty");

    [Theory, Trait("Family", "customs-duty"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j => Run(c, j));

    internal static void Run(ReferenceCase c, CaseFields j)
    {
        c.ShouldOnlyHaveFields("destination", "entryDate", "lines", "freightToBorder", "insuranceToBorder", "ioss", "vatRatePercent", "measures",
            "expectedCustomsValue", "expectedLines", "expectedDuty", "expectedImportVat", "expectedRegime", "expectedRefusal");
        c.Tolerance.Should().Be(0, "money amounts are compared as exact decimals");

        var destination = CountryCode.Parse(j.Str("destination"));
        var entryDate = Date(j.Str("entryDate"));
        var lines = j.GetProperty("lines").EnumerateArray().Select(Line).ToArray();
        var freight = MoneyOf(j.GetProperty("freightToBorder"));
        var insurance = MoneyOf(j.GetProperty("insuranceToBorder"));
        var ioss = j.Bool("ioss");
        decimal? vatRate = j.Has("vatRatePercent") ? j.Decimal("vatRatePercent") : null;
        var tariff = new CustomsTariff(j.GetProperty("measures").EnumerateArray().Select(Measure).ToArray());

        CustomsAssessment Assess() => tariff.Assess(new CustomsConsignment(destination, entryDate, lines)
        {
            FreightToBorder = freight,
            InsuranceToBorder = insurance,
            Ioss = ioss,
            ImportVatRatePercent = vatRate,
        });

        if (j.Has("expectedRefusal"))
        {
            var rule = j.Str("expectedRefusal");
            RefusalRules.Should().Contain(rule, "the README names four refusal rules");
            c.Root.EnumerateObject().Count(p => p.Name.StartsWith("expected", StringComparison.Ordinal)).Should().Be(1, "a refused case carries no other assertion");
            FluentActions.Invoking(Assess).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(rule);
            return;
        }

        var assessment = Assess();
        if (j.Has("expectedCustomsValue"))
        {
            assessment.CustomsValue.Should().Be(MoneyOf(j.GetProperty("expectedCustomsValue")));
        }

        if (j.Has("expectedLines"))
        {
            var expected = j.GetProperty("expectedLines").EnumerateArray().ToArray();
            assessment.Lines.Should().HaveCount(expected.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                OnlyFields(expected[i], "expectedLines[]", "customsValue", "measures", "duty");
                var line = assessment.Lines[i];
                line.Line.Should().BeSameAs(lines[i]);
                line.CustomsValue.Should().Be(MoneyOf(expected[i].GetProperty("customsValue")), $"line {i + 1}'s customs value");
                line.MeasureNames.Should().Equal(expected[i].GetProperty("measures").EnumerateArray().Select(m => m.GetString()), $"line {i + 1}'s measures");
                line.Duty.Should().Be(MoneyOf(expected[i].GetProperty("duty")), $"line {i + 1}'s duty");
            }
        }

        if (j.Has("expectedDuty"))
        {
            assessment.Duty.Should().Be(MoneyOf(j.GetProperty("expectedDuty")));
        }

        if (j.Has("expectedImportVat"))
        {
            var vat = j.GetProperty("expectedImportVat");
            if (vat.ValueKind == JsonValueKind.Null)
            {
                assessment.ImportVat.Should().BeNull();
            }
            else
            {
                assessment.ImportVat.Should().Be(MoneyOf(vat));
            }
        }

        if (j.Has("expectedRegime"))
        {
            (assessment.Regime?.Id).Should().Be(j.StringOrNull("expectedRegime"), "the regime that decided the duty (null: the normal measures)");
        }
    }

    private static CustomsLine Line(JsonElement line)
    {
        OnlyFields(line, "lines[]", "hsCode", "origin", "quantity", "netMass", "unitValue");
        return new CustomsLine(
            HsCode.Parse(line.Str("hsCode")),
            CountryCode.Parse(line.Str("origin")),
            line.Int("quantity"),
            line.GetProperty("netMass").Mass(),
            MoneyOf(line.GetProperty("unitValue")));
    }

    private static CustomsMeasure Measure(JsonElement m)
    {
        OnlyFields(m, "measures[]", "name", "hsPrefix", "origin", "destination", "kind", "ratePercent", "amount", "validFrom", "validUntil");
        var name = m.Str("name");
        var prefix = m.Str("hsPrefix");
        var destinationText = m.Str("destination");
        var destination = destinationText == "EU" ? CustomsTerritory.EuropeanUnion : CustomsTerritory.Of(CountryCode.Parse(destinationText));
        var kind = m.Str("kind");
        if (kind == "ad-valorem")
        {
            m.Has("amount").Should().BeFalse("an ad-valorem measure has a rate, not an amount");
        }
        else if (kind is "specific-per-unit" or "specific-per-kg")
        {
            m.Has("ratePercent").Should().BeFalse("a specific measure has an amount, not a rate");
        }

        var originText = m.Str("origin");
        var origin = originText == "*" ? null : CountryCode.Parse(originText);
        var from = Date(m.Str("validFrom"));
        LocalDate? until = m.StringOrNull("validUntil") is { } end ? Date(end) : null;
        return kind switch
        {
            "ad-valorem" => new CustomsMeasure(name, destination, prefix, m.Decimal("ratePercent")) { Origin = origin, ValidFrom = from, ValidUntil = until },
            "specific-per-unit" => new CustomsMeasure(name, destination, prefix, CustomsMeasureKind.SpecificPerUnit, MoneyOf(m.GetProperty("amount")))
            {
                Origin = origin,
                ValidFrom = from,
                ValidUntil = until,
            },
            "specific-per-kg" => new CustomsMeasure(name, destination, prefix, CustomsMeasureKind.SpecificPerKilogram, MoneyOf(m.GetProperty("amount")))
            {
                Origin = origin,
                ValidFrom = from,
                ValidUntil = until,
            },
            _ => throw new InvalidDataException($"Unknown measure kind '{kind}'."),
        };
    }

    private static Money MoneyOf(JsonElement money)
    {
        OnlyFields(money, "money", "amount", "currency");
        return new Money(money.Decimal("amount"), Currency.Parse(money.Str("currency")));
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static void OnlyFields(JsonElement element, string what, params string[] known)
    {
        element.ValueKind.Should().Be(JsonValueKind.Object, $"{what} is an object");
        var unknown = element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal)).ToList();
        unknown.Should().BeEmpty($"{what} has fields the mapping does not interpret");
    }
}
