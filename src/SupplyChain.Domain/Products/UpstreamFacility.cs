using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Products;

/// <summary>
/// A facility upstream of a product in a <see cref="SupplyNetwork"/>: tier 1 makes the product, tier 2 supplies
/// a tier-1 factory, and so on (the shortest distance when there are several paths).
/// </summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record UpstreamFacility
{
    internal UpstreamFacility(Facility facility, int tier)
    {
        Facility = facility.Id;
        Kind = facility.Kind;
        OperatedBy = facility.OperatedBy;
        Tier = tier;
    }

    /// <summary>The facility.</summary>
    public FacilityId Facility { get; }

    /// <summary>What the facility is.</summary>
    public FacilityKind Kind { get; }

    /// <summary>The party that operates it (the manufacturer or raw-material producer).</summary>
    public PartyId OperatedBy { get; }

    /// <summary>1 for a factory that makes the product, 2 for its suppliers, and so on.</summary>
    public int Tier { get; }

    /// <summary>"facility (tier n, operated by party)".</summary>
    public override string ToString() => Guard.Format("{0} (tier {1}, operated by {2})", Facility, Tier, OperatedBy);
}
