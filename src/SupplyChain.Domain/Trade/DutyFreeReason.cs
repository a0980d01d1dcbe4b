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

    /// <summary>Not duty-free: the regime in force covers only consignments declared under the EU Import One-Stop Shop (IOSS), and this one is not.</summary>
    NotUnderIoss = 6,

    /// <summary>
    /// Not duty-free, but not charged the normal measures either: the consignment is within the threshold of a regime
    /// that charges a flat duty per HS subheading instead (<see cref="LowValueRegime.FlatDutyPerSubheading"/>).
    /// </summary>
    FlatDuty = 7,
}
