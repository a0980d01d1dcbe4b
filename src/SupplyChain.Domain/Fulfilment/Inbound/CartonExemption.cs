namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>
/// Why a carton may break the <see cref="CartonRules"/> limits: it holds a single unit that on its own exceeds them.
/// Such a carton needs the marketplace's exemption label (e.g. "Team lift" for heavy ones).
/// </summary>
public enum CartonExemption
{
    /// <summary>No exemption: the carton is within both limits.</summary>
    None = 0,

    /// <summary>The single unit is heavier than the weight limit.</summary>
    OverweightUnit = 1,

    /// <summary>A side of the single unit is longer than the side limit.</summary>
    OversizeUnit = 2,

    /// <summary>The single unit is both heavier and longer than the limits.</summary>
    OverweightAndOversizeUnit = 3,
}
