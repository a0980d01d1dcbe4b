using BenchmarkDotNet.Attributes;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Benchmarks.Procurement;

/// <summary>
/// Promising on a factory's capacity book of 10,000 bookings: five sellers book 100 to 1,000 units each (seeded),
/// earliest starts spread over 2026 (40 a day), 20,000 units per working day, Monday to Saturday with an example
/// Chinese New Year shutdown (1–20 February 2027). The yardstick is a plain loop over integer arrays that produces the
/// same promises as a whole first-come plan of the book and the new booking (every booking's units per day and ready
/// date; setup checks they equal the book's): the work a quote did before the plan was kept between calls. Under
/// first-come a quote now plans only the new booking against the capacity the book's bookings left (kept since the
/// book last changed); <c>Plan_first_come_whole</c> is the whole plan a change costs once; the reserved-share quote
/// still plans every booking day by day (a new booking can move earlier ones under that rule).
/// </summary>
[MemoryDiagnoser]
public class CapacityBookBenchmarks
{
    private const int Bookings = 10_000;
    private const int PerDay = 20_000;
    private const int Finishing = 3;
    private static readonly LocalDate Base = new(2026, 1, 5);

    private readonly CapacityBooking _newBooking = new(new PartyId("SELLER-0"), 5_000, new LocalDate(2026, 6, 1), "PO-NEW");
    private CapacityBook _firstCome = null!;
    private CapacityBook _reservedShare = null!;
    private ProductionCapacity _capacity = null!;
    private CapacityBooking[] _all = [];
    private int[] _units = [];
    private int[] _startDay = [];
    private bool[] _working = [];
    private LocalDate[] _dates = [];
    private int[] _readyDay = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261204);
        var calendar = WorkingCalendar.MondayToSaturday.WithClosure(new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 20)));
        _capacity = new ProductionCapacity(PerDay, calendar, Finishing);
        var sellers = Enumerable.Range(0, 5).Select(i => new PartyId("SELLER-" + i)).ToArray();
        var bookings = new CapacityBooking[Bookings];
        _units = new int[Bookings + 1];
        _startDay = new int[Bookings + 1];
        for (var i = 0; i < Bookings; i++)
        {
            _units[i] = random.Next(100, 1_001);
            _startDay[i] = i / 40;
            bookings[i] = new CapacityBooking(sellers[random.Next(sellers.Length)], _units[i], Base.PlusDays(_startDay[i]), "PO-" + i);
        }

        // The new booking, last in arrival order, as the yardstick's booking 10,000.
        _units[Bookings] = _newBooking.Units;
        _startDay[Bookings] = _newBooking.EarliestStart.ToDateOnly().DayNumber - Base.ToDateOnly().DayNumber;
        _all = [.. bookings, _newBooking];

        _firstCome = new CapacityBook(new FacilityId("F-SZ"), _capacity, FirstComeAllocation.Instance);
        _firstCome.Book(bookings);
        var shares = new Dictionary<PartyId, decimal> { [sellers[0]] = 0.3m, [sellers[1]] = 0.2m, [sellers[2]] = 0.1m };
        _reservedShare = new CapacityBook(new FacilityId("F-SZ"), _capacity, new ReservedShareAllocation(shares));
        _reservedShare.Book(bookings);

        // Day tables of the yardstick: working or not, the date, and the ready day (the Finishing-th working day after).
        var days = CapacityBook.MaxPlanningDays + 1;
        _working = new bool[days];
        _dates = new LocalDate[days];
        _readyDay = new int[days];
        for (var d = 0; d < days; d++)
        {
            _dates[d] = Base.PlusDays(d);
            _working[d] = calendar.IsWorkingDay(_dates[d]);
        }

        for (var d = 0; d < days; d++)
        {
            var ready = d;
            for (var left = Finishing; left > 0 && ready < days - 1;)
            {
                ready++;
                left -= _working[ready] ? 1 : 0;
            }

            _readyDay[d] = ready;
        }

        var expected = Describe(_firstCome.WhatIf([_newBooking]));
        if (Describe(Plain_loop_first_come_plan()) != expected || Describe(Plan_first_come_whole()) != expected)
        {
            throw new InvalidOperationException("The yardstick does not produce the book's promises.");
        }
    }

    /// <summary>
    /// The yardstick: the first-come plan of the 10,000 bookings and the new one, day by day in a plain loop over
    /// integer arrays, producing the same promises as the book (units per day and ready date of every booking).
    /// </summary>
    /// <returns>The promises, in arrival order.</returns>
    [Benchmark(Baseline = true)]
    public CapacityPromise[] Plain_loop_first_come_plan()
    {
        var n = Bookings + 1;
        var remaining = (int[])_units.Clone();
        var counts = new int[n];
        var entries = new (int Booking, int Day, int Units)[n * 4];
        var entryCount = 0;
        var left = n;
        var first = 0;   // every booking before it is done
        for (var day = 0; left > 0; day++)
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
            for (var b = first; b < n && free > 0; b++)
            {
                if (remaining[b] > 0 && _startDay[b] <= day)
                {
                    var take = Math.Min(remaining[b], free);
                    remaining[b] -= take;
                    free -= take;
                    left -= remaining[b] == 0 ? 1 : 0;
                    if (entryCount == entries.Length)
                    {
                        Array.Resize(ref entries, entries.Length * 2);
                    }

                    entries[entryCount++] = (b, day, take);
                    counts[b]++;
                }
            }
        }

        var days = new ProductionDay[n][];
        for (var b = 0; b < n; b++)
        {
            days[b] = new ProductionDay[counts[b]];
            counts[b] = 0;
        }

        var completion = new int[n];
        for (var e = 0; e < entryCount; e++)
        {
            var (booking, day, units) = entries[e];
            days[booking][counts[booking]++] = new ProductionDay(_dates[day], units);
            completion[booking] = day;
        }

        var promises = new CapacityPromise[n];
        for (var b = 0; b < n; b++)
        {
            promises[b] = new CapacityPromise(_all[b], b, days[b], _dates[_readyDay[completion[b]]]);
        }

        return promises;
    }

    /// <summary>The whole first-come plan of the 10,000 bookings and the new one (what the first quote after a change costs).</summary>
    /// <returns>The promises.</returns>
    [Benchmark]
    public CapacityPromise[] Plan_first_come_whole() => CapacityPlanner.Plan(_capacity, FirstComeAllocation.Instance, _all, "bookings");

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

    private static string Describe(IEnumerable<CapacityPromise> promises) =>
        string.Join("|", promises.Select(p => $"{p.Position} {p.Booking} {p.ReadyDate} {string.Join(",", p.UnitsByDay)}"));
}
