using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>
/// When a platform's pickup vehicle calls at a seller's facility: on fixed days of the week, collecting the goods that
/// are ready by a cut-off time of day in the facility's time zone.
/// </summary>
/// <remarks>
/// <para>
/// <b>Next pickup.</b> Goods ready at an <see cref="Instant"/> go with the first pickup day, on or after the local date
/// they are ready on, whose cut-off they meet. Ready <em>at</em> the cut-off is in time (ready ≤ cut-off); goods
/// ready after the cut-off on a pickup day wait for the next pickup day.
/// </para>
/// <para>
/// <b>Closures.</b> A pickup day is used only when it is a working day of the facility's
/// <see cref="WorkingCalendar"/> (a working day of the week and in no closure): nobody hands goods over at a closed
/// facility. Pickup days skipped for that reason are reported in <see cref="PickupSlot.SkippedPickupDays"/>; the
/// vehicle does not come on another day instead.
/// </para>
/// <para>
/// <b>Time zones.</b> The cut-off is a local time in the facility's zone, turned into an instant for each date with
/// NodaTime's lenient resolver: in a daylight-saving gap the cut-off moves forward by the length of the gap, and in an
/// overlap the earlier of the two instants is used. China has no daylight saving; zones such as America/Los_Angeles do,
/// and the cut-off instant follows the zone's offset on each date.
/// </para>
/// <para>Schedules compare by reference; compare their pickup days and cut-off.</para>
/// </remarks>
public sealed class PickupSchedule : IPickupTimetable
{
    private readonly bool[] _isPickupDay = new bool[8];

    /// <summary>Defines a schedule.</summary>
    /// <param name="pickupDays">The days of the week the vehicle calls; at least one. Repeats are ignored.</param>
    /// <param name="cutOff">The local time by which goods must be ready on a pickup day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pickupDays"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pickupDays"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pickupDays"/> holds a value that is not a day of the week (such as <see cref="IsoDayOfWeek.None"/>).</exception>
    public PickupSchedule(IEnumerable<IsoDayOfWeek> pickupDays, LocalTime cutOff)
    {
        var days = Guard.CopyItems(pickupDays, requireOne: false);
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(pickupDays), day, Guard.Format(ErrorMessages.UndefinedEnumValue, day, "day of the week"));
            }

            _isPickupDay[(int)day] = true;
        }

        if (days.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NoPickupDay, nameof(pickupDays)), nameof(pickupDays));
        }

        CutOff = cutOff;
        PickupDays = Enumerable.Range(1, 7).Where(d => _isPickupDay[d]).Select(d => (IsoDayOfWeek)d).ToArray();
    }

    /// <summary>The pickup days of the week, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> PickupDays { get; }

    /// <summary>The local time by which goods must be ready on a pickup day.</summary>
    public LocalTime CutOff { get; }

    /// <summary>Whether the vehicle is scheduled on <paramref name="day"/> (before closures are considered).</summary>
    /// <param name="day">A day of the week.</param>
    /// <returns>True when <paramref name="day"/> is one of <see cref="PickupDays"/>.</returns>
    public bool IsPickupDay(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday && _isPickupDay[(int)day];

    /// <summary>The first pickup that collects goods ready at <paramref name="readyAt"/> at <paramref name="facility"/>.</summary>
    /// <param name="facility">The seller's facility; its time zone and working calendar are used.</param>
    /// <param name="readyAt">When the goods are ready for collection.</param>
    /// <returns>The pickup's local date, its cut-off instant and the pickup days skipped for closures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    /// <exception cref="DomainRuleException">No pickup day is one of the facility's working days of the week (rule <see cref="DomainRules.PickupReachableDay"/>).</exception>
    public PickupSlot NextPickup(Facility facility, Instant readyAt)
    {
        Guard.NotNull(facility);
        return NextPickup(readyAt, facility.TimeZone, facility.Calendar, facility.Id.Value);
    }

    /// <summary>The first pickup that collects goods ready at <paramref name="readyAt"/>, for a facility given by its zone and calendar.</summary>
    /// <param name="readyAt">When the goods are ready for collection.</param>
    /// <param name="timeZone">The facility's time zone.</param>
    /// <param name="calendar">The facility's working calendar.</param>
    /// <returns>The pickup's local date, its cut-off instant and the pickup days skipped for closures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="DomainRuleException">No pickup day is one of the calendar's working days of the week (rule <see cref="DomainRules.PickupReachableDay"/>).</exception>
    public PickupSlot NextPickup(Instant readyAt, DateTimeZone timeZone, WorkingCalendar calendar) =>
        NextPickup(readyAt, Guard.NotNull(timeZone), Guard.NotNull(calendar), "(unnamed)");

    /// <summary>
    /// The pickup day for goods ready at the start of <paramref name="readyOn"/> (midnight in the facility's time zone,
    /// so before that day's cut-off): the schedule as <see cref="PlatformPickupMode"/>'s timetable.
    /// </summary>
    /// <param name="sellerFacility">The seller's facility; its time zone and working calendar are used.</param>
    /// <param name="readyOn">The day the goods are ready.</param>
    /// <returns>The local date of the first pickup that collects them; on or after <paramref name="readyOn"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sellerFacility"/> is null.</exception>
    /// <exception cref="DomainRuleException">No pickup day is one of the facility's working days of the week (rule <see cref="DomainRules.PickupReachableDay"/>).</exception>
    public LocalDate NextPickup(Facility sellerFacility, LocalDate readyOn)
    {
        Guard.NotNull(sellerFacility);
        return NextPickup(sellerFacility, readyOn.AtStartOfDayInZone(sellerFacility.TimeZone).ToInstant()).Date;
    }

    /// <summary>"Mon, Wed, Fri by 16:00".</summary>
    public override string ToString() =>
        string.Join(", ", PickupDays.Select(d => d.ToString()[..3])) + " by " + CutOff.ToString("HH:mm", CultureInfo.InvariantCulture);

    private PickupSlot NextPickup(Instant readyAt, DateTimeZone timeZone, WorkingCalendar calendar, string facilityName)
    {
        if (!calendar.WorkingDays.Any(d => _isPickupDay[(int)d]))
        {
            throw new DomainRuleException(DomainRules.PickupReachableDay, Guard.Format(
                ErrorMessages.NoReachablePickupDay, facilityName, string.Join(", ", PickupDays), string.Join(", ", calendar.WorkingDays)));
        }

        // Closures are finite intervals and some pickup weekday is a working weekday, so the loop ends.
        var skipped = new List<LocalDate>();
        for (var date = readyAt.InZone(timeZone).Date; ; date = date.PlusDays(1))
        {
            if (!_isPickupDay[(int)date.DayOfWeek])
            {
                continue;
            }

            if (!calendar.IsWorkingDay(date))
            {
                skipped.Add(date);
                continue;
            }

            var cutOff = timeZone.AtLeniently(date.At(CutOff)).ToInstant();
            if (readyAt <= cutOff)
            {
                return new PickupSlot(date, cutOff, [.. skipped]);
            }
        }
    }
}
