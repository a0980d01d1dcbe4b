using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>The daily cut-off rule shared by network nodes and local partners: the first working day a parcel is there by the cut-off.</summary>
internal static class CutOffDay
{
    /// <summary>
    /// When a parcel ready at <paramref name="readyAt"/> leaves: the cut-off of the first working day on which it is
    /// there at or before the cut-off (local time in <paramref name="zone"/>), with the days it waited and why.
    /// </summary>
    internal static (LocalDate Date, Instant Leaves, List<PromiseDelay> Delays) Departure(DateTimeZone zone, WorkingCalendar calendar, LocalTime cutOff, Instant readyAt)
    {
        var local = readyAt.InZone(zone).LocalDateTime;
        var date = local.Date;
        var delays = new List<PromiseDelay>();
        if (!calendar.IsWorkingDay(date) || local.TimeOfDay > cutOff)
        {
            date = NextWorkingDay(calendar, date, delays, calendar.IsWorkingDay(date) ? PromiseDelayReason.MissedCutOff : PromiseDelayReason.Closed);
        }

        return (date, Leaving(zone, cutOff, date), delays);
    }

    /// <summary>The cut-off instant of a date (a cut-off in a daylight-saving gap moves forward; in an overlap, the earlier instant).</summary>
    internal static Instant Leaving(DateTimeZone zone, LocalTime cutOff, LocalDate date) => date.At(cutOff).InZoneLeniently(zone).ToInstant();

    /// <summary>The next working day after <paramref name="date"/>, recording <paramref name="reason"/> for it and every closed day on the way.</summary>
    internal static LocalDate NextWorkingDay(WorkingCalendar calendar, LocalDate date, List<PromiseDelay> delays, PromiseDelayReason reason)
    {
        var next = calendar.AddWorkingDays(date, 1);
        delays.Add(new PromiseDelay(date, reason));
        for (var closed = date.PlusDays(1); closed < next; closed = closed.PlusDays(1))
        {
            delays.Add(new PromiseDelay(closed, PromiseDelayReason.Closed));
        }

        return next;
    }
}
