using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// A local partner's parcel service as the promise sees it: a <see cref="LastMileOption"/> of kind
/// <see cref="LastMileKind.LocalPartner"/> (its region, carrier name and price per parcel) with the partner's own daily
/// cut-off, working calendar, time zone and transit in working days.
/// </summary>
/// <remarks>
/// A parcel ready at or before the cut-off of a partner's working day is handed over that day; later, the next working
/// day (the same rule as a network node's departure). It is delivered <see cref="TransitWorkingDays"/> working days of the partner's calendar after the hand-over (0:
/// the same day). Services compare by reference.
/// </remarks>
public sealed class LocalPartnerService
{
    /// <summary>Creates a service.</summary>
    /// <param name="option">The partner's option: region, carrier name, price; of kind <see cref="LastMileKind.LocalPartner"/>.</param>
    /// <param name="timeZone">The time zone the cut-off is counted in.</param>
    /// <param name="calendar">The partner's working days (collection and delivery).</param>
    /// <param name="cutOff">The daily cut-off for handing parcels over.</param>
    /// <param name="transitWorkingDays">Working days from hand-over to delivery; 0 to <see cref="WorkingCalendar.MaxWorkingDays"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="option"/>, <paramref name="timeZone"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="option"/> is not a local partner's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transitWorkingDays"/> is negative or above <see cref="WorkingCalendar.MaxWorkingDays"/>.</exception>
    public LocalPartnerService(LastMileOption option, DateTimeZone timeZone, WorkingCalendar calendar, LocalTime cutOff, int transitWorkingDays)
    {
        Option = Guard.NotNull(option);
        if (option.Kind != LastMileKind.LocalPartner)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NotALocalPartner, option), nameof(option));
        }

        TimeZone = Guard.NotNull(timeZone);
        Calendar = Guard.NotNull(calendar);
        CutOff = cutOff;
        Guard.NotNegative(transitWorkingDays);
        TransitWorkingDays = Guard.AtMost(transitWorkingDays, WorkingCalendar.MaxWorkingDays, nameof(WorkingCalendar.MaxWorkingDays));
    }

    /// <summary>The partner's option: region, carrier name and price per parcel.</summary>
    public LastMileOption Option { get; }

    /// <summary>The time zone of the cut-off.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The partner's working days.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The daily cut-off for handing parcels over.</summary>
    public LocalTime CutOff { get; }

    /// <summary>Working days from hand-over to delivery.</summary>
    public int TransitWorkingDays { get; }

    /// <summary>The delivery date the partner promises for a parcel ready at <paramref name="readyAt"/> for <paramref name="buyer"/>.</summary>
    /// <param name="readyAt">When the parcel is ready for hand-over.</param>
    /// <param name="buyer">The buyer's address.</param>
    /// <returns>The promise: a hand-over step (with any missed cut-off or closed days) and the delivery step; no ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="buyer"/> is null.</exception>
    /// <exception cref="DomainRuleException">The partner's region does not cover the address (rule <see cref="DomainRules.LastMileAvailable"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates run outside the range NodaTime or the working calendar supports.</exception>
    public DeliveryPromise Promise(Instant readyAt, Address buyer)
    {
        Guard.NotNull(buyer);
        if (Option.Covers(buyer) < 0)
        {
            throw new DomainRuleException(DomainRules.LastMileAvailable, Guard.Format(ErrorMessages.NoLastMile, buyer, Option.Region + " (" + Option.Country + ")"));
        }

        var (date, leaves, delays) = CutOffDay.Departure(TimeZone, Calendar, CutOff, readyAt);
        var delivered = Calendar.AddWorkingDays(date, TransitWorkingDays);
        PromiseStep[] steps =
        [
            new(PromiseStepKind.Departure, null, readyAt, date, leaves, delays),
            new(PromiseStepKind.Delivery, null, leaves, delivered, null, []),
        ];
        return new DeliveryPromise(LastMileKind.LocalPartner, Option.CarrierName, Option.PricePerParcel, steps, null, null);
    }

    /// <summary>E.g. "Example Parcel Co: cut-off 17:00, 2 working days".</summary>
    public override string ToString() => $"{Option.CarrierName}: cut-off {CutOff:HH':'mm}, {TransitWorkingDays} working days";
}
