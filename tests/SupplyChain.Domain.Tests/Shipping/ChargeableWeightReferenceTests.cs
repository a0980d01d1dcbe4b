using System.Text.Json;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Tests.Reference;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Shipping;

/// <summary>
/// The <c>chargeable-weight</c> reference cases (shared/reference/domain/README.md, "chargeable-weight.json"): one
/// mapping for every rule name, which is looked up among the built-ins (an unknown name fails the case).
/// </summary>
public sealed class ChargeableWeightReferenceTests
{
    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("chargeable-weight");

    [Theory, Trait("Family", "chargeable-weight"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("rule", "dimensions", "volume", "actualWeight", "roundingStep",
            "expectedVolumetricWeight", "expectedChargeableWeight", "expectedChargeableVolume");
        var tolerance = c.Tolerance;
        var rule = ChargeableWeightRules.Get(j.Str("rule"));

        // Exactly one input: a box or a volume.
        (j.Has("dimensions") ^ j.Has("volume")).Should().BeTrue("a case gives either dimensions or a volume");

        // The file restates the rule's rounding step; the built-in rule must have it.
        if (j.Has("roundingStep"))
        {
            var step = j.GetProperty("roundingStep");
            if (step.ValueKind == JsonValueKind.Null)
            {
                rule.RoundingStep.Should().BeNull();
            }
            else
            {
                var (value, unit) = step.ValueAndUnit();
                rule.RoundingStep.Should().NotBeNull();
                rule.RoundingStep!.Value.As(ReferenceQuantities.MassUnitOf(unit)).Should().BeApproximately((double)value, tolerance, "exact unless the case gives a tolerance");
            }
        }

        Mass volumetric;
        ChargeableWeight? result = null;
        if (j.Has("actualWeight"))
        {
            var actual = j.GetProperty("actualWeight").Mass();
            result = j.Has("dimensions")
                ? rule.Calculate(j.GetProperty("dimensions").Box(), actual)
                : rule.Calculate(j.GetProperty("volume").Volume(), actual);
            volumetric = result.Volumetric;
        }
        else
        {
            volumetric = j.Has("dimensions")
                ? rule.VolumetricWeight(j.GetProperty("dimensions").Box())
                : rule.VolumetricWeight(j.GetProperty("volume").Volume());
        }

        if (j.Has("expectedVolumetricWeight"))
        {
            ShouldBe(volumetric, j.GetProperty("expectedVolumetricWeight"), tolerance);
        }

        if (j.Has("expectedChargeableWeight"))
        {
            result.Should().NotBeNull("a chargeable weight needs an actual weight");
            ShouldBe(result!.Chargeable, j.GetProperty("expectedChargeableWeight"), tolerance);
        }

        if (j.Has("expectedChargeableVolume"))
        {
            result.Should().NotBeNull("a chargeable volume needs an actual weight");
            var expected = j.GetProperty("expectedChargeableVolume");
            if (expected.ValueKind == JsonValueKind.Null)
            {
                result!.ChargeableVolume.Should().BeNull();
            }
            else
            {
                var (value, unit) = expected.ValueAndUnit();
                result!.ChargeableVolume.Should().NotBeNull();
                result.ChargeableVolume!.Value.As(ReferenceQuantities.VolumeUnitOf(unit)).Should().BeApproximately((double)value, tolerance);
            }
        }
    });

    // "Assertions, always in the rule's result unit": the unit must match, and the value within the case's tolerance.
    private static void ShouldBe(Mass actual, JsonElement expected, double tolerance)
    {
        var (value, unit) = expected.ValueAndUnit();
        var expectedUnit = ReferenceQuantities.MassUnitOf(unit);
        actual.Unit.Should().Be(expectedUnit);
        actual.As(expectedUnit).Should().BeApproximately((double)value, tolerance);
    }
}
