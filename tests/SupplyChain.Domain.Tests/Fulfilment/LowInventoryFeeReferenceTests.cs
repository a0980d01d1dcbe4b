using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The <c>low-inventory-fee</c> reference cases (Reference/Data/domain/README.md, "low-inventory-fee.json"). The cases
/// carry no date or marketplace, so they are assessed under the built-in Amazon US rule (from 2024-04-01).
/// </summary>
public sealed class LowInventoryFeeReferenceTests
{
    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("low-inventory-fee");

    [Theory, Trait("Family", "low-inventory-fee"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("shortTermDaysOfSupply", "longTermDaysOfSupply", "expectedFeeApplies");

        var assessment = LowInventoryLevelFeeRule.AmazonUs2024.Assess(j.Decimal("shortTermDaysOfSupply"), j.Decimal("longTermDaysOfSupply"));

        j.Has("expectedFeeApplies").Should().BeTrue("a case without an expectation would assert nothing");
        assessment.Applies.Should().Be(j.Bool("expectedFeeApplies"));
    });
}
