using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Inventory;

/// <summary>
/// What the receiving facility counted of one SKU of an inbound shipment: units in sellable condition and units that
/// arrived damaged (and the unfulfillable bucket they go to). Units shipped but not counted are short; units counted
/// beyond the shipped ones are over.
/// </summary>
/// <remarks>Lines compare by reference; <see cref="InboundReceiving.Receive"/> takes at most one line per SKU.</remarks>
public sealed class InboundReceiptLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="fulfillable">Units received in sellable condition; not negative.</param>
    /// <param name="damaged">Units received damaged; not negative.</param>
    /// <param name="damagedInto">The unfulfillable bucket the damaged units go to (default: damaged by the carrier).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="damagedInto"/> is not an unfulfillable bucket.</exception>
    /// <exception cref="OverflowException">The two counts together exceed <see cref="int.MaxValue"/>.</exception>
    public InboundReceiptLine(Sku sku, int fulfillable, int damaged = 0, StockBucket damagedInto = StockBucket.UnfulfillableCarrierDamaged)
    {
        Sku = Guard.NotNull(sku);
        Fulfillable = Guard.NotNegative(fulfillable);
        Damaged = Guard.NotNegative(damaged);
        if (!StockMovement.IsUnfulfillable(damagedInto))
        {
            throw new ArgumentOutOfRangeException(nameof(damagedInto), damagedInto, Guard.Format(ErrorMessages.ReceiptDamagedBucket, nameof(damagedInto), damagedInto));
        }

        DamagedInto = damagedInto;
        Counted = checked(fulfillable + damaged);
    }

    /// <summary>The SKU.</summary>
    public Sku Sku { get; }

    /// <summary>Units received in sellable condition.</summary>
    public int Fulfillable { get; }

    /// <summary>Units received damaged.</summary>
    public int Damaged { get; }

    /// <summary>The unfulfillable bucket the damaged units go to.</summary>
    public StockBucket DamagedInto { get; }

    /// <summary>All units counted: <see cref="Fulfillable"/> + <see cref="Damaged"/>.</summary>
    public int Counted { get; }

    /// <summary>The line, e.g. <c>MUG-350: 22 fulfillable, 1 damaged (UnfulfillableCarrierDamaged)</c>.</summary>
    public override string ToString() => Guard.Format("{0}: {1} fulfillable, {2} damaged ({3})", Sku, Fulfillable, Damaged, DamagedInto);
}
