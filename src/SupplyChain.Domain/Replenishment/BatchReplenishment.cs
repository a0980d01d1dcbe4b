using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// Replenishment decisions for a whole catalogue in columns: spans of net positions and parameters in, one order
/// quantity and one <see cref="BatchReason"/> per SKU out. Each method gives exactly the answer of the per-SKU policy
/// wrapped in the SKU's case pack and minimum order quantity (MOQ), and allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// Row i of every column describes SKU i; all columns must have the length of the positions. A case pack of 1 and a MOQ
/// of 0 mean "no constraint". A positive order is raised to the MOQ and then rounded up to the case pack, as
/// <see cref="ReplenishmentDecision"/> does.
/// </para>
/// <para>
/// Catalogue data with the min–max maximum below its minimum is not refused (one bad row must not stop a million-SKU
/// run): the maximum is raised to the minimum, so the SKU behaves as <c>new MinMaxPolicy(min, min)</c>, and the reason
/// carries <see cref="BatchReason.MaximumRaisedToMinimum"/>. Other invalid rows (a case pack below 1, a negative MOQ,
/// lot size, order-up-to level, cover days or daily sales) throw, as the per-SKU policies do; the output spans are
/// then partly written. A position of <see cref="int.MinValue"/> is read as −<see cref="int.MaxValue"/>, as
/// <see cref="InventoryPosition.FromNet"/> does.
/// </para>
/// </remarks>
public static class BatchReplenishment
{
    /// <summary>Min–max (s, S) for every SKU: at or below s, order up to S; a maximum below the minimum is raised to it.</summary>
    /// <param name="positions">Net inventory positions.</param>
    /// <param name="minimums">s per SKU.</param>
    /// <param name="maximums">S per SKU; below s it is raised to s.</param>
    /// <param name="casePacks">Units per case pack per SKU, at least 1.</param>
    /// <param name="minimumOrderQuantities">MOQ per SKU, not negative.</param>
    /// <param name="quantities">Receives the order quantities.</param>
    /// <param name="reasons">Receives the reasons.</param>
    /// <exception cref="ArgumentException">A column's length differs from the positions' length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A case pack is below 1 or a MOQ is negative.</exception>
    public static void MinMax(ReadOnlySpan<int> positions, ReadOnlySpan<int> minimums, ReadOnlySpan<int> maximums, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        var n = positions.Length;
        SameLength(n, minimums.Length, nameof(minimums));
        SameLength(n, maximums.Length, nameof(maximums));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        for (var i = 0; i < n; i++)
        {
            var p = Position(positions[i]);
            var min = minimums[i];
            var max = maximums[i];
            var reason = max < min ? BatchReason.MaximumRaisedToMinimum : BatchReason.NoOrder;
            long q = 0;
            if (p <= min)
            {
                q = (long)Math.Max(max, min) - p;
                reason |= BatchReason.Order;
            }

            quantities[i] = Constrain(q, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = reason;
        }
    }

    /// <summary>Reorder point (r, Q) for every SKU: at or below r, order the fewest lots of Q that lift the position above r.</summary>
    /// <param name="positions">Net inventory positions.</param>
    /// <param name="reorderPoints">r per SKU.</param>
    /// <param name="lotSizes">Q per SKU, greater than zero.</param>
    /// <param name="casePacks">Units per case pack per SKU, at least 1.</param>
    /// <param name="minimumOrderQuantities">MOQ per SKU, not negative.</param>
    /// <param name="quantities">Receives the order quantities.</param>
    /// <param name="reasons">Receives the reasons.</param>
    /// <exception cref="ArgumentException">A column's length differs from the positions' length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A lot size or case pack is below 1, or a MOQ is negative.</exception>
    public static void ReorderPoint(ReadOnlySpan<int> positions, ReadOnlySpan<int> reorderPoints, ReadOnlySpan<int> lotSizes, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        var n = positions.Length;
        SameLength(n, reorderPoints.Length, nameof(reorderPoints));
        SameLength(n, lotSizes.Length, nameof(lotSizes));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        for (var i = 0; i < n; i++)
        {
            var p = Position(positions[i]);
            var r = reorderPoints[i];
            var lot = lotSizes[i];
            if (lot <= 0)
            {
                Guard.Positive(lot, nameof(lotSizes));
            }

            long q = 0;
            var reason = BatchReason.NoOrder;
            if (p <= r)
            {
                q = ((((long)r - p) / lot) + 1) * lot;
                reason = BatchReason.Order;
            }

            quantities[i] = Constrain(q, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = reason;
        }
    }

    /// <summary>Periodic order-up-to (R, S) for every SKU on one date: on a review day, order S − position when the position is below S.</summary>
    /// <param name="positions">Net inventory positions.</param>
    /// <param name="orderUpToLevels">S per SKU, not negative.</param>
    /// <param name="isReviewDay">Whether the date is a review day for these SKUs (group SKUs by calendar).</param>
    /// <param name="casePacks">Units per case pack per SKU, at least 1.</param>
    /// <param name="minimumOrderQuantities">MOQ per SKU, not negative.</param>
    /// <param name="quantities">Receives the order quantities.</param>
    /// <param name="reasons">Receives the reasons.</param>
    /// <exception cref="ArgumentException">A column's length differs from the positions' length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An order-up-to level or MOQ is negative, or a case pack is below 1.</exception>
    public static void OrderUpTo(ReadOnlySpan<int> positions, ReadOnlySpan<int> orderUpToLevels, bool isReviewDay, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        var n = positions.Length;
        SameLength(n, orderUpToLevels.Length, nameof(orderUpToLevels));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        for (var i = 0; i < n; i++)
        {
            var p = Position(positions[i]);
            var s = orderUpToLevels[i];
            if (s < 0)
            {
                Guard.NotNegative(s, nameof(orderUpToLevels));
            }

            long q = 0;
            var reason = isReviewDay ? BatchReason.NoOrder : BatchReason.NotAReviewDay;
            if (isReviewDay && p < s)
            {
                q = (long)s - p;
                reason = BatchReason.Order;
            }

            quantities[i] = Constrain(q, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = reason;
        }
    }

    /// <summary>Days of cover for every SKU: order ⌈cover days × daily sales − position⌉ when positive, with <see cref="DaysOfCoverPolicy"/>'s arithmetic.</summary>
    /// <param name="positions">Net inventory positions.</param>
    /// <param name="coverDays">Lead time + safety days per SKU, not negative.</param>
    /// <param name="dailyDemands">Daily sales per SKU, finite and not negative.</param>
    /// <param name="casePacks">Units per case pack per SKU, at least 1.</param>
    /// <param name="minimumOrderQuantities">MOQ per SKU, not negative.</param>
    /// <param name="quantities">Receives the order quantities.</param>
    /// <param name="reasons">Receives the reasons.</param>
    /// <exception cref="ArgumentException">A column's length differs from the positions' length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Cover days, a daily demand or a MOQ is negative (or the demand not finite), or a case pack is below 1.</exception>
    /// <exception cref="OverflowException">An order exceeds <see cref="long.MaxValue"/> units (as <see cref="DaysOfCoverPolicy"/>).</exception>
    public static void DaysOfCover(ReadOnlySpan<int> positions, ReadOnlySpan<int> coverDays, ReadOnlySpan<double> dailyDemands, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        var n = positions.Length;
        SameLength(n, coverDays.Length, nameof(coverDays));
        SameLength(n, dailyDemands.Length, nameof(dailyDemands));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        for (var i = 0; i < n; i++)
        {
            var days = coverDays[i];
            var demand = dailyDemands[i];
            if (days < 0 || !(demand >= 0 && demand <= double.MaxValue))
            {
                Guard.NotNegative(days, nameof(coverDays));
                Guard.NotNegative(demand, nameof(dailyDemands));
            }

            var q = DaysOfCoverPolicy.WholeUnitsShort(days * demand, Position(positions[i]));
            quantities[i] = Constrain(q, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = q == 0 ? BatchReason.NoOrder : BatchReason.Order;
        }
    }

    /// <summary>The full min–max decision of one SKU, with the batch path's rule for a maximum below the minimum.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="minimum">s.</param>
    /// <param name="maximum">S; below s it is raised to s.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision <c>new MinMaxPolicy(minimum, max(minimum, maximum))</c> makes, with the constraints; allocates nothing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="casePack"/> is below 1 or <paramref name="minimumOrderQuantity"/> is negative.</exception>
    public static ReplenishmentDecision MinMaxDecision(int position, int minimum, int maximum, int casePack, int minimumOrderQuantity)
    {
        var p = Position(position);
        var max = Math.Max(minimum, maximum);
        return WithConstraints(
            p > minimum ? new(0, ReplenishmentReason.PositionAboveMinimum, p, minimum, max) : new((long)max - p, ReplenishmentReason.MinimumReached, p, minimum, max),
            casePack, minimumOrderQuantity);
    }

    /// <summary>The full reorder point decision of one SKU.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="reorderPoint">r.</param>
    /// <param name="lotSize">Q, greater than zero.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision of <see cref="ReorderPointPolicy"/> with the constraints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lotSize"/> or <paramref name="casePack"/> is below 1, or <paramref name="minimumOrderQuantity"/> is negative.</exception>
    public static ReplenishmentDecision ReorderPointDecision(int position, int reorderPoint, int lotSize, int casePack, int minimumOrderQuantity)
    {
        Guard.Positive(lotSize);
        long p = Position(position);
        var q = p > reorderPoint ? 0 : (((reorderPoint - p) / lotSize) + 1) * lotSize;
        return WithConstraints(
            q == 0 ? new(0, ReplenishmentReason.PositionAboveReorderPoint, p, reorderPoint, p) : new(q, ReplenishmentReason.ReorderPointReached, p, reorderPoint, p + q),
            casePack, minimumOrderQuantity);
    }

    /// <summary>The full order-up-to decision of one SKU.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="orderUpTo">S, not negative.</param>
    /// <param name="isReviewDay">Whether the date is a review day.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision <see cref="PeriodicReviewPolicy"/> makes on a review day (or not), with the constraints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpTo"/> or <paramref name="minimumOrderQuantity"/> is negative, or <paramref name="casePack"/> is below 1.</exception>
    public static ReplenishmentDecision OrderUpToDecision(int position, int orderUpTo, bool isReviewDay, int casePack, int minimumOrderQuantity)
    {
        Guard.NotNegative(orderUpTo);
        position = Position(position);
        var reason = !isReviewDay ? ReplenishmentReason.NotAReviewDay
            : position >= orderUpTo ? ReplenishmentReason.ReviewPositionAtOrAboveTarget
            : ReplenishmentReason.ReviewOrderUpToTarget;
        var q = reason == ReplenishmentReason.ReviewOrderUpToTarget ? (long)orderUpTo - position : 0;
        return WithConstraints(new(q, reason, position, orderUpTo, orderUpTo), casePack, minimumOrderQuantity);
    }

    /// <summary>The full days-of-cover decision of one SKU.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="coverDays">Lead time + safety days, not negative.</param>
    /// <param name="dailyDemand">Daily sales, finite and not negative.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision of <c>new DaysOfCoverPolicy(coverDays, 0)</c> with the constraints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverDays"/>, <paramref name="dailyDemand"/> or <paramref name="minimumOrderQuantity"/> is negative (or the demand not finite), or <paramref name="casePack"/> is below 1.</exception>
    /// <exception cref="OverflowException">The order exceeds <see cref="long.MaxValue"/> units.</exception>
    public static ReplenishmentDecision DaysOfCoverDecision(int position, int coverDays, double dailyDemand, int casePack, int minimumOrderQuantity)
    {
        Guard.NotNegative(coverDays);
        if (!(dailyDemand >= 0 && dailyDemand <= double.MaxValue))
        {
            Guard.NotNegative(dailyDemand);
        }

        var p = Position(position);
        var target = coverDays * dailyDemand;
        var q = DaysOfCoverPolicy.WholeUnitsShort(target, p);
        return WithConstraints(new(q, q == 0 ? ReplenishmentReason.CoverSufficient : ReplenishmentReason.CoverShortfall, p, target, target), casePack, minimumOrderQuantity);
    }

    /// <summary>A net position as <see cref="InventoryPosition.FromNet"/> reads it: <see cref="int.MinValue"/> becomes −<see cref="int.MaxValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Position(int net) => Math.Max(net, -int.MaxValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReplenishmentDecision WithConstraints(in ReplenishmentDecision decision, int casePack, int minimumOrderQuantity)
    {
        if (casePack == 1 && minimumOrderQuantity == 0)
        {
            return decision;
        }

        return decision.WithOrderMultiple(Guard.Positive(casePack)).WithMinimumOrderQuantity(Guard.NotNegative(minimumOrderQuantity));
    }

    private static void SameLength(int expected, int actual, string paramName)
    {
        if (actual != expected)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ListLengthMismatch, paramName, expected, "position", actual), paramName);
        }
    }

    private static void Outputs(int n, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        SameLength(n, casePacks.Length, nameof(casePacks));
        SameLength(n, minimumOrderQuantities.Length, nameof(minimumOrderQuantities));
        SameLength(n, quantities.Length, nameof(quantities));
        SameLength(n, reasons.Length, nameof(reasons));
    }

    /// <summary>Raises a positive order to the MOQ and rounds it up to the case pack, as <see cref="ReplenishmentDecision.Quantity"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Constrain(long quantity, int casePack, int minimumOrderQuantity)
    {
        if ((casePack | minimumOrderQuantity) < 0 || casePack == 0)
        {
            Guard.Positive(casePack, "casePacks");
            Guard.NotNegative(minimumOrderQuantity, "minimumOrderQuantities");
        }

        if (quantity <= 0)
        {
            return 0;
        }

        // ReplenishmentDecision.Constrain without a maximum: quantities stay below 2³³, so nothing overflows.
        quantity = Math.Max(quantity, minimumOrderQuantity);
        var remainder = quantity % casePack;
        return remainder == 0 ? quantity : quantity + (casePack - remainder);
    }
}
