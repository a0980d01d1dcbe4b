namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The compact reason <see cref="BatchReplenishment"/> writes per SKU: one byte saying which branch of the policy's rule
/// fired, with a flag for repaired catalogue data. The full <see cref="ReplenishmentDecision"/> of one SKU comes from the
/// matching single-SKU method (for example <see cref="BatchReplenishment.MinMaxDecision"/>).
/// </summary>
[Flags]
public enum BatchReason : byte
{
    /// <summary>The rule's no-order branch (position above s or r, at or above S, or cover sufficient).</summary>
    NoOrder = 0,

    /// <summary>The rule's order branch (minimum reached, reorder point reached, review order up to S, cover shortfall).</summary>
    Order = 1,

    /// <summary>Order-up-to only: the date is not a review day, so nothing is ordered.</summary>
    NotAReviewDay = 2,

    /// <summary>Min–max only: the catalogue's maximum was below its minimum and was raised to the minimum.</summary>
    MaximumRaisedToMinimum = 4,
}
