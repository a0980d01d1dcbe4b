namespace SupplyChain.Domain.Trade;

/// <summary>Why a consignment is or is not free of customs duty under a low-value regime.</summary>
public enum DutyFreeReason
{
    /// <summary>Duty-free: the consignment's value is within the regime's threshold.</summary>
    WithinThreshold = 1,

    /// <summary>Not duty-free: the value is above the threshold.</summary>
    AboveThreshold = 2,

    /// <summary>Not duty-free: the regime is suspended on that date for goods of that origin (or for all).</summary>
    Suspended = 3,

    /// <summary>Not duty-free: the consignment holds goods the relief never covers (e.g. alcohol, tobacco in the EU).</summary>
    ExcludedGoods = 4,

    /// <summary>Not duty-free: no low-value regime covers the destination on that date.</summary>
    NoRegime = 5,
}
