using NodaTime;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// One day of a simulated SKU, as recorded in the optional daily trace (<see cref="SimulationSettings.RecordTrace"/>):
/// the day's flows and the state at its end.
/// </summary>
/// <remarks>
/// The events of a day happen in the order described in <see cref="Simulator"/>. Conservation: from one day to the next,
/// on hand − backordered + on order changes by <see cref="Ordered"/> − <see cref="Demand"/> with backorders, and by
/// <see cref="Ordered"/> − <see cref="FilledFromStock"/> with lost sales. <c>default</c> is an empty day of 0001-01-01.
/// </remarks>
public readonly record struct SimulationDay
{
    internal SimulationDay(int day, LocalDate date, int demand, int filledFromStock, int lost, int received, int ordered, int onHand, int backordered, int onOrder, double cost)
    {
        Day = day;
        Date = date;
        Demand = demand;
        FilledFromStock = filledFromStock;
        Lost = lost;
        Received = received;
        Ordered = ordered;
        OnHand = onHand;
        Backordered = backordered;
        OnOrder = onOrder;
        Cost = cost;
    }

    /// <summary>The day's number, 0 for the first simulated day.</summary>
    public int Day { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Units demanded.</summary>
    public int Demand { get; }

    /// <summary>Units of the day's demand filled from stock on the day.</summary>
    public int FilledFromStock { get; }

    /// <summary>Units of the day's demand lost (always 0 with backorders).</summary>
    public int Lost { get; }

    /// <summary>Units received (orders arriving on the day, including an order with lead time 0 placed on the day).</summary>
    public int Received { get; }

    /// <summary>Units ordered on the day.</summary>
    public int Ordered { get; }

    /// <summary>Units on hand at the end of the day.</summary>
    public int OnHand { get; }

    /// <summary>Units backordered at the end of the day.</summary>
    public int Backordered { get; }

    /// <summary>Units ordered and not yet received at the end of the day.</summary>
    public int OnOrder { get; }

    /// <summary>The day's cost: holding + stockout + ordering.</summary>
    public double Cost { get; }

    /// <summary>The day as one line, e.g. <c>day 3 2025-01-04: demand 9, filled 9, ordered 9, on hand 4, backordered 0, on order 18</c>.</summary>
    public override string ToString() =>
        Guard.Format("day {0} {1:uuuu-MM-dd}: demand {2}, filled {3}, lost {4}, received {5}, ordered {6}, on hand {7}, backordered {8}, on order {9}, cost {10}",
            Day, Date, Demand, FilledFromStock, Lost, Received, Ordered, OnHand, Backordered, OnOrder, Cost);
}
