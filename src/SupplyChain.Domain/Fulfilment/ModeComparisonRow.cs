using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// One mode in a <see cref="ModeComparison"/>: eligibility, the plan (when eligible), and the stock the mode ties up,
/// with the numbers behind it.
/// </summary>
/// <remarks>Results compare by reference: they are read, not compared; compare their figures.</remarks>
public sealed class ModeComparisonRow
{
    internal ModeComparisonRow(string modeName, ModeEligibility eligibility, FulfilmentPlan? plan, EligibilityReason? planRefusal, decimal dailyDemandUnits, Money unitValue, SellerPrices? prices = null, ReportingConverter? reporting = null)
    {
        Economics = plan is null || prices is null ? null : SellerEconomics.Of(plan, prices, reporting);
        ModeName = modeName;
        Eligibility = eligibility;
        Plan = plan;
        PlanRefusal = planRefusal;
        DailyDemandUnits = dailyDemandUnits;
        if (plan is null)
        {
            StockInTransitUnits = 0m;
            StockAtStorageCentreUnits = 0m;
        }
        else
        {
            // Little's law: units in a stage = arrival rate × mean time in it. With stock held at the storage centre
            // the pipeline is the inbound steps; an order-by-order mode has the order's own steps in transit.
            var transitDays = plan.PipelineTime.MeanDays > 0 ? plan.PipelineTime.MeanDays : plan.LeadTime.MeanDays;
            InTransitDays = (decimal)transitDays;
            StockInTransitUnits = dailyDemandUnits * InTransitDays;
            StockAtStorageCentreUnits = dailyDemandUnits * ModeComparison.DaysPerMonth * plan.MonthsInStorage;
        }

        // Valued per stage at the request's unit value; the total is the sum of the stages, so the parts add up exactly.
        StockInTransitValue = unitValue * StockInTransitUnits;
        StockAtStorageCentreValue = unitValue * StockAtStorageCentreUnits;
        StockTiedUpValue = StockInTransitValue + StockAtStorageCentreValue;
    }

    /// <summary>The mode's name.</summary>
    public string ModeName { get; }

    /// <summary>Whether the mode can serve the request, with every condition.</summary>
    public ModeEligibility Eligibility { get; }

    /// <summary>The plan, or null when the mode is not eligible or its plan was refused.</summary>
    public FulfilmentPlan? Plan { get; }

    /// <summary>
    /// When the eligibility check passed but <see cref="IFulfilmentMode.Plan"/> refused the request with a
    /// <see cref="DomainRuleException"/>: the refusal as an unmet reason whose <see cref="EligibilityReason.Code"/> is the
    /// exception's rule id (one of <see cref="DomainRules"/>) and whose description is its message (it is also the last
    /// of <see cref="Eligibility"/>'s reasons); otherwise null.
    /// </summary>
    public EligibilityReason? PlanRefusal { get; }

    /// <summary>
    /// The seller's margin and cash cycle per unit (<see cref="SellerEconomics"/>), or null when there is no plan or the
    /// comparison was made without <see cref="SellerPrices"/>.
    /// </summary>
    public SellerEconomics? Economics { get; }

    /// <summary>The landed cost per unit, or null when there is no plan.</summary>
    public Money? LandedCostPerUnit => Plan?.CostPerUnit.Total;

    /// <summary>The buyer's lead time, or null when there is no plan.</summary>
    public LeadTimeEstimate? LeadTime => Plan?.LeadTime;

    /// <summary>The demand per day the stock figures are based on: monthly demand ÷ 30.4375 days.</summary>
    public decimal DailyDemandUnits { get; }

    /// <summary>The mean days a unit is in transit: the inbound pipeline, or the order's steps for a mode without stock at a storage centre.</summary>
    public decimal InTransitDays { get; }

    /// <summary>Units in transit on average: daily demand × in-transit days (Little's law).</summary>
    public decimal StockInTransitUnits { get; }

    /// <summary>Units at the storage centre on average: daily demand × 30.4375 × the plan's months in storage (Little's law).</summary>
    public decimal StockAtStorageCentreUnits { get; }

    /// <summary>The value of the units in transit: <see cref="StockInTransitUnits"/> × the request's unit value (the customs value), not rounded.</summary>
    public Money StockInTransitValue { get; }

    /// <summary>The value of the units at the storage centre: <see cref="StockAtStorageCentreUnits"/> × the request's unit value (the customs value), not rounded.</summary>
    public Money StockAtStorageCentreValue { get; }

    /// <summary>
    /// The value of the stock tied up: <see cref="StockInTransitValue"/> + <see cref="StockAtStorageCentreValue"/>, at the
    /// request's unit value (the customs value), not rounded. It counts only the stages the plan models: for a mode that
    /// ships each order from the seller (no storage centre), the parcels in flight, not the seller's own stock.
    /// </summary>
    public Money StockTiedUpValue { get; }

    /// <summary>The mode and its headline numbers.</summary>
    public override string ToString() => Plan is null ? $"{ModeName}: {Eligibility}" : $"{ModeName}: {Plan.CostPerUnit.Total} per unit, {Plan.LeadTime}";
}
