namespace SupplyChain.Domain.Trade;

/// <summary>Where the risk of loss of or damage to the goods passes from the seller to the buyer (Incoterms 2020, A2/A3).</summary>
public enum RiskTransferPoint
{
    /// <summary>EXW: the goods are placed at the buyer's disposal at the named place, not loaded on any collecting vehicle.</summary>
    PlacedAtBuyersDisposal = 0,

    /// <summary>
    /// FCA, CPT, CIP: the goods are handed to the (first) carrier at the place of delivery in the country of export,
    /// before the main carriage.
    /// </summary>
    HandedToCarrier = 1,

    /// <summary>FAS: the goods are placed alongside the vessel at the named port of shipment.</summary>
    AlongsideShip = 2,

    /// <summary>FOB, CFR, CIF: the goods are placed on board the vessel at the port of shipment.</summary>
    OnBoardVessel = 3,

    /// <summary>DAP, DDP: the goods are at the named destination on the arriving means of transport, ready for unloading.</summary>
    ReadyForUnloadingAtDestination = 4,

    /// <summary>DPU: the goods are unloaded from the arriving means of transport at the named destination.</summary>
    UnloadedAtDestination = 5,
}
