using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Orders;

/// <summary>Units of one SKU of one shipped parcel that a buyer sent back, with the buyer's reason and the condition found on receipt.</summary>
/// <remarks>Equality compares every value.</remarks>
public sealed record BuyerReturn
{
    /// <summary>Creates the return.</summary>
    /// <param name="parcel">The number of the shipped parcel the units came in (<see cref="OrderParcel.Number"/>), at least 1.</param>
    /// <param name="units">The SKU and the units returned, at least 1.</param>
    /// <param name="reason">Why the buyer returned them.</param>
    /// <param name="condition">What they were found to be on receipt.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parcel"/> is below 1, <paramref name="units"/> holds no unit, or <paramref name="reason"/> or <paramref name="condition"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is a default value (no SKU).</exception>
    public BuyerReturn(int parcel, SkuQuantity units, ReturnReason reason, ReturnCondition condition)
    {
        Parcel = Guard.Positive(parcel);
        if (units.Sku is null)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.MustNotContainNull, nameof(units)), nameof(units));
        }

        Units = units;
        _ = Guard.Positive(units.Units, nameof(units));
        Reason = Enum.IsDefined(reason) ? reason : throw new ArgumentOutOfRangeException(nameof(reason), reason, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(reason), nameof(ReturnReason)));
        Condition = Enum.IsDefined(condition) ? condition : throw new ArgumentOutOfRangeException(nameof(condition), condition, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(condition), nameof(ReturnCondition)));
    }

    /// <summary>The number of the parcel the units were shipped in.</summary>
    public int Parcel { get; }

    /// <summary>The SKU and the units returned.</summary>
    public SkuQuantity Units { get; }

    /// <summary>Why the buyer returned them.</summary>
    public ReturnReason Reason { get; }

    /// <summary>What they were found to be on receipt.</summary>
    public ReturnCondition Condition { get; }

    /// <summary>The ledger bucket the units enter: fulfillable, customer-damaged or defective.</summary>
    public StockBucket Bucket => Condition switch
    {
        ReturnCondition.Sellable => StockBucket.Fulfillable,
        ReturnCondition.CustomerDamaged => StockBucket.UnfulfillableCustomerDamaged,
        _ => StockBucket.UnfulfillableDefective,
    };

    /// <summary>The return as text, e.g. <c>LAMP-01 x 1 of parcel 1 (Defective, Defective)</c>.</summary>
    /// <returns>The units, parcel, reason and condition.</returns>
    public override string ToString() => Guard.Format("{0} of parcel {1} ({2}, {3})", Units, Parcel, Reason, Condition);
}
