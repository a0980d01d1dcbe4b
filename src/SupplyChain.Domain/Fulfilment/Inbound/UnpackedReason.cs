namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>Why stock could not be packed into cartons (see <see cref="UnpackedStock.Reason"/>).</summary>
public enum UnpackedReason
{
    /// <summary>The product has no case pack, so the planner knows no carton to put it in.</summary>
    NoCasePack = 1,

    /// <summary>A side of the product's case is longer than the side limit (and no single unit exceeds it).</summary>
    CaseTooLarge = 2,

    /// <summary>The empty case plus one unit is already heavier than the weight limit.</summary>
    CaseTooHeavy = 3,
}
