using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>
/// The reorder-rules and restock reference families (Reference/Data/domain/README.md): one mapping per rule, kind,
/// trigger convention and supply-chain setting; anything else fails.
/// </summary>
public sealed class ReplenishmentReferenceCaseTests
{
    private static readonly LocalDate AnyDay = new(2026, 3, 2);

    public static TheoryData<ReferenceCase> ReorderCases => ReferenceCases.Domain("reorder-rules");

    public static TheoryData<ReferenceCase> RestockCases => ReferenceCases.Domain("restock");

    [Theory]
    [Trait("Family", "reorder-rules")]
    [MemberData(nameof(ReorderCases))]
    public void Reorder_rules(ReferenceCase c) => c.Map(j =>
    {
        var rule = j.Str("rule");
        IReplenishmentPolicy policy;
        long triggerLevel;
        ReplenishmentReason above;
        string convention;
        switch (rule)
        {
            case "min-max":
                c.ShouldOnlyHaveFields("rule", "triggerWhen", "min", "max", "multiple", "position", "expectedOrderQuantity");
                var minMax = new MinMaxPolicy(WholeInt(j, "min"), WholeInt(j, "max"));
                policy = j.Has("multiple") ? minMax.RoundedUpToMultipleOf(WholeInt(j, "multiple")) : minMax;
                triggerLevel = minMax.Minimum;
                above = ReplenishmentReason.PositionAboveMinimum;
                convention = "position<=min";
                break;
            case "reorder-level":
                c.ShouldOnlyHaveFields("rule", "triggerWhen", "reorderLevel", "reorderQuantity", "position", "expectedOrderQuantity");
                var level = new ReorderLevelPolicy(WholeInt(j, "reorderLevel"), WholeInt(j, "reorderQuantity"));
                policy = level;
                triggerLevel = level.ReorderLevel;
                above = level.IsActive ? ReplenishmentReason.PositionAboveReorderLevel : ReplenishmentReason.ReorderLevelInactive;
                convention = "position<=reorderLevel";
                break;
            default:
                throw new InvalidDataException($"Unknown reorder rule '{rule}' in case {c.Id}.");
        }

        // The trigger convention is checked on the library's behaviour, as data: at the level the rule fires, one
        // unit above it does not (an inactive rule never fires).
        var triggerWhen = j.Str("triggerWhen");
        switch (triggerWhen)
        {
            case "position<=min" or "position<=reorderLevel":
                triggerWhen.Should().Be(convention, $"case {c.Id} states the convention of another rule");
                var at = policy.Decide(InventoryPosition.FromNet((int)triggerLevel), new ReplenishmentContext(AnyDay, 0));
                var justAbove = policy.Decide(InventoryPosition.FromNet((int)triggerLevel + 1), new ReplenishmentContext(AnyDay, 0));
                justAbove.Reason.Should().Be(above);
                if (above != ReplenishmentReason.ReorderLevelInactive)
                {
                    at.Reason.Should().NotBe(above, "the library triggers at or below the level");
                }

                break;
            default:
                throw new InvalidDataException($"Unknown triggerWhen '{triggerWhen}' in case {c.Id}.");
        }

        var position = WholeInt(j, "position");
        var decision = policy.Decide(InventoryPosition.FromNet(position), new ReplenishmentContext(AnyDay, 0));
        decision.Position.Should().Be(position);
        ((double)decision.Quantity).Should().BeApproximately(j.Double("expectedOrderQuantity"), c.Tolerance);
        decision.IsOrder.Should().Be(decision.Quantity > 0);
    });

    [Theory]
    [Trait("Family", "restock")]
    [MemberData(nameof(RestockCases))]
    public void Restock(ReferenceCase c) => c.Map(j =>
    {
        var kind = j.Str("kind");
        switch (kind)
        {
            case "days-of-cover":
                c.ShouldOnlyHaveFields("kind", "averageDailySales", "productionDays", "transitDays", "safetyDays", "currentStock", "expectedRestockQuantity");
                var policy = DaysOfCoverPolicy.FromProductionAndTransit(WholeInt(j, "productionDays"), WholeInt(j, "transitDays"), WholeInt(j, "safetyDays"));
                var context = new ReplenishmentContext(AnyDay, (double)j.Decimal("averageDailySales"));
                var decision = policy.Decide(InventoryPosition.FromNet(WholeInt(j, "currentStock")), context);
                ((double)decision.Quantity).Should().BeApproximately(j.Double("expectedRestockQuantity"), c.Tolerance);
                decision.Reason.Should().Be(decision.Quantity > 0 ? ReplenishmentReason.CoverShortfall : ReplenishmentReason.CoverSufficient);
                break;
            case "safety-stock":
                c.ShouldOnlyHaveFields("kind", "z", "dailyDemandMean", "dailyDemandSd", "leadTimeMeanDays", "leadTimeSdDays", "expectedSafetyStock");
                SafetyStock.WithLeadTimeVariability(j.Double("z"), j.Double("dailyDemandMean"), j.Double("dailyDemandSd"),
                        j.Double("leadTimeMeanDays"), j.Double("leadTimeSdDays"))
                    .Should().BeApproximately(j.Double("expectedSafetyStock"), c.Tolerance);
                break;
            case "safety-stock-from-service-level":
                c.ShouldOnlyHaveFields("kind", "cycleServiceLevel", "dailyDemandMean", "dailyDemandSd", "leadTimeMeanDays", "leadTimeSdDays", "expectedSafetyStock");
                SafetyStock.ForCycleServiceLevel(j.Double("cycleServiceLevel"), j.Double("dailyDemandMean"), j.Double("dailyDemandSd"),
                        j.Double("leadTimeMeanDays"), j.Double("leadTimeSdDays"))
                    .Should().BeApproximately(j.Double("expectedSafetyStock"), c.Tolerance);
                break;
            case "restock-lead-time":
                c.ShouldOnlyHaveFields("kind", "supplyChainSetting", "supplierLeadTimeDays", "sellerLeadTimeDays", "expectedLeadTimeDays");
                var setting = j.Str("supplyChainSetting") switch
                {
                    "supplier-direct" => SupplyChainSetting.SupplierDirect,
                    "supplier-via-seller" => SupplyChainSetting.SupplierViaSeller,
                    "seller-stock" => SupplyChainSetting.SellerStock,
                    var other => throw new InvalidDataException($"Unknown supplyChainSetting '{other}' in case {c.Id}."),
                };
                var (supplier, seller) = (WholeInt(j, "supplierLeadTimeDays"), WholeInt(j, "sellerLeadTimeDays"));
                var leadTime = new RestockLeadTime(setting) { SupplierDays = supplier, SellerDays = seller };
                ((double)leadTime.Days).Should().BeApproximately(j.Double("expectedLeadTimeDays"), c.Tolerance);
                ((double)DaysOfCoverPolicy.ForRestockSetting(leadTime, safetyDays: 0).LeadTimeDays)
                    .Should().BeApproximately(j.Double("expectedLeadTimeDays"), c.Tolerance);
                break;
            default:
                throw new InvalidDataException($"Unknown restock kind '{kind}' in case {c.Id}.");
        }
    });

    /// <summary>A whole number from the file; a fraction where the model counts units or days fails the case.</summary>
    private static int WholeInt(CaseFields j, string name)
    {
        var value = j.Decimal(name);
        if (value != decimal.Truncate(value))
        {
            throw new InvalidDataException($"{name} = {value} is not a whole number of units or days.");
        }

        return (int)value;
    }
}
