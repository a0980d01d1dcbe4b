using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// One step of a <see cref="DeliveryPromise"/>: where the parcel was ready, the day it left (or was delivered), and the
/// days it waited on the way with their reasons, so that a missed cut-off is never silent.
/// </summary>
/// <remarks>Built by the library only. Compares by reference.</remarks>
public sealed class PromiseStep
{
    internal PromiseStep(PromiseStepKind kind, FacilityId? facility, Instant readyAt, LocalDate date, Instant? leaves, IReadOnlyList<PromiseDelay> delays)
    {
        Kind = kind;
        Facility = facility;
        ReadyAt = readyAt;
        Date = date;
        Leaves = leaves;
        Delays = delays;
    }

    /// <summary>A departure or the delivery.</summary>
    public PromiseStepKind Kind { get; }

    /// <summary>The network facility of the step, or null for a local partner's steps.</summary>
    public FacilityId? Facility { get; }

    /// <summary>When the parcel was ready there (the order instant at the first step, else the arrival of the line haul).</summary>
    public Instant ReadyAt { get; }

    /// <summary>The day it left, or for the delivery the day it reaches the buyer, in the local time zone of the step.</summary>
    public LocalDate Date { get; }

    /// <summary>The instant it left (the cut-off of <see cref="Date"/>); null for a local partner's delivery.</summary>
    public Instant? Leaves { get; }

    /// <summary>The days it waited before <see cref="Date"/>, in order, each with its reason; empty when it left on the day it was ready.</summary>
    public IReadOnlyList<PromiseDelay> Delays { get; }

    /// <summary>Whether the parcel missed a cut-off at this step (it got there after the cut-off of a working day).</summary>
    public bool MissedCutOff => Delays.Any(d => d.Reason == PromiseDelayReason.MissedCutOff);

    /// <summary>E.g. "Departure at DCH-RCW on 2026-03-09 (waited: 2026-03-06 MissedCutOff, 2026-03-07 Closed, 2026-03-08 Closed)".</summary>
    public override string ToString()
    {
        var at = Facility is null ? "by the partner" : $"at {Facility}";
        var waited = Delays.Count == 0 ? string.Empty : $" (waited: {string.Join(", ", Delays)})";
        return $"{Kind} {at} on {Date:uuuu'-'MM'-'dd}{waited}";
    }
}
