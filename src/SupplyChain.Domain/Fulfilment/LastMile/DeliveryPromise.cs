using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// The delivery date the platform's network or a local partner can promise for one parcel, worked out from the order
/// instant through every cut-off, closure, transit and station capacity on the way, with each step and each day of
/// waiting as data.
/// </summary>
/// <remarks>Built by the library only. Compares by reference.</remarks>
public sealed class DeliveryPromise
{
    internal DeliveryPromise(LastMileKind kind, string carrierName, Money price, IReadOnlyList<PromiseStep> steps, FacilityId? station, StationCapacityLedger? ledger)
    {
        Kind = kind;
        CarrierName = carrierName;
        Price = price;
        Steps = steps;
        Station = station;
        Ledger = ledger;
    }

    /// <summary>The platform's network or a local partner.</summary>
    public LastMileKind Kind { get; }

    /// <summary>The network's or the partner's name.</summary>
    public string CarrierName { get; }

    /// <summary>The price of delivering the parcel.</summary>
    public Money Price { get; }

    /// <summary>The steps, in order; the last is the <see cref="PromiseStepKind.Delivery"/>.</summary>
    public IReadOnlyList<PromiseStep> Steps { get; }

    /// <summary>The promised delivery date, in the time zone of the delivering station (or partner): the last step's date.</summary>
    public LocalDate PromisedDate => Steps[^1].Date;

    /// <summary>The station that delivers, or null for a local partner.</summary>
    public FacilityId? Station { get; }

    /// <summary>
    /// The capacity ledger with this parcel booked at <see cref="Station"/> on <see cref="PromisedDate"/>; null for a
    /// local partner (which books no station capacity).
    /// </summary>
    public StationCapacityLedger? Ledger { get; }

    /// <summary>The steps at which the parcel missed a cut-off and moved to the next departure; empty when it missed none.</summary>
    public IReadOnlyList<PromiseStep> MissedCutOffs => [.. Steps.Where(s => s.MissedCutOff)];

    /// <summary>E.g. "Platform network: 2026-03-10 for 4.50 USD (1 missed cut-off)".</summary>
    public override string ToString() =>
        $"{CarrierName}: {PromisedDate:uuuu'-'MM'-'dd} for {Price} ({MissedCutOffs.Count} missed cut-off{(MissedCutOffs.Count == 1 ? "" : "s")})";
}
