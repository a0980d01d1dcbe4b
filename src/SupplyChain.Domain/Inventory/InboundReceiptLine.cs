using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>
/// What the receiving facility counted of one SKU of an inbound shipment: units in sellable condition and units that
/// arrived damaged (and the unfulfillable bucket they go to). Units shipped but not counted are short; units counted
/// beyond the shipped ones are over.
/// </summary>
/// <remarks>
/// Lines compare by reference; <see cref="InboundReceiving.Receive"/> takes at most one line per SKU. The damaged
/// units are set by name, <c>new InboundReceiptLine(sku, fulfillable: 98) { Damaged = 1 }</c>, so that the two counts
/// cannot be swapped.
/// </remarks>
public sealed class InboundReceiptLine
{
    /// <summary>
    /// Creates a line with no damaged units; damaged units and their bucket are set by name (<see cref="Damaged"/>,
    /// <see cref="DamagedInto"/>).
    /// </summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="fulfillable">Units received in sellable condition; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fulfillable"/> is negative.</exception>
    public InboundReceiptLine(Sku sku, int fulfillable)
    {
        Sku = Guard.NotNull(sku);
        Fulfillable = Guard.NotNegative(fulfillable);
    }

    /// <summary>The SKU.</summary>
    public Sku Sku { get; }

    /// <summary>Units received in sellable condition.</summary>
    public int Fulfillable { get; }

    /// <summary>
    /// Units received damaged; 0 by default; not negative, and at most <see cref="int.MaxValue"/> −
    /// <see cref="Fulfillable"/> (so that <see cref="Counted"/> is a count).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, or with <see cref="Fulfillable"/> exceeds <see cref="int.MaxValue"/>.</exception>
    public int Damaged
    {
        get;
        init => field = value <= int.MaxValue - Fulfillable
            ? Guard.NotNegative(value, nameof(Damaged))
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.MustBeAtMost, nameof(Damaged), int.MaxValue - Fulfillable, value), nameof(Damaged));
    }

    /// <summary>The unfulfillable bucket the damaged units go to; <see cref="StockBucket.UnfulfillableCarrierDamaged"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bucket is not an unfulfillable one.</exception>
    public StockBucket DamagedInto
    {
        get;
        init => field = StockMovement.IsUnfulfillable(value)
            ? value
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.ReceiptDamagedBucket, nameof(DamagedInto), value), nameof(DamagedInto));
    } = StockBucket.UnfulfillableCarrierDamaged;

    /// <summary>All units counted: <see cref="Fulfillable"/> + <see cref="Damaged"/>.</summary>
    public int Counted => Fulfillable + Damaged;

    /// <summary>The line, e.g. <c>MUG-350: 22 fulfillable, 1 damaged (UnfulfillableCarrierDamaged)</c>.</summary>
    public override string ToString() => Guard.Format("{0}: {1} fulfillable, {2} damaged ({3})", Sku, Fulfillable, Damaged, DamagedInto);
}
