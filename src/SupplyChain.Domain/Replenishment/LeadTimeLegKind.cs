namespace SupplyChain.Domain.Replenishment;

/// <summary>What a step between the factory and the storage centre is, in a <see cref="ReplenishmentLeadTime"/>.</summary>
public enum LeadTimeLegKind
{
    /// <summary>From the factory to the port or airport of export (trucking, consolidation).</summary>
    FirstMile = 1,

    /// <summary>The international main carriage (sea, air, rail).</summary>
    MainCarriage = 2,

    /// <summary>Import customs clearance (and any dwell at the port of import).</summary>
    Clearance = 3,

    /// <summary>From the port of import to the storage centre (drayage, a domestic truck or parcel).</summary>
    LastMile = 4,
}
