namespace SupplyChain.Domain.Trade;

/// <summary>
/// The cover levels of the Institute Cargo Clauses (Lloyd's Market Association / International Underwriting
/// Association), from the widest (A, "all risks" subject to exclusions) to the narrowest (C, named major perils).
/// </summary>
public enum InstituteCargoClauses
{
    /// <summary>ICC (A): all risks, subject to exclusions; the minimum cover under CIP in Incoterms 2020.</summary>
    A = 0,

    /// <summary>ICC (B): named perils, wider than (C).</summary>
    B = 1,

    /// <summary>ICC (C): named major perils; the minimum cover under CIF in Incoterms 2020.</summary>
    C = 2,
}
