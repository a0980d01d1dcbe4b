namespace SupplyChain.Domain.Trade;

/// <summary>The modes of transport an Incoterms 2020 rule may be used for.</summary>
public enum IncotermModes
{
    /// <summary>Any mode or modes of transport (EXW, FCA, CPT, CIP, DAP, DPU, DDP).</summary>
    AnyMode = 0,

    /// <summary>Sea and inland waterway transport only (FAS, FOB, CFR, CIF).</summary>
    SeaAndInlandWaterway = 1,
}
