using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// run): the maximum is raised to the minimum, so the SKU behaves as <see cref="MinMaxPolicy.FromCatalogue"/> (that is,
/// <c>new MinMaxPolicy(min, min)</c>), and the reason carries <see cref="BatchReason.MaximumRaisedToMinimum"/>. Other
/// invalid rows (a case pack below 1, a negative MOQ, lot size, order-up-to level, cover days or daily sales) throw, as
/// the per-SKU policies do; every column is checked before the first row is written, so a refused call leaves the
/// outputs untouched. A position of <see cref="int.MinValue"/> is read as −<see cref="int.MaxValue"/>, as
/// <see cref="InventoryPosition.FromNet"/> does.
/// </para>
/// <para>
/// Where <see cref="Vector256"/> is hardware-accelerated, rows are decided in blocks of eight without per-row checks
/// (the MOQ as a lane-wise maximum, the case pack as an exact round-up in <see cref="double"/>), and the remaining rows
/// in a scalar loop; both give the per-SKU policies' numbers.
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
        var columns = new Columns(positions, minimums, maximums, casePacks, minimumOrderQuantities, quantities, reasons);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - BlockRows; i += BlockRows)
            {
                var p = columns.Position(i);
                var min = columns.A(i);
                var max = columns.B(i);
                var orders = Vector256.LessThanOrEqual(p, min);
                var raised = Vector256.LessThan(max, min);
                columns.StoreReasons(i, (orders & Vector256<int>.One) | (raised & Vector256.Create((int)BatchReason.MaximumRaisedToMinimum)));
                var (pLo, pHi) = Vector256.Widen(p);
                var (sLo, sHi) = Vector256.Widen(Vector256.Max(max, min));
                var (oLo, oHi) = Vector256.Widen(orders);
                columns.ConstrainAndStore(i, (sLo - pLo) & oLo, (sHi - pHi) & oHi);
            }
        }

        for (; i < n; i++)
        {
            var p = Position(positions[i]);
            var min = minimums[i];
            var max = maximums[i];
            var orders = p <= min;
            quantities[i] = Constrain(orders ? (long)Math.Max(max, min) - p : 0, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = (orders ? BatchReason.Order : BatchReason.NoOrder) | (max < min ? BatchReason.MaximumRaisedToMinimum : BatchReason.NoOrder);
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
        AtLeast(lotSizes, 1, nameof(lotSizes));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        var columns = new Columns(positions, reorderPoints, lotSizes, casePacks, minimumOrderQuantities, quantities, reasons);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - BlockRows; i += BlockRows)
            {
                var p = columns.Position(i);
                var r = columns.A(i);
                var orders = Vector256.LessThanOrEqual(p, r);
                columns.StoreReasons(i, orders & Vector256<int>.One);
                var (pLo, pHi) = Vector256.Widen(p);
                var (rLo, rHi) = Vector256.Widen(r);
                var (oLo, oHi) = Vector256.Widen(orders);
                var (lotLo, lotHi) = Vector256.Widen(columns.B(i));
                columns.ConstrainAndStore(i, WholeLotsAbove((rLo - pLo) & oLo, lotLo) & oLo, WholeLotsAbove((rHi - pHi) & oHi, lotHi) & oHi);
            }
        }

        for (; i < n; i++)
        {
            long p = Position(positions[i]);
            var r = reorderPoints[i];
            var lot = lotSizes[i];
            var orders = p <= r;
            quantities[i] = Constrain(orders ? (((r - p) / lot) + 1) * lot : 0, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = orders ? BatchReason.Order : BatchReason.NoOrder;
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
        AtLeast(orderUpToLevels, 0, nameof(orderUpToLevels));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        if (!isReviewDay)
        {
            quantities.Clear();
            reasons.Fill(BatchReason.NotAReviewDay);
            return;
        }

        var columns = new Columns(positions, orderUpToLevels, orderUpToLevels, casePacks, minimumOrderQuantities, quantities, reasons);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - BlockRows; i += BlockRows)
            {
                var p = columns.Position(i);
                var s = columns.A(i);
                var orders = Vector256.LessThan(p, s);
                columns.StoreReasons(i, orders & Vector256<int>.One);
                var (pLo, pHi) = Vector256.Widen(p);
                var (sLo, sHi) = Vector256.Widen(s);
                var (oLo, oHi) = Vector256.Widen(orders);
                columns.ConstrainAndStore(i, (sLo - pLo) & oLo, (sHi - pHi) & oHi);
            }
        }

        for (; i < n; i++)
        {
            var p = Position(positions[i]);
            var s = orderUpToLevels[i];
            var orders = p < s;
            quantities[i] = Constrain(orders ? (long)s - p : 0, casePacks[i], minimumOrderQuantities[i]);
            reasons[i] = orders ? BatchReason.Order : BatchReason.NoOrder;
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
    /// <exception cref="OverflowException">An order exceeds <see cref="long.MaxValue"/> units (as <see cref="DaysOfCoverPolicy"/>); the rows before it are then written.</exception>
    public static void DaysOfCover(ReadOnlySpan<int> positions, ReadOnlySpan<int> coverDays, ReadOnlySpan<double> dailyDemands, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        var n = positions.Length;
        SameLength(n, coverDays.Length, nameof(coverDays));
        SameLength(n, dailyDemands.Length, nameof(dailyDemands));
        AtLeast(coverDays, 0, nameof(coverDays));
        FiniteNotNegative(dailyDemands, nameof(dailyDemands));
        Outputs(n, casePacks, minimumOrderQuantities, quantities, reasons);
        var columns = new Columns(positions, coverDays, coverDays, casePacks, minimumOrderQuantities, quantities, reasons);
        ref var demands = ref MemoryMarshal.GetReference(dailyDemands);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - BlockRows; i += BlockRows)
            {
                var (pLo, pHi) = Vector256.Widen(columns.Position(i));
                var (dLo, dHi) = Vector256.Widen(columns.A(i));
                var qLo = WholeUnitsShort(Vector256.ConvertToDouble(dLo) * Vector256.LoadUnsafe(ref demands, (nuint)i), pLo, out var oLo);
                var qHi = WholeUnitsShort(Vector256.ConvertToDouble(dHi) * Vector256.LoadUnsafe(ref demands, (nuint)(i + (BlockRows / 2))), pHi, out var oHi);
                if (Vector256.LessThanAll(Vector256.Max(qLo, qHi), Vector256.Create(LargestVectorQuantity)))
                {
                    columns.StoreReasons(i, Vector256.Narrow(oLo, oHi) & Vector256<int>.One);
                    columns.ConstrainAndStore(i, qLo, qHi);
                    continue;
                }

                // A shortfall of 2⁵² units or more: the scalar rows below give the exact answer (or the OverflowException).
                for (var j = i; j < i + BlockRows; j++)
                {
                    DaysOfCoverRow(j, positions, coverDays, dailyDemands, casePacks, minimumOrderQuantities, quantities, reasons);
                }
            }
        }

        for (; i < n; i++)
        {
            DaysOfCoverRow(i, positions, coverDays, dailyDemands, casePacks, minimumOrderQuantities, quantities, reasons);
        }
    }

    /// <summary>The full min–max decision of one SKU, with the batch path's rule for a maximum below the minimum.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="minimum">s.</param>
    /// <param name="maximum">S; below s it is raised to s.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision <see cref="MinMaxPolicy.FromCatalogue"/><c>(minimum, maximum)</c> makes, with the constraints; allocates nothing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="casePack"/> is below 1 or <paramref name="minimumOrderQuantity"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReplenishmentDecision MinMaxDecision(int position, int minimum, int maximum, int casePack, int minimumOrderQuantity)
    {
        var bounds = Bounds(casePack, minimumOrderQuantity);
        var p = Position(position);
        var max = Math.Max(minimum, maximum);
        return p > minimum
            ? new(0, ReplenishmentReason.PositionAboveMinimum, p, minimum, max, bounds)
            : new((long)max - p, ReplenishmentReason.MinimumReached, p, minimum, max, bounds);
    }

    /// <summary>The full reorder point decision of one SKU.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="reorderPoint">r.</param>
    /// <param name="lotSize">Q, greater than zero.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision of <see cref="ReorderPointPolicy"/> with the constraints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lotSize"/> or <paramref name="casePack"/> is below 1, or <paramref name="minimumOrderQuantity"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReplenishmentDecision ReorderPointDecision(int position, int reorderPoint, int lotSize, int casePack, int minimumOrderQuantity)
    {
        Guard.Positive(lotSize);
        var bounds = Bounds(casePack, minimumOrderQuantity);
        long p = Position(position);
        var q = p > reorderPoint ? 0 : (((reorderPoint - p) / lotSize) + 1) * lotSize;
        return q == 0
            ? new(0, ReplenishmentReason.PositionAboveReorderPoint, p, reorderPoint, p, bounds)
            : new(q, ReplenishmentReason.ReorderPointReached, p, reorderPoint, p + q, bounds);
    }

    /// <summary>The full order-up-to decision of one SKU.</summary>
    /// <param name="position">The net position.</param>
    /// <param name="orderUpTo">S, not negative.</param>
    /// <param name="isReviewDay">Whether the date is a review day.</param>
    /// <param name="casePack">Units per case pack, at least 1.</param>
    /// <param name="minimumOrderQuantity">MOQ, not negative.</param>
    /// <returns>The decision <see cref="PeriodicReviewPolicy"/> makes on a review day (or not), with the constraints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderUpTo"/> or <paramref name="minimumOrderQuantity"/> is negative, or <paramref name="casePack"/> is below 1.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReplenishmentDecision OrderUpToDecision(int position, int orderUpTo, bool isReviewDay, int casePack, int minimumOrderQuantity)
    {
        Guard.NotNegative(orderUpTo);
        var bounds = Bounds(casePack, minimumOrderQuantity);
        position = Position(position);
        var reason = !isReviewDay ? ReplenishmentReason.NotAReviewDay
            : position >= orderUpTo ? ReplenishmentReason.ReviewPositionAtOrAboveTarget
            : ReplenishmentReason.ReviewOrderUpToTarget;
        var q = reason == ReplenishmentReason.ReviewOrderUpToTarget ? (long)orderUpTo - position : 0;
        return new(q, reason, position, orderUpTo, orderUpTo, bounds);
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReplenishmentDecision DaysOfCoverDecision(int position, int coverDays, double dailyDemand, int casePack, int minimumOrderQuantity)
    {
        Guard.NotNegative(coverDays);
        if (!(dailyDemand >= 0 && dailyDemand <= double.MaxValue))
        {
            Guard.NotNegative(dailyDemand);
        }

        var bounds = Bounds(casePack, minimumOrderQuantity);
        var p = Position(position);
        return DaysOfCoverPolicy.Decision(coverDays * dailyDemand, p, bounds);
    }

    /// <summary>Rows per SIMD block: one <see cref="Vector256{T}"/> of <see cref="int"/> columns; the rows after the last whole block (and every row without SIMD) take the scalar loop.</summary>
    internal const int BlockRows = 8;

    /// <summary>Unconstrained quantities below this take the SIMD path's <see cref="double"/> arithmetic, where every step is exact.</summary>
    private const long LargestVectorQuantity = 1L << 52;

    private const double RelativeTolerance = 1.0 / (1L << 44);

    /// <summary>A net position as <see cref="InventoryPosition.FromNet"/> reads it: <see cref="int.MinValue"/> becomes −<see cref="int.MaxValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Position(int net) => Math.Max(net, -int.MaxValue);

    /// <summary>One SKU's case pack and MOQ as the bounds its decision is built with (one branch; the guards only when something is wrong).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static OrderBounds Bounds(int casePack, int minimumOrderQuantity)
    {
        if (casePack < 1 || minimumOrderQuantity < 0)
        {
            Guard.Positive(casePack);
            Guard.NotNegative(minimumOrderQuantity);
        }

        return OrderBounds.Of(casePack, minimumOrderQuantity);
    }

    private static void SameLength(int expected, int actual, string paramName)
    {
        if (actual != expected)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.ListLengthMismatch, paramName, expected, "position", actual), paramName);
        }
    }

    /// <summary>Checks the constraint columns and the outputs once, before any row is written.</summary>
    private static void Outputs(int n, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        SameLength(n, casePacks.Length, nameof(casePacks));
        SameLength(n, minimumOrderQuantities.Length, nameof(minimumOrderQuantities));
        SameLength(n, quantities.Length, nameof(quantities));
        SameLength(n, reasons.Length, nameof(reasons));
        AtLeast(casePacks, 1, nameof(casePacks));
        AtLeast(minimumOrderQuantities, 0, nameof(minimumOrderQuantities));
    }

    /// <summary>Throws for the first value of <paramref name="column"/> below <paramref name="low"/> (0 or 1); one vectorised pass.</summary>
    private static void AtLeast(ReadOnlySpan<int> column, int low, string paramName)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(column);
            var bound = Vector256.Create(low);
            var below = Vector256<int>.Zero;
            for (; i <= column.Length - BlockRows; i += BlockRows)
            {
                below |= Vector256.LessThan(Vector256.LoadUnsafe(ref start, (nuint)i), bound);
            }

            if (below != Vector256<int>.Zero)
            {
                i = 0;
            }
        }

        for (; i < column.Length; i++)
        {
            if (column[i] < low)
            {
                _ = low == 0 ? Guard.NotNegative(column[i], paramName) : Guard.Positive(column[i], paramName);
            }
        }
    }

    /// <summary>Throws for the first value of <paramref name="column"/> that is negative, infinite or NaN; one vectorised pass.</summary>
    private static void FiniteNotNegative(ReadOnlySpan<double> column, string paramName)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(column);
            var largest = Vector256.Create(double.MaxValue);
            var good = Vector256<double>.AllBitsSet;
            for (; i <= column.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref start, (nuint)i);
                good &= Vector256.GreaterThanOrEqual(x, Vector256<double>.Zero) & Vector256.LessThanOrEqual(x, largest);
            }

            if (good != Vector256<double>.AllBitsSet)
            {
                i = 0;
            }
        }

        for (; i < column.Length; i++)
        {
            if (!(column[i] >= 0 && column[i] <= double.MaxValue))
            {
                Guard.NotNegative(column[i], paramName);
            }
        }
    }

    /// <summary>The fewest whole lots that lift the position above r: (⌊(r − p) / Q⌋ + 1) × Q, exact in <see cref="double"/> since r − p &lt; 2³³ and Q &lt; 2³¹.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> WholeLotsAbove(Vector256<long> gap, Vector256<long> lotSizes)
    {
        var lot = Vector256.ConvertToDouble(lotSizes);
        return Vector256.ConvertToInt64((Vector256.Floor(Vector256.ConvertToDouble(gap) / lot) + Vector256<double>.One) * lot);
    }

    /// <summary><see cref="DaysOfCoverPolicy"/>'s ⌈target − position⌉ on four rows, 0 where nothing is short; <paramref name="orders"/> marks the rows short.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> WholeUnitsShort(Vector256<double> target, Vector256<long> positions, out Vector256<long> orders)
    {
        var p = Vector256.ConvertToDouble(positions);
        var shortfall = target - p;
        var tolerance = (Vector256.Abs(target) + Vector256.Abs(p)) * Vector256.Create(RelativeTolerance);
        orders = Vector256.GreaterThan(shortfall, tolerance).AsInt64();

        // Outside the exact range the lane gives long.MinValue or garbage; the caller sees it is not below 2⁵² and redoes the rows.
        var units = Vector256.Min(Vector256.Ceiling(shortfall - tolerance), Vector256.Create((double)LargestVectorQuantity));
        return Vector256.ConvertToInt64(units) & orders;
    }

    private static void DaysOfCoverRow(int i, ReadOnlySpan<int> positions, ReadOnlySpan<int> coverDays, ReadOnlySpan<double> dailyDemands, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> minimumOrderQuantities, Span<long> quantities, Span<BatchReason> reasons)
    {
        var q = DaysOfCoverPolicy.WholeUnitsShort(coverDays[i] * dailyDemands[i], Position(positions[i]));
        quantities[i] = Constrain(q, casePacks[i], minimumOrderQuantities[i]);
        reasons[i] = q == 0 ? BatchReason.NoOrder : BatchReason.Order;
    }

    /// <summary>
    /// Raises a positive order to the MOQ and rounds it up to the case pack, as <see cref="ReplenishmentDecision.Quantity"/> does;
    /// the columns are already checked. A 32-bit remainder where the numbers allow it (min–max, reorder point and order-up-to
    /// orders stay below 2³⁴).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Constrain(long quantity, int casePack, int minimumOrderQuantity)
    {
        if (quantity <= 0)
        {
            return 0;
        }

        quantity = Math.Max(quantity, minimumOrderQuantity);
        var remainder = unchecked((ulong)quantity <= uint.MaxValue ? (uint)quantity % (uint)casePack : quantity % casePack);
        return remainder == 0 ? quantity : quantity + (casePack - (long)remainder);
    }

    /// <summary>
    /// The columns of one batch call as references, read and written in blocks of <see cref="BlockRows"/> without bounds
    /// checks: every column was checked to have the positions' length before the first block.
    /// </summary>
    private readonly ref struct Columns(ReadOnlySpan<int> positions, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<int> casePacks, ReadOnlySpan<int> moqs, Span<long> quantities, Span<BatchReason> reasons)
    {
        private readonly ref int _positions = ref MemoryMarshal.GetReference(positions);
        private readonly ref int _a = ref MemoryMarshal.GetReference(a);
        private readonly ref int _b = ref MemoryMarshal.GetReference(b);
        private readonly ref int _packs = ref MemoryMarshal.GetReference(casePacks);
        private readonly ref int _moqs = ref MemoryMarshal.GetReference(moqs);
        private readonly ref long _quantities = ref MemoryMarshal.GetReference(quantities);
        private readonly ref byte _reasons = ref Unsafe.As<BatchReason, byte>(ref MemoryMarshal.GetReference(reasons));

        /// <summary>Eight positions from row i, <see cref="int.MinValue"/> read as −<see cref="int.MaxValue"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<int> Position(int i) => Vector256.Max(Vector256.LoadUnsafe(ref _positions, (nuint)i), Vector256.Create(-int.MaxValue));

        /// <summary>Eight values of the first level column from row i.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<int> A(int i) => Vector256.LoadUnsafe(ref _a, (nuint)i);

        /// <summary>Eight values of the second level column from row i.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<int> B(int i) => Vector256.LoadUnsafe(ref _b, (nuint)i);

        /// <summary>Writes eight reasons (each 0–255 in an <see cref="int"/> lane) from row i.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void StoreReasons(int i, Vector256<int> reasons)
        {
            var bytes = Vector128.Narrow(Vector128.Narrow(reasons.GetLower(), reasons.GetUpper()), Vector128<short>.Zero);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref _reasons, i), bytes.AsUInt64().ToScalar());
        }

        /// <summary>Raises the positive quantities of rows i..i+7 (two halves of four) to the MOQ, rounds them up to the case pack, and writes them.</summary>
        /// <remarks>
        /// The rounding runs in <see cref="double"/>: for 0 ≤ q &lt; 2⁵² and a pack k ≥ 1, q / k is within q·2⁻⁵³/k &lt; 1/k of the
        /// true quotient, and a quotient that is not whole is at least 1/k from the next integer, so ⌈q / k⌉ and ⌈q / k⌉ × k
        /// (below 2⁵³) are exact.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ConstrainAndStore(int i, Vector256<long> lower, Vector256<long> upper)
        {
            var moq = Vector256.LoadUnsafe(ref _moqs, (nuint)i);
            var (moqLo, moqHi) = Vector256.Widen(moq);
            lower = Vector256.Max(lower, moqLo) & Vector256.GreaterThan(lower, Vector256<long>.Zero);
            upper = Vector256.Max(upper, moqHi) & Vector256.GreaterThan(upper, Vector256<long>.Zero);
            var packs = Vector256.LoadUnsafe(ref _packs, (nuint)i);
            if (!Vector256.EqualsAll(packs, Vector256<int>.One))
            {
                var (packLo, packHi) = Vector256.Widen(packs);
                lower = RoundUp(lower, Vector256.ConvertToDouble(packLo));
                upper = RoundUp(upper, Vector256.ConvertToDouble(packHi));
            }

            lower.StoreUnsafe(ref _quantities, (nuint)i);
            upper.StoreUnsafe(ref _quantities, (nuint)(i + (BlockRows / 2)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<long> RoundUp(Vector256<long> quantity, Vector256<double> pack) =>
            Vector256.ConvertToInt64(Vector256.Ceiling(Vector256.ConvertToDouble(quantity) / pack) * pack);
    }
}
