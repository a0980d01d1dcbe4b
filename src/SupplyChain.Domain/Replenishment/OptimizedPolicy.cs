namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// A policy whose parameters come from an inventory-theory optimisation, with that optimisation's result: the
/// <see cref="Policy"/> to run and the <see cref="Optimization"/> that says why (the optimal parameters before
/// rounding, and their expected cost). Made by <see cref="PolicyFactory"/>.
/// </summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
/// <typeparam name="TOptimization">The optimisation result (an <c>InventoryTheory</c> result value).</typeparam>
public sealed record OptimizedPolicy<TPolicy, TOptimization>
    where TPolicy : IReplenishmentPolicy
    where TOptimization : struct
{
    internal OptimizedPolicy(TPolicy policy, TOptimization optimization, string model)
    {
        Policy = policy;
        Optimization = optimization;
        Model = model;
    }

    /// <summary>The policy, with the (rounded) optimal parameters.</summary>
    public TPolicy Policy { get; }

    /// <summary>The optimisation result the parameters come from.</summary>
    public TOptimization Optimization { get; }

    /// <summary>The model and method, e.g. <c>(s, S), Poisson demand, Zheng–Federgruen exact optimum</c>.</summary>
    public string Model { get; }

    /// <summary>Why these parameters, e.g. <c>min-max (s = 4, S = 10) from (s, S), Poisson demand, …: s = 4, S = 10, cost 8.0341</c>.</summary>
    public string Explain() => Guard.Format("{0} from {1}: {2}", Policy, Model, Optimization);

    /// <summary>The same as <see cref="Explain"/>.</summary>
    public override string ToString() => Explain();
}
