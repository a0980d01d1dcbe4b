using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Orders;
namespace SupplyChain.Domain.Analytics;

/// <summary>
/// Service measures of order fulfilment: unit, line and order fill rate, on time in full (OTIF) and perfect order
/// rate. Every result is a fraction from 0 to 1 (not a percentage).
/// </summary>
/// <remarks>
/// <para>
/// Definitions (common practice, e.g. Chopra and Meindl, <i>Supply Chain Management</i>, fill rate; SCOR RL.1.1 for
/// the perfect order):
/// </para>
/// <list type="bullet">
/// <item><description>Unit fill rate = Σ min(shipped, ordered) / Σ ordered, over all lines: an over-shipment on one line
/// does not make up for a shortage on another.</description></item>
/// <item><description>Line fill rate = lines shipped in full / all lines.</description></item>
/// <item><description>Order fill rate = orders whose every line is in full / all orders.</description></item>
/// <item><description>OTIF = orders whose every line is in full <em>and</em> on time / all orders.</description></item>
/// <item><description>Perfect order rate = orders delivered in full, on time to the commit date, with accurate
/// documentation and in perfect condition / all orders (SCOR RL.1.1).</description></item>
/// </list>
/// <para>So OTIF ≤ order fill rate, and the perfect order rate ≤ both, for the same orders.</para>
/// </remarks>
public static class FulfilmentKpis
{
    /// <summary>Unit fill rate: Σ min(shipped, ordered) / Σ ordered over every line of every order.</summary>
    /// <param name="orders">The orders; at least one.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or one of its orders is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> is empty.</exception>
    public static double UnitFillRate(IEnumerable<OrderOutcome> orders)
    {
        long filled = 0;
        long ordered = 0;
        foreach (var order in Require(orders))
        {
            foreach (var line in order.Lines)
            {
                filled = checked(filled + line.FilledUnits);
                ordered = checked(ordered + line.Ordered);
            }
        }

        return (double)filled / ordered;
    }

    /// <summary>Line fill rate: lines shipped in full / all lines.</summary>
    /// <param name="orders">The orders; at least one.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or one of its orders is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> is empty.</exception>
    public static double LineFillRate(IEnumerable<OrderOutcome> orders)
    {
        long inFull = 0;
        long lines = 0;
        foreach (var order in Require(orders))
        {
            foreach (var line in order.Lines)
            {
                lines++;
                if (line.IsInFull)
                {
                    inFull++;
                }
            }
        }

        return (double)inFull / lines;
    }

    /// <summary>Order fill rate: orders whose every line is shipped in full / all orders.</summary>
    /// <param name="orders">The orders; at least one.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or one of its orders is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> is empty.</exception>
    public static double OrderFillRate(IEnumerable<OrderOutcome> orders)
    {
        var list = Require(orders);
        return (double)list.Count(o => o.IsInFull) / list.Count;
    }

    /// <summary>On time in full: orders whose every line is in full and on time / all orders.</summary>
    /// <param name="orders">The orders; at least one.</param>
    /// <param name="early">How an early delivery counts; by default as on time.</param>
    /// <returns>A fraction from 0 to 1, never above <see cref="OrderFillRate"/> of the same orders.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or one of its orders is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> is empty, or <paramref name="early"/> is not a defined value.</exception>
    public static double Otif(IEnumerable<OrderOutcome> orders, EarlyDelivery early = EarlyDelivery.CountsAsOnTime)
    {
        if (!Enum.IsDefined(early))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(early), nameof(EarlyDelivery)), nameof(early));
        }

        var list = Require(orders);
        return (double)list.Count(o => o.IsInFull && o.IsOnTime(early)) / list.Count;
    }

    /// <summary>Perfect order rate (SCOR RL.1.1): perfect orders / all orders.</summary>
    /// <param name="orders">Groups of orders with the same assessment; at least one order in total.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> holds no order (empty, or every group has a count of 0).</exception>
    public static double PerfectOrderRate(IEnumerable<PerfectOrderAssessment> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        long perfect = 0;
        long total = 0;
        foreach (var group in orders)
        {
            total = checked(total + group.Orders);
            if (group.IsPerfect)
            {
                perfect = checked(perfect + group.Orders);
            }
        }

        return total == 0
            ? throw new ArgumentException(Guard.Format(ErrorMessages.MustContainAtLeastOne, nameof(orders), "order"), nameof(orders))
            : (double)perfect / total;
    }

    /// <summary>
    /// The delivery time distribution of buyer orders: how many orders were delivered how many days after they were
    /// placed (the UTC date of <see cref="BuyerOrder.OrderedAt"/> to the delivery date; 0 = the same day). Delivery dates
    /// are local dates: for buyers far from UTC count from the order's local date with the overload that takes a time zone.
    /// </summary>
    /// <param name="orders">The orders; may be empty; each id once.</param>
    /// <param name="deliveredOn">The delivery date of each delivered order by id; an order missing here was not delivered and is left out.</param>
    /// <returns>Days → number of orders, in ascending order of days; only days that occur.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or <paramref name="deliveredOn"/> is null, or <paramref name="orders"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> repeats an id, or an order is delivered before the day it was placed.</exception>
    public static IReadOnlyDictionary<int, int> DeliveryDays(IEnumerable<BuyerOrder> orders, IReadOnlyDictionary<OrderId, LocalDate> deliveredOn) =>
        DeliveryDays(orders, deliveredOn, _ => DateTimeZone.Utc);

    /// <summary>
    /// The delivery time distribution of buyer orders counted in local dates: days from the date of
    /// <see cref="BuyerOrder.OrderedAt"/> in the order's time zone (e.g. the buyer's, the zone the delivery date is given
    /// in) to the delivery date; 0 = the same day. An order placed at 19:00 in Los Angeles (02:00 UTC the next day) and
    /// delivered the next day counts 1 day, not the 0 days of the UTC date.
    /// </summary>
    /// <param name="orders">The orders; may be empty; each id once.</param>
    /// <param name="deliveredOn">The delivery date of each delivered order by id; an order missing here was not delivered and is left out.</param>
    /// <param name="orderZone">The time zone each order's date is read in; asked only for delivered orders.</param>
    /// <returns>Days → number of orders, in ascending order of days; only days that occur.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/>, <paramref name="deliveredOn"/> or <paramref name="orderZone"/> is null, or <paramref name="orders"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orders"/> repeats an id, an order is delivered before the day it was placed, or <paramref name="orderZone"/> gives no zone for an order.</exception>
    public static IReadOnlyDictionary<int, int> DeliveryDays(IEnumerable<BuyerOrder> orders, IReadOnlyDictionary<OrderId, LocalDate> deliveredOn, Func<BuyerOrder, DateTimeZone> orderZone)
    {
        var list = Guard.CopyItems(orders, requireOne: false);
        Guard.NotNull(deliveredOn);
        Guard.NotNull(orderZone);
        Guard.Distinct(list, o => o.Id, nameof(orders));
        var days = new SortedDictionary<int, int>();
        foreach (var order in list)
        {
            if (!deliveredOn.TryGetValue(order.Id, out var day))
            {
                continue;
            }

            var zone = orderZone(order) ?? throw new ArgumentException(Guard.Format(ErrorMessages.MustNotBeNull, $"the time zone of order {order.Id}"), nameof(orderZone));
            var placed = order.OrderedAt.InZone(zone).Date;
            var taken = Period.Between(placed, day, PeriodUnits.Days).Days;
            if (taken < 0)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.DeliveredBeforeOrdered, order.Id, day, placed), nameof(deliveredOn));
            }

            days[taken] = days.GetValueOrDefault(taken) + 1;
        }

        return days.AsReadOnly();
    }

    private static List<OrderOutcome> Require(IEnumerable<OrderOutcome> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var list = orders.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustContainAtLeastOne, nameof(orders), "order"), nameof(orders));
        }

        var missing = list.IndexOf(null!);
        return missing >= 0
            ? throw new ArgumentNullException(nameof(orders), Guard.Format(ErrorMessages.NullElement, nameof(orders), missing))
            : list;
    }
}
