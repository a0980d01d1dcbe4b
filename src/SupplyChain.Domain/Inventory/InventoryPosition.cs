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
/// <c>default</c> is the empty position (everything zero), which is valid. Equality compares the four figures, so two
/// positions with the same <see cref="Value"/> but different parts differ.
/// </para>
/// </remarks>
public readonly record struct InventoryPosition
{
    /// <summary>Creates a position.</summary>
    /// <param name="onHand">Usable units at the facility (fulfillable + reserved), not negative.</param>
    /// <param name="onOrder">Units ordered or inbound and not yet received, not negative.</param>
    /// <param name="backordered">Units owed to buyers, not negative.</param>
    /// <param name="reserved">The part of <paramref name="onHand"/> held for orders, from 0 to <paramref name="onHand"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative, or <paramref name="reserved"/> exceeds <paramref name="onHand"/>.</exception>
    public InventoryPosition(int onHand, int onOrder, int backordered, int reserved = 0)
    {
        OnHand = Guard.NotNegative(onHand);
        OnOrder = Guard.NotNegative(onOrder);
        Backordered = Guard.NotNegative(backordered);
        Reserved = Guard.NotNegative(reserved);
        if (reserved > onHand)
        {
            throw new ArgumentOutOfRangeException(nameof(reserved), reserved, Guard.Format(ErrorMessages.ReservedAboveOnHand, reserved, onHand));
        }
    }

    /// <summary>Usable units at the facility, reserved ones included.</summary>
    public int OnHand { get; }

    /// <summary>Units ordered or inbound and not yet received.</summary>
    public int OnOrder { get; }

    /// <summary>Units owed to buyers.</summary>
    public int Backordered { get; }

    /// <summary>The part of <see cref="OnHand"/> held for orders.</summary>
    public int Reserved { get; }

    /// <summary>The inventory position: on hand + on order − backorders; negative when more is owed than held.</summary>
    public long Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (long)OnHand + OnOrder - Backordered;
    }

    /// <summary>The position without the reserved units: on hand − reserved + on order − backorders.</summary>
    public long AvailableValue => Value - Reserved;

    /// <summary>A position with only a net figure, as ERPs report it (Odoo's forecast, ERPNext's projected quantity).</summary>
    /// <param name="netUnits">The net position; a positive figure becomes on hand, a negative one backorders.</param>
    /// <returns>A position whose <see cref="Value"/> is <paramref name="netUnits"/>.</returns>
    public static InventoryPosition FromNet(int netUnits) =>
        netUnits >= 0 ? new(netUnits, 0, 0) : new(0, 0, netUnits == int.MinValue ? int.MaxValue : -netUnits);

    /// <summary>The same position with the reserved units taken out of on hand, so that <see cref="Value"/> of the result is <see cref="AvailableValue"/> of this one.</summary>
    /// <returns>The position without reserved units.</returns>
    public InventoryPosition WithoutReserved() => new(OnHand - Reserved, OnOrder, Backordered);

    /// <summary>The figures, e.g. <c>position 95 = on hand 80 (reserved 5) + on order 20 − backordered 5</c>.</summary>
    public override string ToString() =>
        Guard.Format("position {0} = on hand {1} (reserved {2}) + on order {3} - backordered {4}", Value, OnHand, Reserved, OnOrder, Backordered);
}
