using NodaTime;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Orders;

/// <summary>A parcel's delivery attempts read from its handling events by a <see cref="DeliveryAttemptPolicy"/>.</summary>
/// <remarks>Built by the library only. Compares by reference.</remarks>
public sealed class DeliveryAttemptStatus
{
    internal DeliveryAttemptStatus(DeliveryAttemptStage stage, int failedAttempts, DeliveryFailureReason? lastFailure, LocalDate? nextAttemptOn, HandlingEvent? brokenAt)
    {
        Stage = stage;
        FailedAttempts = failedAttempts;
        LastFailure = lastFailure;
        NextAttemptOn = nextAttemptOn;
        BrokenAt = brokenAt;
    }

    /// <summary>Where the parcel stands (as of the last event that keeps the chain valid).</summary>
    public DeliveryAttemptStage Stage { get; }

    /// <summary>The failed attempts so far.</summary>
    public int FailedAttempts { get; }

    /// <summary>The reason of the latest failed attempt, when reported; null when none failed or no reason was given.</summary>
    public DeliveryFailureReason? LastFailure { get; }

    /// <summary>The earliest day of the re-attempt (the station's next working day after the failure) while awaiting one; else null.</summary>
    public LocalDate? NextAttemptOn { get; }

    /// <summary>Whether the doorstep events form a valid chain (see <see cref="DeliveryAttemptPolicy"/>).</summary>
    public bool IsValidChain => BrokenAt is null;

    /// <summary>The first event that breaks the chain, or null when it is valid.</summary>
    public HandlingEvent? BrokenAt { get; }

    /// <summary>E.g. "AwaitingReattempt after 1 failed attempt(s), next on 2026-03-10".</summary>
    public override string ToString() =>
        $"{Stage} after {FailedAttempts} failed attempt(s)"
        + (NextAttemptOn is { } next ? $", next on {next:uuuu'-'MM'-'dd}" : string.Empty)
        + (BrokenAt is { } broken ? $", chain broken at {broken}" : string.Empty);
}
