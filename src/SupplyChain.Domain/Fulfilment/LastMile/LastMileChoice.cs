using NodaTime;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>The carrier chosen for one parcel, the reason as data, and every promise that was compared.</summary>
/// <remarks>Built by the library only. Compares by reference.</remarks>
public sealed class LastMileChoice
{
    internal LastMileChoice(DeliveryPromise chosen, LastMileChoiceReason reason, IReadOnlyList<DeliveryPromise> candidates, LocalDate? requiredBy, StationCapacityLedger ledger)
    {
        Chosen = chosen;
        Reason = reason;
        Candidates = candidates;
        RequiredBy = requiredBy;
        Ledger = ledger;
    }

    /// <summary>The chosen promise.</summary>
    public DeliveryPromise Chosen { get; }

    /// <summary>Why it was chosen.</summary>
    public LastMileChoiceReason Reason { get; }

    /// <summary>Every promise compared, the network's first (when it serves the address), then the partners' in the order given.</summary>
    public IReadOnlyList<DeliveryPromise> Candidates { get; }

    /// <summary>The date the parcel was required by, or null when none was.</summary>
    public LocalDate? RequiredBy { get; }

    /// <summary>
    /// The capacity ledger after the choice: the network's booking when the network was chosen, otherwise the ledger
    /// given (a partner books no station capacity).
    /// </summary>
    public StationCapacityLedger Ledger { get; }

    /// <summary>E.g. "Platform network US: 2026-03-10 for 3.00 USD (0 missed cut-offs), CheapestOnTime of 2".</summary>
    public override string ToString() => $"{Chosen}, {Reason} of {Candidates.Count}";
}
