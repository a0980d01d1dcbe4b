using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// A facility of the platform's last-mile network (a storage centre the parcels leave from, a regional central
/// warehouse or a delivery station) with its daily cut-off and, for a station, its daily capacity.
/// </summary>
/// <remarks>
/// <para>
/// The cut-off is a local time in the facility's own time zone (<see cref="Facility.TimeZone"/>): a parcel there at or
/// before the cut-off of a working day (<see cref="Facility.Calendar"/>) leaves that day at the cut-off (on the line-haul
/// departure, or, at a station, out for delivery to the buyer); one that arrives later leaves at the next working day's
/// cut-off. Nodes compare by reference; their identity is the facility's id.
/// </para>
/// </remarks>
public sealed class LastMileNode
{
    /// <summary>Creates a node; a station's capacity is set by name (<see cref="DailyCapacity"/>).</summary>
    /// <param name="facility">The facility: an international storage centre, a regional central warehouse or a delivery station.</param>
    /// <param name="cutOff">The daily cut-off, a local time in the facility's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facility"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facility"/> is a factory, seller warehouse or consolidation hub.</exception>
    public LastMileNode(Facility facility, LocalTime cutOff)
    {
        Guard.NotNull(facility);
        if (facility.Kind is not (FacilityKind.InternationalStorageCentre or FacilityKind.RegionalCentralWarehouse or FacilityKind.DeliveryStation))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NotANetworkFacility, facility, facility.Kind), nameof(facility));
        }

        Facility = facility;
        CutOff = cutOff;
    }

    /// <summary>The facility.</summary>
    public Facility Facility { get; }

    /// <summary>The facility's id.</summary>
    public FacilityId Id => Facility.Id;

    /// <summary>The daily cut-off, in the facility's time zone.</summary>
    public LocalTime CutOff { get; }

    /// <summary>Whether the node is a delivery station (parcels go out to buyers from it).</summary>
    public bool IsStation => Facility.Kind == FacilityKind.DeliveryStation;

    /// <summary>
    /// The parcels a station sends out for delivery per working day, or null (the default) for no limit. Only a
    /// delivery station may have one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is zero or negative.</exception>
    /// <exception cref="ArgumentException">The node is not a delivery station.</exception>
    public int? DailyCapacity
    {
        get;
        init
        {
            if (value is { } capacity)
            {
                Guard.Positive(capacity, nameof(DailyCapacity));
                if (!IsStation)
                {
                    throw Guard.Refused(Guard.Format(ErrorMessages.CapacityOnlyForStations, Facility), nameof(DailyCapacity));
                }
            }

            field = value;
        }
    }

    /// <summary>The facility and its cut-off, e.g. "DeliveryStation DCH1 (Chicago 60601, US) cut-off 10:00".</summary>
    public override string ToString() => $"{Facility} cut-off {CutOff:HH':'mm}";

    /// <summary>When a parcel ready here at <paramref name="readyAt"/> leaves (see <see cref="CutOffDay"/>).</summary>
    internal (LocalDate Date, Instant Leaves, List<PromiseDelay> Delays) Departure(Instant readyAt) =>
        CutOffDay.Departure(Facility.TimeZone, Facility.Calendar, CutOff, readyAt);

    /// <summary>The cut-off instant of a date.</summary>
    internal Instant Leaving(LocalDate date) => CutOffDay.Leaving(Facility.TimeZone, CutOff, date);

    /// <summary>The next working day after <paramref name="date"/>, recording the wait.</summary>
    internal LocalDate NextWorkingDay(LocalDate date, List<PromiseDelay> delays, PromiseDelayReason reason) =>
        CutOffDay.NextWorkingDay(Facility.Calendar, date, delays, reason);
}
