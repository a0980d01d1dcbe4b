using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Shipping;

/// <summary>
/// A fact about a shipment: something happened to it at a location, on a voyage or not, at a completion instant,
/// and was reported at a registration instant.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="HandlingEventType.Loaded"/> and <see cref="HandlingEventType.Unloaded"/> require a voyage;
/// <see cref="HandlingEventType.Received"/>, <see cref="HandlingEventType.CustomsCleared"/>,
/// <see cref="HandlingEventType.Claimed"/> and <see cref="HandlingEventType.ReturnedToSender"/> must not have one;
/// <see cref="HandlingEventType.OutForDelivery"/>, <see cref="HandlingEventType.DeliveryException"/>,
/// <see cref="HandlingEventType.DeliveryAttemptFailed"/> and <see cref="HandlingEventType.ReturnedToStation"/> may. An event that breaks this rule cannot be created
/// (<see cref="ArgumentException"/>), so it can never reach a shipment.
/// </para>
/// <para>
/// Equality is "the same fact": same type, location, voyage and completion instant. The registration instant and the
/// facility are details of the report and are not compared, so the same scan reported twice is one fact (as in
/// dddsample's <c>HandlingEvent.sameEventAs</c>).
/// </para>
/// </remarks>
public sealed class HandlingEvent : IEquatable<HandlingEvent>
{
    /// <summary>
    /// Creates a handling event, reported when it happened at no named facility; the details of the report are set by
    /// name (<see cref="RegistrationTime"/>, <see cref="Facility"/>), so that the two instants cannot be swapped.
    /// </summary>
    /// <param name="type">What happened.</param>
    /// <param name="location">Where it happened.</param>
    /// <param name="voyage">The voyage, flight or trip; required for loads and unloads, forbidden for receipts, customs and claims.</param>
    /// <param name="completionTime">When it happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="voyage"/> is missing for a load or unload, or present for a receipt, customs clearance, claim or return to the sender.</exception>
    public HandlingEvent(HandlingEventType type, UnLocode location, VoyageNumber? voyage, Instant completionTime)
    {
        CheckVoyage(type, voyage);
        Type = type;
        Location = Guard.NotNull(location);
        Voyage = voyage;
        CompletionTime = completionTime;
        RegistrationTime = completionTime;
    }

    /// <summary>What happened.</summary>
    public HandlingEventType Type { get; }

    /// <summary>Where it happened.</summary>
    public UnLocode Location { get; }

    /// <summary>The voyage, flight or trip, or null.</summary>
    public VoyageNumber? Voyage { get; }

    /// <summary>When it happened.</summary>
    public Instant CompletionTime { get; }

    /// <summary>
    /// When it was reported; <see cref="CompletionTime"/> by default (reported as it happened). Any instant is
    /// accepted, since a report may come late or from a system with another clock. Not part of equality.
    /// </summary>
    public Instant RegistrationTime { get; init; }

    /// <summary>The facility within <see cref="Location"/>, or null (the default) when not known. Not part of equality.</summary>
    public FacilityId? Facility { get; init; }

    /// <summary>
    /// Why a delivery attempt failed, or null (the default): not reported, or not a failed attempt. Only a
    /// <see cref="HandlingEventType.DeliveryAttemptFailed"/> event may carry one. Not part of equality (a detail of the
    /// report, like <see cref="Facility"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The reason is not a defined <see cref="DeliveryFailureReason"/>.</exception>
    /// <exception cref="ArgumentException">A reason is given for an event that is not a failed delivery attempt.</exception>
    public DeliveryFailureReason? FailureReason
    {
        get;
        init
        {
            if (value is { } reason)
            {
                Guard.Defined(reason, nameof(FailureReason));
                if (Type != HandlingEventType.DeliveryAttemptFailed)
                {
                    throw Guard.Refused(Guard.Format(ErrorMessages.FailureReasonOnlyForFailedAttempt, reason, Type), nameof(FailureReason));
                }
            }

            field = value;
        }
    }

    /// <summary>Whether an event of <paramref name="type"/> requires a voyage.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>True for loads and unloads.</returns>
    public static bool RequiresVoyage(HandlingEventType type) => type is HandlingEventType.Loaded or HandlingEventType.Unloaded;

    /// <summary>Whether an event of <paramref name="type"/> must not name a voyage.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>True for receipts, customs clearances, claims and returns to the sender.</returns>
    public static bool ProhibitsVoyage(HandlingEventType type) =>
        type is HandlingEventType.Received or HandlingEventType.CustomsCleared or HandlingEventType.Claimed or HandlingEventType.ReturnedToSender;

    /// <inheritdoc/>
    public bool Equals(HandlingEvent? other) =>
        other is not null
        && Type == other.Type
        && Location == other.Location
        && Voyage == other.Voyage
        && CompletionTime == other.CompletionTime;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HandlingEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Location, Voyage, CompletionTime);

    /// <summary>Whether two events are the same fact.</summary>
    /// <param name="left">One event, or null.</param>
    /// <param name="right">The other, or null.</param>
    /// <returns>Whether they are equal (two nulls are equal).</returns>
    public static bool operator ==(HandlingEvent? left, HandlingEvent? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two events are different facts.</summary>
    /// <param name="left">One event, or null.</param>
    /// <param name="right">The other, or null.</param>
    /// <returns>Whether they are not equal.</returns>
    public static bool operator !=(HandlingEvent? left, HandlingEvent? right) => !(left == right);

    /// <summary>The event in one line, e.g. "Loaded at CNSHA on V100 at 2026-03-01T00:00:00Z".</summary>
    public override string ToString() =>
        Voyage is null
            ? string.Format(CultureInfo.InvariantCulture, "{0} at {1} at {2}", Type, Location, CompletionTime)
            : string.Format(CultureInfo.InvariantCulture, "{0} at {1} on {2} at {3}", Type, Location, Voyage, CompletionTime);

    /// <summary>The order of events with the same completion instant: the natural sequence of handling steps.</summary>
    internal static int StepOrder(HandlingEventType type) => type switch
    {
        HandlingEventType.Received => 0,
        HandlingEventType.Unloaded => 1,
        HandlingEventType.CustomsCleared => 2,
        HandlingEventType.Loaded => 3,
        HandlingEventType.OutForDelivery => 4,
        HandlingEventType.DeliveryException => 5,
        HandlingEventType.DeliveryAttemptFailed => 6,
        HandlingEventType.ReturnedToStation => 7,
        HandlingEventType.ReturnedToSender => 8,
        _ => 9,
    };

    internal static void CheckVoyage(HandlingEventType type, VoyageNumber? voyage)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(type), nameof(HandlingEventType)));
        }

        if (voyage is null && RequiresVoyage(type))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.VoyageRequired, type), nameof(voyage));
        }

        if (voyage is not null && ProhibitsVoyage(type))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.VoyageNotAllowed, type, voyage), nameof(voyage));
        }
    }
}
