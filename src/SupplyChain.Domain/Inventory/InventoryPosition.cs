using System.Runtime.CompilerServices;
namespace SupplyChain.Domain.Inventory;

/// <summary>
/// The stock figures a replenishment decision looks at: <see cref="Value"/> = on hand + on order − backorders.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="OnHand"/> counts usable units at the facility, reserved ones included (fulfillable + reserved;
/// unfulfillable units are not counted); <see cref="OnOrder"/> counts units ordered or inbound but not yet received;
/// <see cref="Backordered"/> counts units owed to buyers. <see cref="AvailableValue"/> is the variant without the
/// reserved units, and <see cref="WithoutReserved"/> turns a position into that variant, so that any policy can be
/// run on either figure.
/// </para>
/// <para>
/// On hand is the one figure given to the constructor; the others are set by name,
/// <c>new InventoryPosition(onHand: 80) { OnOrder = 20, Backordered = 5, Reserved = 5 }</c>, so that no two of the
/// four counts can be swapped; each is 0 unless set. <see cref="Reserved"/> is checked against <see cref="OnHand"/>,
/// which a <c>with</c> expression cannot change, so no copy can hold more reserved units than units on hand.
/// </para>
/// <para>
/// <c>default</c> is the empty position (everything zero), which is valid. Equality compares the four figures, so two
/// positions with the same <see cref="Value"/> but different parts differ.
/// </para>
/// </remarks>
public readonly record struct InventoryPosition
{
    /// <summary>Creates a position with <paramref name="onHand"/> units on hand and nothing else; set the other figures by name.</summary>
    /// <param name="onHand">Usable units at the facility (fulfillable + reserved), not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onHand"/> is negative.</exception>
    public InventoryPosition(int onHand) => OnHand = Guard.NotNegative(onHand);

    // Explicit fields so that the trusted constructor below writes each figure once, in place: an object initializer
    // on a struct builds a copy and moves it, which the simulator's interface path paid every day.
    private readonly int _onOrder;
    private readonly int _backordered;

    /// <summary>A position from figures the caller has already checked (none negative): no guard, no copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InventoryPosition(int onHand, int onOrder, int backordered)
    {
        OnHand = onHand;
        _onOrder = onOrder;
        _backordered = backordered;
    }

    /// <summary>Usable units at the facility, reserved ones included.</summary>
    public int OnHand { get; }

    /// <summary>Units ordered or inbound and not yet received; not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The figure is negative.</exception>
    public int OnOrder { get => _onOrder; init => _onOrder = Guard.NotNegative(value, nameof(OnOrder)); }

    /// <summary>Units owed to buyers; not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The figure is negative.</exception>
    public int Backordered { get => _backordered; init => _backordered = Guard.NotNegative(value, nameof(Backordered)); }

    /// <summary>The part of <see cref="OnHand"/> held for orders, from 0 (the default) to <see cref="OnHand"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The figure is negative or exceeds <see cref="OnHand"/>.</exception>
    public int Reserved
    {
        get;
        init => field = value <= OnHand
            ? Guard.NotNegative(value, nameof(Reserved))
            : throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.ReservedAboveOnHand, value, OnHand), nameof(Reserved));
    }

    /// <summary>The inventory position: on hand + on order − backorders; negative when more is owed than held.</summary>
    public long Value
    {
        // Three 32-bit figures in 64 bits cannot overflow: unchecked, so the hot paths carry no overflow test.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => unchecked((long)OnHand + OnOrder - Backordered);
    }

    /// <summary>The position without the reserved units: on hand − reserved + on order − backorders.</summary>
    public long AvailableValue => Value - Reserved;

    /// <summary>A position with only a net figure, as ERPs report it (Odoo's forecast, ERPNext's projected quantity).</summary>
    /// <param name="netUnits">The net position; a positive figure becomes on hand, a negative one backorders.</param>
    /// <returns>A position whose <see cref="Value"/> is <paramref name="netUnits"/>.</returns>
    public static InventoryPosition FromNet(int netUnits) =>
        netUnits >= 0 ? new(netUnits) : new(0) { Backordered = netUnits == int.MinValue ? int.MaxValue : -netUnits };

    /// <summary>The same position with the reserved units taken out of on hand, so that <see cref="Value"/> of the result is <see cref="AvailableValue"/> of this one.</summary>
    /// <returns>The position without reserved units.</returns>
    public InventoryPosition WithoutReserved() => new(OnHand - Reserved) { OnOrder = OnOrder, Backordered = Backordered };

    /// <summary>The figures, e.g. <c>position 95 = on hand 80 (reserved 5) + on order 20 − backordered 5</c>.</summary>
    public override string ToString() =>
        Guard.Format("position {0} = on hand {1} (reserved {2}) + on order {3} - backordered {4}", Value, OnHand, Reserved, OnOrder, Backordered);
}
