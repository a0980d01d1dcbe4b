using NodaTime.Text;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Tests.Reference;
using SupplyChain.Domain.Tests.Shipping;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The <c>fba-size-tier</c> reference cases (Reference/Data/domain/README.md, "fba-size-tier.json"): one mapping for
/// every case. The marketplace and date pick the table in force from <see cref="SizeTierTables.BuiltIn"/>; an unknown
/// tier name, unit, marketplace or field fails the case.
/// </summary>
public sealed class SizeTierReferenceTests
{
    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("fba-size-tier");

    [Theory, Trait("Family", "fba-size-tier"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("marketplace", "asOf", "dimensions", "unitWeight",
            "expectedTier", "expectedShippingWeight", "expectedLengthPlusGirth");
        var tolerance = c.Tolerance;

        var marketplace = CountryCode.Parse(j.Str("marketplace"));
        var asOf = LocalDatePattern.Iso.Parse(j.Str("asOf")).Value;
        var result = SizeTierTables.BuiltIn.Classify(marketplace, asOf, j.GetProperty("dimensions").Box(), j.GetProperty("unitWeight").Mass());

        new[] { "expectedTier", "expectedShippingWeight", "expectedLengthPlusGirth" }.Any(field => j.Has(field))
            .Should().BeTrue("a case without an expectation would assert nothing");

        if (j.Has("expectedTier"))
        {
            result.Tier.Should().Be(TierOf(j.Str("expectedTier")));
        }

        if (j.Has("expectedShippingWeight"))
        {
            var (value, unit) = j.GetProperty("expectedShippingWeight").ValueAndUnit();
            result.ShippingWeight.As(ReferenceQuantities.MassUnitOf(unit)).Should().BeApproximately((double)value, tolerance);
        }

        if (j.Has("expectedLengthPlusGirth"))
        {
            var (value, unit) = j.GetProperty("expectedLengthPlusGirth").ValueAndUnit();
            result.LengthPlusGirth.As(ReferenceQuantities.LengthUnitOf(unit)).Should().BeApproximately((double)value, tolerance);
        }
    });

    internal static SizeTier TierOf(string name) => name switch
    {
        "small-standard" => SizeTier.SmallStandard,
        "large-standard" => SizeTier.LargeStandard,
        "large-bulky" => SizeTier.LargeBulky,
        "extra-large" => SizeTier.ExtraLarge,
        _ => throw new InvalidDataException($"Unknown size tier '{name}'."),
    };
}
