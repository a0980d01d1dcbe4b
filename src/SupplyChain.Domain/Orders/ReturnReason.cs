namespace SupplyChain.Domain.Orders;

/// <summary>Why a buyer sent units back (the reasons a marketplace's returns report gives).</summary>
/// <remarks>The numeric values are stable.</remarks>
public enum ReturnReason
{
    /// <summary>The buyer no longer wants the item; nothing is wrong with it.</summary>
    ChangedMind = 1,

    /// <summary>The item arrived damaged by the carrier.</summary>
    DamagedInTransit = 2,

    /// <summary>The item is faulty.</summary>
    Defective = 3,

    /// <summary>The buyer received another item than the one ordered.</summary>
    WrongItem = 4,

    /// <summary>The item differs from its description on the listing.</summary>
    NotAsDescribed = 5,
}
