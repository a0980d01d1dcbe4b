using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Products;

/// <summary>
/// An agreement that a factory makes a product: unit cost, production lead time, minimum order quantity, order
/// multiple, validity and priority.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order quantities.</b> Every order is a multiple of <see cref="OrderMultiple"/> and at least
/// <see cref="MinimumOrderQuantity"/>. The rule chosen here: the minimum order quantity must itself be a multiple of
/// the order multiple, so that the smallest allowed order is exactly the MOQ (an MOQ of 100 with a multiple of 48
/// would really mean 144, and is refused with that number in the message).
/// </para>
/// <para>
/// <b>Validity</b> runs from <see cref="ValidFrom"/> to <see cref="ValidUntil"/>, both included; a null
/// <see cref="ValidUntil"/> means open-ended. <b>Priority</b> 1 is the first choice; among agreements in force on a
/// date, the lowest priority number wins (<see cref="SelectInForce"/>).
/// </para>
/// <para>Agreements compare by reference: two agreements with the same terms are still two contracts.</para>
/// </remarks>
public sealed class SourcingAgreement : IEffectiveDated
{
    /// <summary>
    /// Creates a sourcing agreement in force from <paramref name="validFrom"/>, open-ended, as the first choice; an end
    /// date and a lower priority are set by name (<see cref="ValidUntil"/>, <see cref="Priority"/>).
    /// </summary>
    /// <param name="product">The product made.</param>
    /// <param name="factory">The factory (a facility of kind Factory) that makes it.</param>
    /// <param name="unitCost">The price per unit; greater than zero.</param>
    /// <param name="leadTime">The production lead time in working days of the factory's calendar.</param>
    /// <param name="minimumOrderQuantity">The minimum order quantity, in units; at least 1 and a multiple of <paramref name="orderMultiple"/>.</param>
    /// <param name="orderMultiple">Orders are a multiple of this many units (often the case pack); at least 1.</param>
    /// <param name="validFrom">The first day the agreement is in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/>, <paramref name="factory"/> or <paramref name="unitCost"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitCost"/> is not greater than zero, or a quantity is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimumOrderQuantity"/> is not a multiple of <paramref name="orderMultiple"/> (so a swap of the two is refused unless they are equal).</exception>
    public SourcingAgreement(
        ProductId product,
        FacilityId factory,
        Money unitCost,
        ProductionLeadTime leadTime,
        int minimumOrderQuantity,
        int orderMultiple,
        LocalDate validFrom)
    {
        Product = Guard.NotNull(product);
        Factory = Guard.NotNull(factory);
        Guard.NotNull(unitCost);
        if (unitCost.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(unitCost), unitCost, Guard.Format(ErrorMessages.MustBePositive, nameof(unitCost), unitCost));
        }

        Guard.Positive(minimumOrderQuantity);
        Guard.Positive(orderMultiple);
        if (minimumOrderQuantity % orderMultiple != 0)
        {
            var nextUp = ((long)(minimumOrderQuantity / orderMultiple) + 1) * orderMultiple;
            throw new ArgumentException(
                Guard.Format(ErrorMessages.MoqNotMultipleOfOrderMultiple, nameof(minimumOrderQuantity), minimumOrderQuantity, orderMultiple, nextUp),
                nameof(minimumOrderQuantity));
        }

        UnitCost = unitCost;
        LeadTime = leadTime;
        MinimumOrderQuantity = minimumOrderQuantity;
        OrderMultiple = orderMultiple;
        ValidFrom = Validity.Iso(validFrom);
    }

    /// <summary>The product made.</summary>
    public ProductId Product { get; }

    /// <summary>The factory that makes it.</summary>
    public FacilityId Factory { get; }

    /// <summary>The price per unit.</summary>
    public Money UnitCost { get; }

    /// <summary>The production lead time, in working days of the factory's calendar.</summary>
    public ProductionLeadTime LeadTime { get; }

    /// <summary>The minimum order quantity, in units; a multiple of <see cref="OrderMultiple"/>.</summary>
    public int MinimumOrderQuantity { get; }

    /// <summary>Orders are a multiple of this many units.</summary>
    public int OrderMultiple { get; }

    /// <summary>The first day the agreement is in force (inclusive, as an ISO date).</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the agreement is in force (inclusive), or null (the default) when open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <summary>1 (the default) for the first choice, 2 for the second, ...; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The priority is less than 1.</exception>
    public int Priority { get; init => field = Guard.Positive(value, nameof(Priority)); } = 1;

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>Whether this agreement's validity and <paramref name="other"/>'s share at least one day.</summary>
    /// <param name="other">The other agreement.</param>
    /// <returns>True when the periods overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool OverlapsInTime(SourcingAgreement other)
    {
        Guard.NotNull(other);
        return (other.ValidUntil is not { } otherEnd || ValidFrom <= otherEnd) && (ValidUntil is not { } end || other.ValidFrom <= end);
    }

    /// <summary>
    /// The smallest allowed order that covers <paramref name="unitsWanted"/>: at least the MOQ, rounded up to the
    /// order multiple. 0 when nothing is wanted.
    /// </summary>
    /// <param name="unitsWanted">Units wanted; not negative.</param>
    /// <returns>The units to order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsWanted"/> is negative.</exception>
    /// <exception cref="OverflowException">The rounded quantity exceeds <see cref="int.MaxValue"/>.</exception>
    public int OrderQuantityFor(int unitsWanted)
    {
        Guard.NotNegative(unitsWanted);
        if (unitsWanted == 0)
        {
            return 0;
        }

        var atLeast = Math.Max(unitsWanted, MinimumOrderQuantity);
        return checked(new PackCount(atLeast, OrderMultiple).Packs * OrderMultiple);
    }

    /// <summary>
    /// The agreement in force on <paramref name="date"/> for <paramref name="product"/>: the lowest priority number,
    /// then the latest <see cref="ValidFrom"/>, then the factory id (ordinal), so the choice never depends on the
    /// order of <paramref name="agreements"/>.
    /// </summary>
    /// <param name="agreements">Agreements of any products.</param>
    /// <param name="product">The product.</param>
    /// <param name="date">The date.</param>
    /// <returns>The agreement, or null when none is in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreements"/> or <paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreements"/> holds null.</exception>
    public static SourcingAgreement? SelectInForce(IEnumerable<SourcingAgreement> agreements, ProductId product, LocalDate date)
    {
        var list = Guard.CopyItems(agreements, requireOne: false);
        Guard.NotNull(product);
        return Best(list, product, date);
    }

    /// <summary>The rule of <see cref="SelectInForce"/> over a list already checked (no null), without a copy: the first of equals wins.</summary>
    internal static SourcingAgreement? Best(List<SourcingAgreement> agreements, ProductId product, LocalDate date)
    {
        SourcingAgreement? best = null;
        foreach (var a in agreements)
        {
            if (a.Product == product && a.IsInForce(date) && (best is null || Precedes(a, best)))
            {
                best = a;
            }
        }

        return best;
    }

    private static bool Precedes(SourcingAgreement a, SourcingAgreement b) =>
        a.Priority != b.Priority ? a.Priority < b.Priority
        : a.ValidFrom != b.ValidFrom ? a.ValidFrom > b.ValidFrom
        : string.CompareOrdinal(a.Factory.Value, b.Factory.Value) < 0;

    /// <summary>"product at factory (priority p, from … to …)".</summary>
    public override string ToString() => Guard.Format("{0} at {1} (priority {2}, {3:uuuu-MM-dd} to {4})", Product, Factory, Priority, ValidFrom, ValidUntil is { } end ? Guard.Format("{0:uuuu-MM-dd}", end) : "open");
}
