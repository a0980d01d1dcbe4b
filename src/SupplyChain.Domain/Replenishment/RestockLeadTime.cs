namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The lead time a restock recommendation counts, as the platform's restock tool asks for it: a
/// <see cref="SupplyChainSetting"/> and the supplier's and the seller's lead times, each given by name.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Days"/> counts the supplier's days (<see cref="SupplyChainSetting.SupplierDirect"/>), the supplier's plus
/// the seller's (<see cref="SupplyChainSetting.SupplierViaSeller"/>) or the seller's
/// (<see cref="SupplyChainSetting.SellerStock"/>). Both lead times are checked whichever the setting reads.
/// </para>
/// <para>A record: equal when the setting and both lead times are equal.</para>
/// </remarks>
/// <example>
/// <code>
/// var leadTime = new RestockLeadTime(SupplyChainSetting.SupplierViaSeller) { SupplierDays = 30, SellerDays = 7 };
/// leadTime.Days;   // 37
/// </code>
/// </example>
public sealed record RestockLeadTime
{
    /// <summary>Creates the lead time of a setting; both lead times are 0 until set by name.</summary>
    /// <param name="setting">Who ships to the platform.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not a defined value.</exception>
    public RestockLeadTime(SupplyChainSetting setting)
    {
        Setting = Enum.IsDefined(setting)
            ? setting
            : throw new ArgumentOutOfRangeException(nameof(setting), setting, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(setting), nameof(SupplyChainSetting)));
    }

    /// <summary>Who ships to the platform.</summary>
    public SupplyChainSetting Setting { get; }

    /// <summary>Days from order to the supplier's delivery; not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SupplierDays { get; init => field = Guard.NotNegative(value, nameof(SupplierDays)); }

    /// <summary>Days for the seller to prepare and send units to the platform; not negative; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SellerDays { get; init => field = Guard.NotNegative(value, nameof(SellerDays)); }

    /// <summary>The days from ordering until the units are available at the platform.</summary>
    /// <value>
    /// <see cref="SupplierDays"/> (<see cref="SupplyChainSetting.SupplierDirect"/>), <see cref="SupplierDays"/> +
    /// <see cref="SellerDays"/> (<see cref="SupplyChainSetting.SupplierViaSeller"/>) or <see cref="SellerDays"/>
    /// (<see cref="SupplyChainSetting.SellerStock"/>).
    /// </value>
    /// <exception cref="OverflowException">The sum exceeds <see cref="int.MaxValue"/>.</exception>
    public int Days => Setting switch
    {
        SupplyChainSetting.SupplierDirect => SupplierDays,
        SupplyChainSetting.SupplierViaSeller => checked(SupplierDays + SellerDays),
        _ => SellerDays,
    };
}
