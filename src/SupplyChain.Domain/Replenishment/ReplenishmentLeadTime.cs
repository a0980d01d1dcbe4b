using NodaTime;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Replenishment;

/// <summary>
/// The multi-leg lead time from placing an order with a factory to having the units for sale at a storage centre:
/// production in the factory's working days, then transport legs in calendar days, then receiving at the storage
/// centre, plus an optional safety buffer. <see cref="BackSchedule(LocalDate)"/> turns a need-by date into the latest
/// date for every step, ending with the <b>order-by</b> date.
/// </summary>
/// <remarks>
/// <para>
/// <b>Conventions</b> (every step ends on the day the next one may start; a duration of n days from day d ends on
/// day d + n, the start day not counted, as in <see cref="WorkingCalendar"/>):
/// </para>
/// <list type="bullet">
/// <item><description><b>Available for sale</b> = need-by − <see cref="SafetyBufferDays"/> (calendar days): the
/// buffer plans availability that many days early.</description></item>
/// <item><description><b>Arrival at the storage centre</b> = available for sale − <see cref="ReceivingDays"/>
/// (calendar days: storage centres receive every day); the units arrive on that day and are for sale
/// <see cref="ReceivingDays"/> days later.</description></item>
/// <item><description><b>Legs</b>, last to first: each leg's latest arrival is the next step's latest start, and its
/// latest departure is its arrival minus its <see cref="LeadTimeLeg.Days"/> (calendar days).</description></item>
/// <item><description><b>Ship-by (ex-factory)</b> = the first leg's latest departure; goods finished on a working day
/// leave the factory that day.</description></item>
/// <item><description><b>Production</b> takes <see cref="ProductionWorkingDays"/> working days of the factory's
/// <see cref="FactoryCalendar"/> (weekends and closures do not count). Production finish is the last working day on
/// or before ship-by; production start is the n-th working day counting back, both included (the n working days are
/// start … finish).</description></item>
/// <item><description><b>Order-by</b> = the day before production start: an order placed that day is complete on
/// <see cref="ProductionLeadTime.PlannedCompletion"/>'s date (the order day is not counted), which is the production
/// finish. It is the latest such date and may fall on a day the factory is closed (a seller orders any day). With 0
/// production days, order-by, production start and finish all equal ship-by.</description></item>
/// </list>
/// <para>
/// Immutable and thread-safe. Back-scheduling allocates nothing: the per-leg dates are derived on demand from the
/// <see cref="OrderBySchedule"/>.
/// </para>
/// <para>Lead times compare by reference; compare their steps (production, <see cref="Legs"/>, receiving, buffer) to compare two of them.</para>
/// </remarks>
public sealed class ReplenishmentLeadTime
{
    private readonly LeadTimeLeg[] _legs;
    private readonly int[] _daysBeforeLeg;

    /// <summary>Creates a lead time.</summary>
    /// <param name="productionWorkingDays">Working days of production on <paramref name="factoryCalendar"/>, between 0 and <see cref="WorkingCalendar.MaxWorkingDays"/>.</param>
    /// <param name="factoryCalendar">The factory's working calendar (<see cref="Facility.Calendar"/>).</param>
    /// <param name="legs">The transport steps from the factory gate to the storage centre, in order; may be empty.</param>
    /// <param name="receivingDays">Calendar days from arrival at the storage centre to available for sale, not negative.</param>
    /// <param name="safetyBufferDays">Calendar days by which availability is planned ahead of the need-by date, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factoryCalendar"/> or <paramref name="legs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is negative, or production exceeds <see cref="WorkingCalendar.MaxWorkingDays"/>, or the days add up beyond <see cref="int.MaxValue"/>.</exception>
    public ReplenishmentLeadTime(int productionWorkingDays, WorkingCalendar factoryCalendar, IEnumerable<LeadTimeLeg> legs, int receivingDays, int safetyBufferDays = 0)
    {
        Guard.NotNegative(productionWorkingDays);
        if (productionWorkingDays > WorkingCalendar.MaxWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(productionWorkingDays), productionWorkingDays,
                Guard.Format(ErrorMessages.MustBeAtMost, nameof(productionWorkingDays), WorkingCalendar.MaxWorkingDays, productionWorkingDays));
        }

        FactoryCalendar = Guard.NotNull(factoryCalendar);
        _legs = Guard.NotNull(legs).ToArray();
        ReceivingDays = Guard.NotNegative(receivingDays);
        SafetyBufferDays = Guard.NotNegative(safetyBufferDays);
        _daysBeforeLeg = new int[_legs.Length];
        long total = 0;
        for (var i = 0; i < _legs.Length; i++)
        {
            _daysBeforeLeg[i] = (int)Math.Min(total, int.MaxValue);
            total += _legs[i].Days;
        }

        if (total + receivingDays + safetyBufferDays > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(legs), total, Guard.Format(ErrorMessages.MustBeAtMost, "the total of the transport, receiving and buffer days", int.MaxValue, total + receivingDays + safetyBufferDays));
        }

        ProductionWorkingDays = productionWorkingDays;
        TransportDays = (int)total;
    }

    /// <summary>Working days of production on the factory's calendar.</summary>
    public int ProductionWorkingDays { get; }

    /// <summary>The factory's working calendar.</summary>
    public WorkingCalendar FactoryCalendar { get; }

    /// <summary>The transport steps from the factory gate to the storage centre, in order.</summary>
    public IReadOnlyList<LeadTimeLeg> Legs => _legs;

    /// <summary>Calendar days from arrival at the storage centre to available for sale.</summary>
    public int ReceivingDays { get; }

    /// <summary>Calendar days by which availability is planned ahead of the need-by date.</summary>
    public int SafetyBufferDays { get; }

    /// <summary>The calendar days of all the legs together.</summary>
    public int TransportDays { get; }

    /// <summary>
    /// The lead time of a sourcing agreement: production takes the agreement's
    /// <see cref="ProductionLeadTime.PlannedWorkingDays"/> (the mean rounded up) on the factory's calendar.
    /// </summary>
    /// <param name="agreement">The sourcing agreement.</param>
    /// <param name="factoryCalendar">The calendar of the agreement's factory.</param>
    /// <param name="legs">The transport steps from the factory gate to the storage centre, in order.</param>
    /// <param name="receivingDays">Calendar days of receiving at the storage centre, not negative.</param>
    /// <param name="safetyBufferDays">Calendar days of safety buffer, not negative.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is out of range.</exception>
    public static ReplenishmentLeadTime ForAgreement(SourcingAgreement agreement, WorkingCalendar factoryCalendar, IEnumerable<LeadTimeLeg> legs, int receivingDays, int safetyBufferDays = 0) =>
        new(Guard.NotNull(agreement).LeadTime.PlannedWorkingDays, factoryCalendar, legs, receivingDays, safetyBufferDays);

    /// <summary>Back-schedules from the date the stock must be available to the latest date to order.</summary>
    /// <param name="needBy">The first day the units must be for sale at the storage centre.</param>
    /// <returns>The latest date of every step.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dates would fall outside the range NodaTime supports.</exception>
    public OrderBySchedule BackSchedule(LocalDate needBy)
    {
        var available = needBy.PlusDays(-SafetyBufferDays);
        var arrival = available.PlusDays(-ReceivingDays);
        var shipBy = arrival.PlusDays(-TransportDays);
        LocalDate start, finish, orderBy;
        if (ProductionWorkingDays == 0)
        {
            start = finish = orderBy = shipBy;
        }
        else
        {
            var dayAfter = shipBy.PlusDays(1);
            finish = FactoryCalendar.SubtractWorkingDays(dayAfter, 1);
            start = ProductionWorkingDays == 1 ? finish : FactoryCalendar.SubtractWorkingDays(dayAfter, ProductionWorkingDays);
            orderBy = start.PlusDays(-1);
        }

        return new OrderBySchedule(this, needBy, available, arrival, shipBy, finish, start, orderBy);
    }

    /// <summary>Back-schedules as <see cref="BackSchedule(LocalDate)"/>, for an order considered on <paramref name="orderDate"/>.</summary>
    /// <param name="needBy">The first day the units must be for sale; not before <paramref name="orderDate"/>.</param>
    /// <param name="orderDate">The date the order is considered (a sale, a review).</param>
    /// <returns>The latest date of every step; <see cref="OrderBySchedule.IsLateFor"/> says whether ordering on <paramref name="orderDate"/> is too late.</returns>
    /// <exception cref="ArgumentException"><paramref name="needBy"/> is before <paramref name="orderDate"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates would fall outside the range NodaTime supports.</exception>
    public OrderBySchedule BackSchedule(LocalDate needBy, LocalDate orderDate)
    {
        if (needBy < orderDate)
        {
            ThrowNeedByBeforeOrderDate(needBy, orderDate);
        }

        return BackSchedule(needBy);
    }

    /// <summary>The lead time, e.g. <c>15 working days + FirstMile 2 days + MainCarriage 30 days (SeaFcl) + receiving 3 days + buffer 0 days</c>.</summary>
    public override string ToString() =>
        Guard.Format("{0} working days{1} + receiving {2} days + buffer {3} days", ProductionWorkingDays, string.Concat(_legs.Select(l => " + " + l)), ReceivingDays, SafetyBufferDays);

    internal int DaysBeforeLeg(int leg) => _daysBeforeLeg[leg];

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void ThrowNeedByBeforeOrderDate(LocalDate needBy, LocalDate orderDate) =>
        throw new ArgumentException(Guard.Format(ErrorMessages.NeedByBeforeOrderDate, nameof(needBy), needBy, orderDate), nameof(needBy));
}
