namespace SupplyChain.Domain.Replenishment;

/// <summary>One of the library's decorators with fixed bounds (case pack, MOQ, maximum order quantity): its root policy and its collected bounds.</summary>
internal interface IBoundedPolicy
{
    /// <summary>The innermost policy that is not such a decorator.</summary>
    IReplenishmentPolicy Root { get; }

    /// <summary>The bounds of every decorator between this one and the root, this one included.</summary>
    OrderBounds Bounds { get; }
}
