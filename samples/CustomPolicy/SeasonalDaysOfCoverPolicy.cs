using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace CustomPolicy;

/// <summary>
/// A downstream team's own policy: days of cover, but the days that fall inside a promotion sell at an uplifted
/// rate. Cover target = Σ over the cover days (starting today) of the daily sales, × uplift on promotion days;
/// order = target − position, rounded up to whole units, never below 0.
/// </summary>
/// <remarks>
/// Written against the public interface only. Its reason is a custom code (the library leaves values from
/// <see cref="ReplenishmentReason.Custom"/> up to callers), and the numbers travel in the decision like the
/// built-ins' do, so the library's constraint decorators and explanations work with it unchanged.
/// </remarks>
public sealed class SeasonalDaysOfCoverPolicy : IReplenishmentPolicy
{
    /// <summary>Our reason code: the target includes promotion days.</summary>
    public const ReplenishmentReason PromotionCover = ReplenishmentReason.Custom + 1;

    /// <summary>Our reason code: no promotion day in the horizon, plain days of cover.</summary>
    public const ReplenishmentReason PlainCover = ReplenishmentReason.Custom + 2;

    public SeasonalDaysOfCoverPolicy(int coverDays, DateInterval promotion, double uplift)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coverDays);
        ArgumentNullException.ThrowIfNull(promotion);
        ArgumentOutOfRangeException.ThrowIfLessThan(uplift, 1.0);
        CoverDays = coverDays;
        Promotion = promotion;
        Uplift = uplift;
    }

    public int CoverDays { get; }

    public DateInterval Promotion { get; }

    public double Uplift { get; }

    public ReplenishmentDecision Decide(in InventoryPosition position, in ReplenishmentContext context)
    {
        // Count the promotion days inside [today, today + cover days) without allocating.
        var promotionDays = 0;
        for (var d = 0; d < CoverDays; d++)
        {
            if (Promotion.Contains(context.Date.PlusDays(d)))
            {
                promotionDays++;
            }
        }

        var target = context.DailyDemand * ((CoverDays - promotionDays) + (promotionDays * Uplift));
        var p = position.Value;
        var shortfall = target - p;
        // A tolerance before rounding up, as the library does: a product that is whole in decimal may land a hair above.
        var quantity = shortfall <= 1e-9 * Math.Max(1, Math.Abs(target)) ? 0 : (long)Math.Ceiling(shortfall - (1e-9 * Math.Max(1, Math.Abs(target))));
        return new ReplenishmentDecision(quantity, promotionDays > 0 ? PromotionCover : PlainCover, p) { TriggerLevel = target, Target = target };
    }

    public override string ToString() =>
        $"seasonal days of cover ({CoverDays} days, x{Uplift} from {Promotion.Start:uuuu-MM-dd} to {Promotion.End:uuuu-MM-dd})";

    /// <summary>Our own words for our reasons; the library's text covers the constraints.</summary>
    public static string Explain(ReplenishmentDecision decision) => decision.Reason switch
    {
        PromotionCover => $"Cover target {decision.Target:0.##} includes promotion days at the uplifted rate; position {decision.Position}, shortfall {decision.UnconstrainedQuantity}, order {decision.Quantity}.",
        PlainCover => $"Cover target {decision.Target:0.##} at the usual rate; position {decision.Position}, order {decision.Quantity}.",
        _ => decision.Explain(),
    };
}
