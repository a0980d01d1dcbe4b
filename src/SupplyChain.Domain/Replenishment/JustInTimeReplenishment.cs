using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The just-in-time order release: each sale issues a replenishment order line for the units sold, addressed to the
/// manufacturer of the product through the sourcing agreement in force on the sale date, with the back-scheduled
/// order-by and ship-by dates and the reason.
/// </summary>
/// <remarks>
/// <para>
/// <b>Quantity.</b> The <see cref="JustInTimePolicy"/> decides (one for one: the units sold). When
/// <see cref="AppliesAgreementQuantities"/> is true (the default) the agreement's minimum order quantity and order
/// multiple are added to the decision as constraints, so the factory receives an order it accepts; the position then
/// drifts above the base-stock level by the rounding, which is the price of a factory that does not make single
/// units. A chain whose manufacturer has agreed to call-offs of any size (the just-in-time ideal) sets it to false: the
/// order is exactly the units sold, and the agreement's MOQ is not enforced.
/// </para>
/// <para>
/// <b>Dates and release.</b> The line carries the schedule back-scheduled from the need-by date through the
/// agreement's lead time (<see cref="ReplenishmentLeadTime"/>). The release rule is just in time: the order is sent on
/// its <see cref="OrderBySchedule.OrderBy"/> date, as late as still meets the need-by date; when the sale comes after
/// that date the order is sent at once and the line is marked <see cref="ReplenishmentOrderLine.IsLate"/>.
/// </para>
/// <para>
/// <b>Agreements.</b> Among a product's agreements in force on the sale date the same one is chosen as by
/// <see cref="SourcingAgreement.SelectInForce"/> (lowest priority number, then latest start, then factory id). The
/// agreements and their lead times are indexed once, when the service is made; <see cref="Release"/> then allocates
/// nothing (it is meant to run on every sale). The service is immutable and thread-safe.
/// </para>
/// <para>It is a service configured once and compares by reference.</para>
/// </remarks>
public sealed class JustInTimeReplenishment
{
    private static readonly JustInTimePolicy Policy = new();
    private readonly Dictionary<ProductId, (SourcingAgreement Agreement, ReplenishmentLeadTime LeadTime)[]> _routes;

    /// <summary>Creates the service.</summary>
    /// <param name="agreements">The sourcing agreements of the products it releases orders for (any dates, any priorities).</param>
    /// <param name="leadTimeOf">The lead time of each agreement, called once per agreement here; typically <see cref="ReplenishmentLeadTime.ForAgreement"/> with the factory's calendar and the route to the storage centre.</param>
    /// <param name="appliesAgreementQuantities">Whether the agreement's MOQ and order multiple constrain the order (see the remarks).</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreements"/> or <paramref name="leadTimeOf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreements"/> holds null, or <paramref name="leadTimeOf"/> returns null.</exception>
    public JustInTimeReplenishment(IEnumerable<SourcingAgreement> agreements, Func<SourcingAgreement, ReplenishmentLeadTime> leadTimeOf, bool appliesAgreementQuantities = true)
    {
        var list = Guard.CopyItems(agreements, requireOne: false);
        Guard.NotNull(leadTimeOf);
        var routes = list.Select(a => (Agreement: a, LeadTime: leadTimeOf(a) ?? throw new ArgumentException(Guard.Format(ErrorMessages.LeadTimeMissing, nameof(leadTimeOf), a), nameof(leadTimeOf))))
            .ToArray();
        _routes = routes.GroupBy(r => r.Agreement.Product)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(r => r.Agreement.Priority).ThenByDescending(r => r.Agreement.ValidFrom)
                    .ThenBy(r => r.Agreement.Factory.Value, StringComparer.Ordinal).ToArray());
        AppliesAgreementQuantities = appliesAgreementQuantities;
    }

    /// <summary>Whether the agreement's MOQ and order multiple constrain the order.</summary>
    public bool AppliesAgreementQuantities { get; }

    /// <summary>
    /// Releases the order line for the units sold of <paramref name="product"/>: the one-for-one decision, to the
    /// manufacturer of the agreement in force on <see cref="ReplenishmentContext.Date"/>, back-scheduled from
    /// <paramref name="needBy"/>.
    /// </summary>
    /// <param name="product">The product sold.</param>
    /// <param name="position">Its inventory position (reported in the decision).</param>
    /// <param name="context">The sale date (<see cref="ReplenishmentContext.Date"/>) and the units sold (<see cref="ReplenishmentContext.UnitsSold"/>).</param>
    /// <param name="needBy">The date the replacement units must be for sale at the storage centre; not before the sale date.</param>
    /// <returns>The line; with 0 units sold its <see cref="ReplenishmentOrderLine.IsOrder"/> is false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="needBy"/> is before the sale date.</exception>
    /// <exception cref="DomainRuleException">The product has no sourcing agreement in force on the sale date (rule <see cref="DomainRules.ProductsAgreementInForce"/>).</exception>
    public ReplenishmentOrderLine Release(ProductId product, in InventoryPosition position, in ReplenishmentContext context, LocalDate needBy)
    {
        Guard.NotNull(product);
        var date = context.Date;
        if (needBy < date)
        {
            ReplenishmentLeadTime.ThrowNeedByBeforeOrderDate(needBy, date);
        }

        var (agreement, leadTime) = InForce(product, date);
        var decision = Policy.Decide(position, context);
        if (AppliesAgreementQuantities)
        {
            decision = decision.WithMinimumOrderQuantity(agreement.MinimumOrderQuantity).WithOrderMultiple(agreement.OrderMultiple);
        }

        var schedule = leadTime.BackSchedule(needBy);
        var releaseOn = schedule.OrderBy > date ? schedule.OrderBy : date;
        return new ReplenishmentOrderLine(product, agreement, decision, schedule, date, releaseOn);
    }

    private (SourcingAgreement Agreement, ReplenishmentLeadTime LeadTime) InForce(ProductId product, LocalDate date)
    {
        if (_routes.TryGetValue(product, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Agreement.IsInForce(date))
                {
                    return candidate;
                }
            }
        }

        throw new DomainRuleException(DomainRules.ProductsAgreementInForce, Guard.Format(ErrorMessages.NoAgreementForRelease, product, date));
    }
}
