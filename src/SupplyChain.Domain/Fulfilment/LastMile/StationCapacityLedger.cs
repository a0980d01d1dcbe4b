using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// The parcels already booked for delivery per station and day: the capacity a promise consumes. Immutable: booking
/// returns a new ledger, so a caller quotes with a ledger and keeps (or drops) the one the promise returns.
/// </summary>
/// <remarks>
/// <see cref="LastMileNetwork.Promise"/> books one parcel on the delivery day it promises; a day whose bookings have
/// reached the station's <see cref="LastMileNode.DailyCapacity"/> is full and the parcel moves to the next working day.
/// Ledgers compare by reference; compare <see cref="Booked"/> counts.
/// </remarks>
public sealed class StationCapacityLedger
{
    private readonly Dictionary<(FacilityId Station, LocalDate Date), int> _booked;

    private StationCapacityLedger(Dictionary<(FacilityId Station, LocalDate Date), int> booked) => _booked = booked;

    /// <summary>A ledger with nothing booked.</summary>
    public static StationCapacityLedger Empty { get; } = new([]);

    /// <summary>The total number of parcels booked, over all stations and days.</summary>
    public int TotalBooked => _booked.Values.Sum();

    /// <summary>The parcels booked at a station on a day.</summary>
    /// <param name="station">The station.</param>
    /// <param name="date">The delivery day, in the station's time zone.</param>
    /// <returns>The count; 0 when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="station"/> is null.</exception>
    public int Booked(FacilityId station, LocalDate date) => _booked.GetValueOrDefault((Guard.NotNull(station), date));

    /// <summary>A new ledger with <paramref name="parcels"/> more booked at a station on a day; this one is unchanged.</summary>
    /// <param name="station">The station.</param>
    /// <param name="date">The delivery day, in the station's time zone.</param>
    /// <param name="parcels">How many parcels to book; positive (1 by default).</param>
    /// <returns>A ledger with the same bookings plus these parcels on that station-day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="station"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parcels"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">The count for the day would overflow <see cref="int"/>.</exception>
    public StationCapacityLedger Book(FacilityId station, LocalDate date, int parcels = 1)
    {
        Guard.NotNull(station);
        Guard.Positive(parcels);
        var copy = new Dictionary<(FacilityId Station, LocalDate Date), int>(_booked);
        copy[(station, date)] = checked(copy.GetValueOrDefault((station, date)) + parcels);
        return new StationCapacityLedger(copy);
    }

    /// <summary>"n parcels booked on m station-days".</summary>
    public override string ToString() => $"{TotalBooked} parcels booked on {_booked.Count} station-days";
}
