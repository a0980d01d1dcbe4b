namespace SupplyChain.Domain.Replenishment;

/// <summary>The lead time a restock recommendation counts, by <see cref="SupplyChainSetting"/>.</summary>
public static class RestockLeadTime
{
    /// <summary>The days from ordering until the units are available at the platform.</summary>
    /// <param name="setting">Who ships to the platform.</param>
    /// <param name="supplierLeadTimeDays">Days from order to the supplier's delivery, not negative.</param>
    /// <param name="sellerLeadTimeDays">Days for the seller to prepare and send units to the platform, not negative.</param>
    /// <returns>Supplier days (<see cref="SupplyChainSetting.SupplierDirect"/>), supplier + seller days (<see cref="SupplyChainSetting.SupplierViaSeller"/>) or seller days (<see cref="SupplyChainSetting.SellerStock"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A lead time is negative, or <paramref name="setting"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static int Days(SupplyChainSetting setting, int supplierLeadTimeDays, int sellerLeadTimeDays)
    {
        Guard.NotNegative(supplierLeadTimeDays);
        Guard.NotNegative(sellerLeadTimeDays);
        return setting switch
        {
            SupplyChainSetting.SupplierDirect => supplierLeadTimeDays,
            SupplyChainSetting.SupplierViaSeller => checked(supplierLeadTimeDays + sellerLeadTimeDays),
            SupplyChainSetting.SellerStock => sellerLeadTimeDays,
            _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(setting), nameof(SupplyChainSetting))),
        };
    }
}
