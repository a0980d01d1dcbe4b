using NodaTime;
using NodaTime.Text;

namespace SupplyChain.Domain.Inventory;

/// <summary>
/// One line of a <see cref="StockLedger"/>: <see cref="Quantity"/> units moved from one bucket to another, into the
/// books from outside, or out of them.
/// </summary>
/// <remarks>
/// Built only through the factory methods, one per <see cref="StockMovementKind"/>, so that every movement has a
/// shape its kind allows. <see cref="From"/> null means the units come from outside this ledger (a supplier, another
/// facility, a found unit); <see cref="To"/> null means they leave it. Equality is structural.
/// </remarks>
public sealed record StockMovement
{
    private StockMovement(StockMovementKind kind, int quantity, StockBucket? from, StockBucket? to, AdjustmentReason? reason, Instant at)
    {
        Kind = kind;
        Quantity = quantity;
        From = from;
        To = to;
        Reason = reason;
        At = at;
    }

    /// <summary>What the movement records.</summary>
    public StockMovementKind Kind { get; }

    /// <summary>The number of units moved; always greater than zero.</summary>
    public int Quantity { get; }

    /// <summary>The bucket the units leave, or null when they come from outside the ledger.</summary>
    public StockBucket? From { get; }

    /// <summary>The bucket the units enter, or null when they leave the ledger.</summary>
    public StockBucket? To { get; }

    /// <summary>Why an adjustment was posted; null for every other kind.</summary>
    public AdjustmentReason? Reason { get; }

    /// <summary>When the movement happened.</summary>
    public Instant At { get; }

    /// <summary>An inbound shipment is created: outside → <see cref="StockBucket.InboundWorking"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement InboundPlanned(int quantity, Instant at) =>
        new(StockMovementKind.InboundPlanned, Guard.Positive(quantity), null, StockBucket.InboundWorking, null, at);

    /// <summary>The inbound shipment leaves the sender: <see cref="StockBucket.InboundWorking"/> → <see cref="StockBucket.InboundShipped"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement InboundShipped(int quantity, Instant at) =>
        new(StockMovementKind.InboundShipped, Guard.Positive(quantity), StockBucket.InboundWorking, StockBucket.InboundShipped, null, at);

    /// <summary>The inbound shipment arrives: <see cref="StockBucket.InboundShipped"/> → <see cref="StockBucket.InboundReceiving"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement InboundArrived(int quantity, Instant at) =>
        new(StockMovementKind.InboundArrived, Guard.Positive(quantity), StockBucket.InboundShipped, StockBucket.InboundReceiving, null, at);

    /// <summary>Units are checked in: <see cref="StockBucket.InboundReceiving"/> → <paramref name="into"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="into"><see cref="StockBucket.Fulfillable"/> (the default) or one of the unfulfillable buckets (arrived damaged, defective, expired).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative, or <paramref name="into"/> is not a bucket a receipt can fill.</exception>
    public static StockMovement Receipt(int quantity, Instant at, StockBucket into = StockBucket.Fulfillable) =>
        new(StockMovementKind.Receipt, Guard.Positive(quantity), StockBucket.InboundReceiving,
            Allowed(into, nameof(into), StockMovementKind.Receipt, IsSellableOrUnfulfillable), null, at);

    /// <summary>Units leave for a buyer: <paramref name="from"/> → outside.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="from"><see cref="StockBucket.Reserved"/> (the default: the order held them) or <see cref="StockBucket.Fulfillable"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative, or <paramref name="from"/> is neither reserved nor fulfillable.</exception>
    public static StockMovement Shipment(int quantity, Instant at, StockBucket from = StockBucket.Reserved) =>
        new(StockMovementKind.Shipment, Guard.Positive(quantity),
            Allowed(from, nameof(from), StockMovementKind.Shipment, b => b is StockBucket.Reserved or StockBucket.Fulfillable), null, null, at);

    /// <summary>Units leave for another facility: <see cref="StockBucket.Fulfillable"/> → outside.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement TransferOut(int quantity, Instant at) =>
        new(StockMovementKind.TransferOut, Guard.Positive(quantity), StockBucket.Fulfillable, null, null, at);

    /// <summary>Units come from another facility: outside → <see cref="StockBucket.Fulfillable"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement TransferIn(int quantity, Instant at) =>
        new(StockMovementKind.TransferIn, Guard.Positive(quantity), null, StockBucket.Fulfillable, null, at);

    /// <summary>Units are held for an order: <see cref="StockBucket.Fulfillable"/> → <see cref="StockBucket.Reserved"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement Reservation(int quantity, Instant at) =>
        new(StockMovementKind.Reservation, Guard.Positive(quantity), StockBucket.Fulfillable, StockBucket.Reserved, null, at);

    /// <summary>A hold is lifted: <see cref="StockBucket.Reserved"/> → <see cref="StockBucket.Fulfillable"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement Release(int quantity, Instant at) =>
        new(StockMovementKind.Release, Guard.Positive(quantity), StockBucket.Reserved, StockBucket.Fulfillable, null, at);

    /// <summary>A buyer's order cannot be served now: outside → <see cref="StockBucket.Backordered"/>.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement BackorderOpened(int quantity, Instant at) =>
        new(StockMovementKind.BackorderOpened, Guard.Positive(quantity), null, StockBucket.Backordered, null, at);

    /// <summary>A backorder is served or cancelled: <see cref="StockBucket.Backordered"/> → outside.</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public static StockMovement BackorderClosed(int quantity, Instant at) =>
        new(StockMovementKind.BackorderClosed, Guard.Positive(quantity), StockBucket.Backordered, null, null, at);

    /// <summary>A buyer's return is received: outside → <paramref name="into"/> (the units left the books when they were shipped).</summary>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="at">When it was received.</param>
    /// <param name="into"><see cref="StockBucket.Fulfillable"/> (sellable), <see cref="StockBucket.UnfulfillableCustomerDamaged"/> or <see cref="StockBucket.UnfulfillableDefective"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative, or <paramref name="into"/> is not a bucket a return can fill.</exception>
    public static StockMovement CustomerReturn(int quantity, Instant at, StockBucket into) =>
        new(StockMovementKind.CustomerReturn, Guard.Positive(quantity), null,
            Allowed(into, nameof(into), StockMovementKind.CustomerReturn, b => b is StockBucket.Fulfillable or StockBucket.UnfulfillableCustomerDamaged or StockBucket.UnfulfillableDefective), null, at);

    /// <summary>A correction: units move out of <paramref name="from"/> (null: from outside) into <paramref name="to"/> (null: out of the books).</summary>
    /// <param name="reason">Why; kept as data on the movement.</param>
    /// <param name="quantity">Units, greater than zero.</param>
    /// <param name="from">The bucket the units leave, or null for units found or otherwise added.</param>
    /// <param name="to">The bucket the units enter, or null for units lost or disposed.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/>, <paramref name="from"/> or <paramref name="to"/> is not a defined value, or <paramref name="quantity"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">Both buckets are null, or both are the same bucket.</exception>
    public static StockMovement Adjustment(AdjustmentReason reason, int quantity, StockBucket? from, StockBucket? to, Instant at)
    {
        Defined(reason, nameof(reason));
        if (from is { } f)
        {
            Defined(f, nameof(from));
        }

        if (to is { } t)
        {
            Defined(t, nameof(to));
        }

        if (from == to)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.AdjustmentBuckets, from?.ToString() ?? "null"), nameof(to));
        }

        return new(StockMovementKind.Adjustment, Guard.Positive(quantity), from, to, reason, at);
    }

    /// <summary>The movement in words, e.g. <c>Receipt 40: InboundReceiving -> Fulfillable at 2025-03-03T09:00:00Z</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0}{1} {2}: {3} -> {4} at {5}", Kind, Reason is { } r ? " (" + r.ToString() + ")" : "", Quantity,
            From?.ToString() ?? "outside", To?.ToString() ?? "outside", InstantPattern.ExtendedIso.Format(At));

    internal static bool IsUnfulfillable(StockBucket bucket) =>
        bucket is >= StockBucket.UnfulfillableCustomerDamaged and <= StockBucket.UnfulfillableExpired;

    private static bool IsSellableOrUnfulfillable(StockBucket bucket) => bucket == StockBucket.Fulfillable || IsUnfulfillable(bucket);

    private static StockBucket Allowed(StockBucket bucket, string paramName, StockMovementKind kind, Func<StockBucket, bool> allowed) =>
        Enum.IsDefined(bucket) && allowed(bucket)
            ? bucket
            : throw new ArgumentOutOfRangeException(paramName, bucket, Guard.Format(ErrorMessages.BucketNotAllowed, paramName, bucket, kind));

    private static void Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, Guard.Format(ErrorMessages.UndefinedEnumValue, paramName, typeof(TEnum).Name));
        }
    }
}
