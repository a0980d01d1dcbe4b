namespace SupplyChain.Domain.Simulation;

/// <summary>The kind of a <see cref="DemandModel"/>.</summary>
public enum DemandModelKind
{
    /// <summary>Normal, truncated at 0 and rounded to whole units.</summary>
    Normal = 0,

    /// <summary>Poisson.</summary>
    Poisson = 1,

    /// <summary>Drawn from a sales history with replacement.</summary>
    Bootstrap = 2,
}
