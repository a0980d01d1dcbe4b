namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The fulfilment modes side by side for one product, destination and monthly demand: landed cost per unit, lead time
/// to the buyer (mean and p95), stock tied up in transit and at the storage centre (units and money), and eligibility,
/// with the reasons behind each number as data (the plans, their cost parts and eligibility conditions).
/// </summary>
/// <remarks>
/// Stock figures use Little's law (average units in a stage = demand rate × mean time in it) with a month of
/// 365.25 / 12 = 30.4375 days. Stock is valued at the request's unit value (the customs value).
/// </remarks>
public sealed class ModeComparison
{
    /// <summary>Days per month used to turn monthly demand into daily demand: 365.25 / 12.</summary>
    public const decimal DaysPerMonth = 30.4375m;

    private readonly ModeComparisonRow[] _rows;

    private ModeComparison(FulfilmentRequest request, int monthlyDemandUnits, ModeComparisonRow[] rows)
    {
        Request = request;
        MonthlyDemandUnits = monthlyDemandUnits;
        _rows = rows;
    }

    /// <summary>The request compared.</summary>
    public FulfilmentRequest Request { get; }

    /// <summary>The monthly demand, in units.</summary>
    public int MonthlyDemandUnits { get; }

    /// <summary>One row per mode, in the order given.</summary>
    public IReadOnlyList<ModeComparisonRow> Rows => _rows;

    /// <summary>The eligible row with the lowest landed cost per unit (the earlier on a tie), or null when none is eligible.</summary>
    public ModeComparisonRow? Cheapest => _rows.Where(r => r.Plan is not null).OrderBy(r => r.LandedCostPerUnit!.Amount).FirstOrDefault();

    /// <summary>The eligible row with the shortest mean lead time to the buyer (the earlier on a tie), or null when none is eligible.</summary>
    public ModeComparisonRow? Fastest => _rows.Where(r => r.Plan is not null).OrderBy(r => r.LeadTime!.MeanDays).FirstOrDefault();

    /// <summary>Compares modes for one request.</summary>
    /// <param name="request">The request (product, order quantity, seller, buyer, date, unit value).</param>
    /// <param name="monthlyDemandUnits">The product's demand in the destination market per month; at least 1.</param>
    /// <param name="modes">The modes; at least one.</param>
    /// <returns>The comparison; a mode that is not eligible has a row with its reasons and no plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="modes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyDemandUnits"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="modes"/> is empty or contains null.</exception>
    /// <exception cref="DomainRuleException">An eligible mode still cannot plan the request (e.g. no duty rate); the rule id says why.</exception>
    public static ModeComparison Compare(FulfilmentRequest request, int monthlyDemandUnits, IEnumerable<IFulfilmentMode> modes)
    {
        Guard.NotNull(request);
        Guard.Positive(monthlyDemandUnits);
        var list = Guard.CopyItems(modes, requireOne: true);
        var daily = monthlyDemandUnits / DaysPerMonth;
        var rows = list.Select(mode =>
        {
            var eligibility = mode.CheckEligibility(request);
            var plan = eligibility.IsEligible ? mode.Plan(request) : null;
            return new ModeComparisonRow(mode.Name, eligibility, plan, daily, request.UnitValue);
        }).ToArray();
        return new ModeComparison(request, monthlyDemandUnits, rows);
    }

    /// <summary>The number of modes and the monthly demand.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{_rows.Length} modes for {MonthlyDemandUnits} units a month";
}
