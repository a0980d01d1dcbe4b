using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// A replenishment order line released by <see cref="JustInTimeReplenishment"/>: the product, the manufacturer that
/// receives the order (through the <see cref="Agreement"/> in force), the <see cref="Decision"/> (quantity and reason),
/// the back-scheduled <see cref="Schedule"/> and the date to release the order to the factory.
/// </summary>
/// <remarks>
/// A small value: it refers to the agreement and the lead time, it copies nothing, so releasing allocates nothing.
/// <c>default</c> is "no line" (no agreement, quantity 0).
/// </remarks>
public readonly record struct ReplenishmentOrderLine
{
    internal ReplenishmentOrderLine(ProductId product, SourcingAgreement agreement, in ReplenishmentDecision decision, in OrderBySchedule schedule, LocalDate decisionDate, LocalDate releaseOn)
    {
        Product = product;
        Agreement = agreement;
        Decision = decision;
        Schedule = schedule;
        DecisionDate = decisionDate;
        ReleaseOn = releaseOn;
    }

    /// <summary>The product ordered.</summary>
    public ProductId? Product { get; }

    /// <summary>The sourcing agreement in force on the decision date: the manufacturer, the unit cost, the quantities.</summary>
    public SourcingAgreement? Agreement { get; }

    /// <summary>The factory that receives the order.</summary>
    public FacilityId? Factory => Agreement?.Factory;

    /// <summary>The price per unit under the agreement.</summary>
    public Money? UnitCost => Agreement?.UnitCost;

    /// <summary>The quantity and why, with the agreement's MOQ and order multiple as constraints when they apply.</summary>
    public ReplenishmentDecision Decision { get; }

    /// <summary>Units to order; 0 for none.</summary>
    public long Quantity => Decision.Quantity;

    /// <summary>Whether anything is ordered.</summary>
    public bool IsOrder => Decision.IsOrder;

    /// <summary>The back-scheduled dates, from order-by to need-by.</summary>
    public OrderBySchedule Schedule { get; }

    /// <summary>The date of the decision (the sale).</summary>
    public LocalDate DecisionDate { get; }

    /// <summary>The date to send the order to the factory: the order-by date, or the decision date when that is already past it.</summary>
    public LocalDate ReleaseOn { get; }

    /// <summary>Whether the order-by date had already passed on the decision date (the need-by date cannot be met with the planned lead time).</summary>
    public bool IsLate => Schedule.IsLateFor(DecisionDate);

    /// <summary>Days by which the decision date is after the order-by date; 0 when in time.</summary>
    public int DaysLate => Math.Max(0, -Schedule.SlackDays(DecisionDate));

    /// <summary>The line in words: what, to whom, when, and why.</summary>
    public string Explain() =>
        Agreement is null
            ? "No order line."
            : !IsOrder
                ? Guard.Format("No order of {0} to {1}: {2}", Product, Factory, Decision.Explain())
                : Guard.Format("Order {0} x {1} from {2} at {3} per unit, release on {4:uuuu-MM-dd}{5}: {6} Schedule: {7}.",
                    Quantity, Product, Factory, UnitCost, ReleaseOn,
                    IsLate ? Guard.Format(" ({0} days after the order-by date {1:uuuu-MM-dd}: too late for the need-by date)", DaysLate, Schedule.OrderBy) : string.Empty,
                    Decision.Explain(), Schedule);

    /// <summary>The same as <see cref="Explain"/>.</summary>
    public override string ToString() => Explain();
}
