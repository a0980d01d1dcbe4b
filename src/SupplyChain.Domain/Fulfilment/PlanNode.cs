using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>A place where a step of a <see cref="FulfilmentPlan"/> starts or ends: a named facility or address in a country.</summary>
/// <remarks>Equality compares the name (ordinal) and the country; two steps connect when one ends at the node the next starts at.</remarks>
public sealed record PlanNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="name">A readable, unique name within the plan, e.g. "Seller warehouse SZ-WH-1 (Shenzhen)"; not blank.</param>
    /// <param name="country">The country the node lies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public PlanNode(string name, CountryCode country)
    {
        Name = Guard.NotBlank(name);
        Country = Guard.NotNull(country);
    }

    /// <summary>The node's name.</summary>
    public string Name { get; }

    /// <summary>The country the node lies in.</summary>
    public CountryCode Country { get; }

    /// <summary>The name and country, e.g. "Import gateway (US)".</summary>
    public override string ToString() => Name;
}
