using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// Units a SKU's policy released on days that were not its factory's review day, held by <see cref="SaleToShelf"/>
/// until the next review day: the policy's quantities added up (before the agreement's minimum order quantity and
/// order multiple, which apply once, to the total, when the line is released), the first day held, and the SKU's
/// inbound lead time.
/// </summary>
/// <remarks>
/// A day's result returns the lines still held (<see cref="SaleToShelfDay.Held"/>); the caller passes them to the next
/// day's run (<see cref="SaleToShelfOptions.Held"/>), so the run keeps no state. Equality compares every member.
/// </remarks>
public sealed record HeldLine
{
    /// <summary>Creates a held line.</summary>
    /// <param name="product">The product.</param>
    /// <param name="units">Units released by the policy and not yet ordered; at least 1.</param>
    /// <param name="since">The first day the units were held.</param>
    /// <param name="inboundLeadTimeDays">Calendar days from ready at the factory to available: 0 to <see cref="SkuDay.MaxInboundLeadTimeDays"/>.</param>
    /// <param name="reason">Why the policy released the units (the reason of the last decision that added some).</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is below 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inboundLeadTimeDays"/> is negative or more than <see cref="SkuDay.MaxInboundLeadTimeDays"/>.</exception>
    public HeldLine(ProductId product, int units, LocalDate since, int inboundLeadTimeDays, ReplenishmentReason reason)
    {
        Product = Guard.NotNull(product);
        Units = Guard.Positive(units);
        Since = since;
        InboundLeadTimeDays = Guard.AtMost(Guard.NotNegative(inboundLeadTimeDays), SkuDay.MaxInboundLeadTimeDays, "SkuDay.MaxInboundLeadTimeDays", nameof(inboundLeadTimeDays));
        Reason = reason;
    }

    /// <summary>The product.</summary>
    public ProductId Product { get; }

    /// <summary>Units released by the policy and not yet ordered.</summary>
    public int Units { get; }

    /// <summary>The first day the units were held.</summary>
    public LocalDate Since { get; }

    /// <summary>Calendar days from ready at the factory to available (the latest day's).</summary>
    public int InboundLeadTimeDays { get; }

    /// <summary>Why the policy released the units: the reason of the last decision that added some.</summary>
    public ReplenishmentReason Reason { get; }

    /// <summary>"P-MUG: 35 units held since 2027-01-05".</summary>
    /// <returns>The product, units and first day held.</returns>
    public override string ToString() => Guard.Format("{0}: {1} units held since {2:uuuu-MM-dd}", Product, Units, Since);
}
