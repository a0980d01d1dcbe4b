using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Benchmarks.Procurement;

/// <summary>
/// Promising on a factory's capacity book of 10,000 bookings: five sellers book 100 to 1,000 units each (seeded),
/// earliest starts spread over 2026 (40 a day), 20,000 units per working day, Monday to Saturday with an example
/// Chinese New Year shutdown (1–20 February 2027). A quote (the promise a new booking would get; booking is a quote
/// plus appending it) plans every booking again, day by day. The yardstick is a plain loop over integer arrays doing
/// the first-come plan with no promise objects; the goal is at most 3× its time, the target no allocation per day
/// (the bytes allocated are the promises: one array of days per booking).
/// </summary>
[MemoryDiagnoser]
public class CapacityBookBenchmarks
{
    private const int Bookings = 10_000;
    private const int PerDay = 20_000;
    private static readonly LocalDate Base = new(2026, 1, 5);

    private readonly CapacityBooking _newBooking = new(new PartyId("SELLER-0"), 5_000, new LocalDate(2026, 6, 1), "PO-NEW");
    private CapacityBook _firstCome = null!;
    private CapacityBook _reservedShare = null!;
    private int[] _units = [];
    private int[] _startDay = [];
    private bool[] _working = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261204);
        var calendar = WorkingCalendar.MondayToSaturday.WithClosure(new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 20)));
        var capacity = new ProductionCapacity(PerDay, calendar, 3);
        var sellers = Enumerable.Range(0, 5).Select(i => new PartyId("SELLER-" + i)).ToArray();
        var bookings = new CapacityBooking[Bookings];
        _units = new int[Bookings];
        _startDay = new int[Bookings];
        for (var i = 0; i < Bookings; i++)
        {
            _units[i] = random.Next(100, 1_001);
            _startDay[i] = i / 40;
            bookings[i] = new CapacityBooking(sellers[random.Next(sellers.Length)], _units[i], Base.PlusDays(_startDay[i]), "PO-" + i);
        }

        _firstCome = new CapacityBook(new FacilityId("F-SZ"), capacity, FirstComeAllocation.Instance);
        _firstCome.Book(bookings);
        var shares = new Dictionary<PartyId, decimal> { [sellers[0]] = 0.3m, [sellers[1]] = 0.2m, [sellers[2]] = 0.1m };
        _reservedShare = new CapacityBook(new FacilityId("F-SZ"), capacity, new ReservedShareAllocation(shares));
        _reservedShare.Book(bookings);
        _working = new bool[CapacityBook.MaxPlanningDays + 1];
        for (var d = 0; d < _working.Length; d++)
        {
            _working[d] = calendar.IsWorkingDay(Base.PlusDays(d));
        }
    }

    /// <summary>The first-come plan of the same bookings in a plain loop over arrays: the yardstick.</summary>
    /// <returns>The day the last booking completes, as an offset from the base date.</returns>
    [Benchmark(Baseline = true)]
    public int Plain_loop_first_come_plan()
    {
        var remaining = (int[])_units.Clone();
        var left = Bookings;
        var day = 0;
        var last = 0;
        var first = 0;   // every booking before it is done
        for (; left > 0; day++)
        {
            if (!_working[day])
            {
                continue;
            }

            while (remaining[first] == 0)
            {
                first++;
            }

            var free = PerDay;
            for (var b = first; b < Bookings && _startDay[b] <= day && free > 0; b++)
            {
                if (remaining[b] > 0)
                {
                    var take = Math.Min(remaining[b], free);
                    remaining[b] -= take;
                    free -= take;
                    if (remaining[b] == 0)
                    {
                        left--;
                        last = day;
                    }
                }
            }
        }

        return last;
    }

    /// <summary>A quote of a new booking on the first-come book of 10,000 bookings.</summary>
    /// <returns>The ready date's day number, so that nothing is optimised away.</returns>
    [Benchmark]
    public int Quote_first_come() => _firstCome.Quote(_newBooking).ReadyDate.Day;

    /// <summary>A quote of a new booking on the reserved-share book (three sellers hold 30, 20 and 10 %).</summary>
    /// <returns>The ready date's day number.</returns>
    [Benchmark]
    public int Quote_reserved_share() => _reservedShare.Quote(_newBooking).ReadyDate.Day;

    /// <summary>"If my peer books 5,000 units first": a what-if of two arrivals on the first-come book.</summary>
    /// <returns>The ready date's day number.</returns>
    [Benchmark]
    public int WhatIf_peer_first() => _firstCome.WhatIf([_newBooking, _newBooking])[^1].ReadyDate.Day;
}
