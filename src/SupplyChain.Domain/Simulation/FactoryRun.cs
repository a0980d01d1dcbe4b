using NodaTime;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// One SKU's factory stage while it runs (see <see cref="FactoryStage"/> for the model): its copy of the book, its
/// random stream, and the last day whose peers' bookings are booked.
/// </summary>
internal sealed class FactoryRun
{
    private readonly FactoryStage _stage;
    private readonly LocalDate _startDate;
    private readonly CapacityBook _book;
    private readonly List<CapacityBooking> _arrivals = [];
    private RandomStream _random;
    private int _peersBookedThrough = -1;

    internal FactoryRun(FactoryStage stage, SimulationSettings settings, int index)
    {
        _stage = stage;
        _startDate = settings.StartDate;
        _book = stage.NewBook();
        _random = RandomStream.ForFactoryStage(settings.Seed, index);
    }

    /// <summary>The run's copy of the book.</summary>
    internal CapacityBook Book => _book;

    /// <summary>Books an order of <paramref name="units"/> placed on <paramref name="day"/> after the peers' bookings up to that day; returns its lead time in days.</summary>
    internal int Lead(int day, int units)
    {
        _arrivals.Clear();
        for (var d = _peersBookedThrough + 1; d <= day; d++)
        {
            var date = _startDate.PlusDays(d);
            foreach (var peer in _stage.Peers)
            {
                if (_random.NextDouble() < peer.Probability && peer.Units.Sample(ref _random) is var peerUnits and > 0)
                {
                    _arrivals.Add(new CapacityBooking(peer.Seller, peerUnits, date));
                }
            }
        }

        _peersBookedThrough = day;
        var ordered = _startDate.PlusDays(day);
        _arrivals.Add(new CapacityBooking(_stage.Seller, units, ordered));
        var ready = _book.Book(_arrivals)[^1].ReadyDate;
        var transit = _stage.Transit.Sample(ref _random);
        return checked(ready.ToDateOnly().DayNumber - ordered.ToDateOnly().DayNumber + transit);
    }
}
