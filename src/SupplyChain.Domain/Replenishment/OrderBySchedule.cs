using System.Text;
using NodaTime;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// A back-scheduled replenishment: the latest date of every step from the order to the units being for sale, made by
/// <see cref="ReplenishmentLeadTime.BackSchedule(LocalDate)"/>. Read it from the end: need-by, available for sale,
/// arrival at the storage centre, each leg's latest arrival and departure, ship-by (ex-factory), production finish
/// and start, and the <see cref="OrderBy"/> date.
/// </summary>
/// <remarks>
/// All dates are <b>latest</b> dates: doing a step later makes the need-by date unreachable with the planned lead
/// time. The conventions (calendar days for transport and receiving, factory working days for production, the start
/// day not counted) are those of <see cref="ReplenishmentLeadTime"/>. A small value; making it allocates nothing.
/// <c>default</c> has no lead time (<see cref="LeadTime"/> is null) and all dates 0001-01-01.
/// </remarks>
public readonly record struct OrderBySchedule
{
    internal OrderBySchedule(ReplenishmentLeadTime leadTime, LocalDate needBy, LocalDate availableForSale, LocalDate arrival, LocalDate shipBy, LocalDate productionFinish, LocalDate productionStart, LocalDate orderBy)
    {
        LeadTime = leadTime;
        NeedBy = needBy;
        AvailableForSale = availableForSale;
        ArrivalAtStorageCentre = arrival;
        ShipBy = shipBy;
        ProductionFinish = productionFinish;
        ProductionStart = productionStart;
        OrderBy = orderBy;
    }

    /// <summary>The lead time the schedule was made from (null for <c>default</c>).</summary>
    public ReplenishmentLeadTime? LeadTime { get; }

    /// <summary>The date the stock must be available, as asked.</summary>
    public LocalDate NeedBy { get; }

    /// <summary>The planned first day for sale: need-by minus the safety buffer.</summary>
    public LocalDate AvailableForSale { get; }

    /// <summary>The latest arrival at the storage centre: available for sale minus the receiving days.</summary>
    public LocalDate ArrivalAtStorageCentre { get; }

    /// <summary>The latest ex-factory date: the first leg's latest departure.</summary>
    public LocalDate ShipBy { get; }

    /// <summary>The latest last working day of production: the last factory working day on or before <see cref="ShipBy"/>.</summary>
    public LocalDate ProductionFinish { get; }

    /// <summary>The latest first working day of production.</summary>
    public LocalDate ProductionStart { get; }

    /// <summary>The latest date to place the order: the day before <see cref="ProductionStart"/>.</summary>
    public LocalDate OrderBy { get; }

    /// <summary>The latest departure of a leg: <see cref="ShipBy"/> plus the days of the legs before it.</summary>
    /// <param name="leg">The leg's index in <see cref="ReplenishmentLeadTime.Legs"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leg"/> is not an index of a leg.</exception>
    public LocalDate LatestDeparture(int leg) => ShipBy.PlusDays(CheckLeg(leg).DaysBeforeLeg(leg));

    /// <summary>The latest arrival of a leg: its latest departure plus its days.</summary>
    /// <param name="leg">The leg's index in <see cref="ReplenishmentLeadTime.Legs"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leg"/> is not an index of a leg.</exception>
    public LocalDate LatestArrival(int leg) => LatestDeparture(leg).PlusDays(CheckLeg(leg).Legs[leg].Days);

    /// <summary>Whether ordering on <paramref name="orderDate"/> is too late: it is after <see cref="OrderBy"/>.</summary>
    /// <param name="orderDate">The date the order would be placed.</param>
    /// <returns>True when <paramref name="orderDate"/> is after <see cref="OrderBy"/>.</returns>
    public bool IsLateFor(LocalDate orderDate) => orderDate > OrderBy;

    /// <summary>The days from <paramref name="orderDate"/> to <see cref="OrderBy"/>: the slack (negative when late).</summary>
    /// <param name="orderDate">The date the order would be placed.</param>
    /// <returns>Calendar days; 0 when <paramref name="orderDate"/> is the order-by date.</returns>
    public int SlackDays(LocalDate orderDate) => Period.DaysBetween(orderDate, OrderBy);

    /// <summary>The schedule, one step a line, from order-by to need-by.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Guard.Format("order by {0:uuuu-MM-dd}; production {1:uuuu-MM-dd} to {2:uuuu-MM-dd}", OrderBy, ProductionStart, ProductionFinish))
            .Append(Guard.Format("; ship by {0:uuuu-MM-dd}", ShipBy));
        var legs = LeadTime?.Legs ?? [];
        for (var i = 0; i < legs.Count; i++)
        {
            text.Append(Guard.Format("; {0} {1:uuuu-MM-dd} to {2:uuuu-MM-dd}", legs[i].Kind, LatestDeparture(i), LatestArrival(i)));
        }

        return text.Append(Guard.Format("; at the storage centre {0:uuuu-MM-dd}; for sale {1:uuuu-MM-dd}; needed by {2:uuuu-MM-dd}", ArrivalAtStorageCentre, AvailableForSale, NeedBy))
            .ToString();
    }

    private ReplenishmentLeadTime CheckLeg(int leg)
    {
        var count = LeadTime?.Legs.Count ?? 0;
        return leg >= 0 && leg < count
            ? LeadTime!
            : throw new ArgumentOutOfRangeException(nameof(leg), leg, Guard.Format(ErrorMessages.MustBeBetween, nameof(leg), 0, count - 1, leg));
    }
}
