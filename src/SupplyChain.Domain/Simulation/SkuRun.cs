using System.Runtime.CompilerServices;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;
using static SupplyChain.Domain.Simulation.PolicyDeciders;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The state of one SKU's simulation and its day step. Everything is allocated when a SKU is started (the pipeline ring
/// sized from the longest lead time, the trace list when asked for); <see cref="Advance"/> allocates nothing. A run can
/// be started again for another SKU (<see cref="Start"/>): it keeps its ring when it is long enough, so that a thread
/// simulating many SKUs one after another allocates only their results (see <c>SkuSimulator</c>).
/// </summary>
internal sealed class SkuRun
{
    private SimulatedSku _sku;
    private int _index;
    private bool _lostSales;
    private double _dailyDemand;
    private double _leadTimeDays;
    private int[] _pipeline;
    private int _size;
    private List<SimulationDay>? _trace;
    private SimulationSettings _settings;
    private RandomStream _random;
    private FactoryRun? _factory;
    private SkuTotals _totals;
    private int _slot;
    private int _netStock;
    private int _onOrder;
    private int _day;

    internal SkuRun(SimulatedSku sku, SimulationSettings settings, int index)
    {
        _sku = sku;
        _settings = settings;
        _pipeline = [];
        Start(sku, settings, index);
    }

    /// <summary>Starts <paramref name="sku"/> with the stream of <paramref name="index"/>: as a new run, reusing the ring when it is long enough.</summary>
    internal void Start(SimulatedSku sku, SimulationSettings settings, int index)
    {
        _sku = sku;
        _index = index;
        _settings = settings;
        _lostSales = settings.Shortages == ShortageHandling.LostSales;
        _dailyDemand = sku.Demand.Mean;
        _leadTimeDays = sku.LeadTime.Total.MeanDays;
        if (_pipeline.Length <= sku.LeadTime.MaximumDays)
        {
            _pipeline = new int[sku.LeadTime.MaximumDays + 1];
        }

        // The trace is part of the result, so each traced SKU gets its own list.
        _trace = settings.RecordTrace ? new List<SimulationDay>(settings.Periods) : null;
        Restart();
    }

    /// <summary>Goes back to the state before the first day (same stream, empty pipeline and statistics), allocating nothing.</summary>
    internal void Restart()
    {
        _random = RandomStream.For(_settings.Seed, _index);
        _factory = _sku.Factory is null ? null : new FactoryRun(_sku.Factory, _settings, _index);
        _day = 0;
        _slot = 0;
        _onOrder = 0;
        _size = _sku.LeadTime.MaximumDays + 1;
        Array.Clear(_pipeline, 0, _size);
        _trace?.Clear();
        _netStock = _sku.InitialOnHand
            ?? checked((int)_sku.Policy.Decide(default(InventoryPosition), new ReplenishmentContext(_settings.StartDate, _dailyDemand) { LeadTimeDays = _leadTimeDays }).Quantity);
        _totals = default;
        _totals.InitialOnHand = _netStock;
    }

    /// <summary>Simulates <paramref name="days"/> more days.</summary>
    /// <remarks>
    /// A day, in the order of the inventory-theory reference (README §9), with receipts moved before demand, which
    /// changes nothing with backorders and lets lost sales sell what arrives that day:
    /// 1. demand D is drawn; 2. orders due today are received; 3. demand is filled from stock (the rest backordered or
    /// lost); 4. the policy sees the position after demand (on hand + on order − backorders) and orders; the order draws
    /// its lead time L and is received on day t + L (today when L = 0); 5. costs: h × on hand + p × backordered (or p ×
    /// lost) + K if an order was placed.
    /// </remarks>
    internal void Advance(int days)
    {
        // The day step is specialised (a generic method over struct type arguments, compiled once per combination) on
        // the policy, the demand model, the lead time and the shortage handling, so that each hot loop is straight-line
        // code with its calls inlined. Every built-in policy, alone or inside built-in order constraints, has a decider
        // that applies its rule to two integers and reads no date; any other policy goes through the interface with a
        // full position and context. Every specialisation gives the quantities of the policy's Decide and draws the same
        // numbers in the same order, so the results are the same (SimulatorFastPathTests).
        if (!OrderConstraintChain.TryFlatten(_sku.Policy, out var chain))
        {
            AdvanceWith(days, Interface());
            return;
        }

        switch (chain.Inner)
        {
            case MinMaxPolicy p:
                AdvanceWith(days, new MinMaxDecider(p), chain);
                break;
            case BaseStockPolicy p:
                AdvanceWith(days, new MinMaxDecider(p), chain);
                break;
            case ReorderPointPolicy p:
                AdvanceWith(days, new ReorderPointDecider(p), chain);
                break;
            case ReorderLevelPolicy p:
                AdvanceWith(days, new ReorderLevelDecider(p), chain);
                break;
            case PeriodicReviewPolicy p:
                AdvanceWith(days, new PeriodicReviewDecider(p, _settings.StartDate.PlusDays(_day)), chain);
                break;
            case JustInTimePolicy:
                AdvanceWith(days, default(JustInTimeDecider), chain);
                break;
            case DaysOfCoverPolicy p when double.IsFinite(p.CoverDays * _dailyDemand):
                AdvanceWith(days, new DaysOfCoverDecider(p.CoverDays * _dailyDemand), chain);
                break;
            default:
                AdvanceWith(days, Interface());
                break;
        }
    }

    private InterfaceDecider Interface() => new(_sku.Policy, _dailyDemand, _leadTimeDays);

    private void AdvanceWith<TDecider>(int days, TDecider decider, in OrderConstraintChain chain)
        where TDecider : struct, IPolicyDecider
    {
        if (chain.IsConstrained)
        {
            AdvanceWith(days, new ConstrainedDecider<TDecider>(decider, chain));
        }
        else
        {
            AdvanceWith(days, decider);
        }
    }

    private void AdvanceWith<TDecider>(int days, TDecider decider)
        where TDecider : struct, IPolicyDecider
    {
        var model = _sku.Demand;
        switch (model.Kind)
        {
            case DemandModelKind.Normal:
                AdvanceWith(days, decider, new NormalDemand(model.Mean, model.StandardDeviation));
                break;
            case DemandModelKind.Poisson:
                AdvanceWith(days, decider, new PoissonDemand(model.PoissonTable!));
                break;
            default:
                AdvanceWith(days, decider, new BootstrapDemand(model.History));
                break;
        }
    }

    private void AdvanceWith<TDecider, TDemand>(int days, TDecider decider, TDemand demand)
        where TDecider : struct, IPolicyDecider
        where TDemand : struct, IDemandSampler
    {
        if (_factory is not null)
        {
            AdvanceWith(days, decider, demand, new FactoryLeadTime(_factory));
        }
        else if (_sku.LeadTime.IsFixed)
        {
            AdvanceWith(days, decider, demand, new FixedLeadTime(_sku.LeadTime.MaximumDays));
        }
        else
        {
            var legs = _sku.LeadTime.DrawnLegs;
            switch (DrawnPathOf(_sku.LeadTime))
            {
                case DrawnLegsPath.OneLeg:
                    AdvanceWith(days, decider, demand, new OneDrawnLeg(legs[0], _sku.LeadTime.MaximumDays));
                    break;
                case DrawnLegsPath.TwoLegs:
                    AdvanceWith(days, decider, demand, new TwoDrawnLegs(legs[0], legs[1], _sku.LeadTime.MaximumDays));
                    break;
                default:
                    AdvanceWith(days, decider, demand, new DrawnLeadTime(_sku.LeadTime));
                    break;
            }
        }
    }

    /// <summary>How the day step draws an uncertain lead time.</summary>
    internal enum DrawnLegsPath
    {
        /// <summary>The profile's own loop over its legs (three or more legs, or a fixed leg among drawn ones).</summary>
        ProfileLoop,

        /// <summary>One drawn leg, inlined into the day step as fields.</summary>
        OneLeg,

        /// <summary>Two drawn legs, inlined into the day step as fields.</summary>
        TwoLegs,
    }

    /// <summary>
    /// The path of a profile that is not fixed: one or two legs, all drawn (the common profiles), are inlined; longer
    /// profiles and profiles with a fixed leg among drawn ones take the profile's loop.
    /// </summary>
    internal static DrawnLegsPath DrawnPathOf(LeadTimeProfile profile) => profile.DrawnLegs switch
    {
        [{ StandardDeviation: > 0 }] => DrawnLegsPath.OneLeg,
        [{ StandardDeviation: > 0 }, { StandardDeviation: > 0 }] => DrawnLegsPath.TwoLegs,
        _ => DrawnLegsPath.ProfileLoop,
    };

    private void AdvanceWith<TDecider, TDemand, TLead>(int days, TDecider decider, TDemand demand, TLead leadTime)
        where TDecider : struct, IPolicyDecider
        where TDemand : struct, IDemandSampler
        where TLead : struct, ILeadTime
    {
        if (_lostSales)
        {
            Advance<TDecider, TDemand, LostSales, TLead>(days, decider, demand, leadTime);
        }
        else
        {
            Advance<TDecider, TDemand, Backorders, TLead>(days, decider, demand, leadTime);
        }
    }

    // Specialised by the JIT for each combination of struct type arguments: the decider's, the sampler's and the lead
    // time's calls are direct and inlined, and NeedsDate, IsLostSales and IsUnbounded are constants.
    private void Advance<TDecider, TDemand, TShortage, TLead>(int days, TDecider decider, TDemand demandSampler, TLead leadTime)
        where TDecider : struct, IPolicyDecider
        where TDemand : struct, IDemandSampler
        where TShortage : struct, IShortageRule
        where TLead : struct, ILeadTime
    {
        var costs = _sku.Costs;
        double h = costs.HoldingPerUnitDay, p = costs.StockoutPerUnit, k = costs.PerOrder;
        var lostSales = default(TShortage).IsLostSales;
        var pipeline = _pipeline;
        var size = _size;
        var random = _random;
        // The totals are kept in plain locals during the loop (a struct of 17 fields would stay in memory).
        var totals = _totals;
        long demandSum = 0, filledSum = 0, lostSum = 0, receivedSum = 0, onHandSum = 0, backorderedSum = 0, orderedSum = 0;
        double orderedSquares = 0;   // Σ q² of the daily order quantities (for the bullwhip ratio); exact below 2⁵³
        int orders = 0, stockoutDays = 0, count = totals.Periods;
        var demandMoments = totals.DemandMoments;
        var onHandMoments = totals.OnHandMoments;
        var costMoments = totals.CostMoments;
        var trace = _trace;
        int slot = _slot, net = _netStock, onOrder = _onOrder, day = _day;
        var tracing = trace is not null;
        var needsDate = decider.NeedsDate || tracing;
        var date = needsDate ? _settings.StartDate.PlusDays(day) : default;

        for (var i = 0; i < days; i++)
        {
            // 1. Demand.
            var demand = demandSampler.Sample(ref random);

            // 2. Receipts due today.
            var received = pipeline[slot];
            pipeline[slot] = 0;
            onOrder -= received;

            // 3. Fill from stock: receipts clear old backorders first, then today's demand.
            int filled, lost;
            net = checked(net + received);
            if (lostSales)
            {
                filled = Smaller(demand, net);   // net ≥ 0 under lost sales
                lost = demand - filled;
                net -= filled;
            }
            else
            {
                filled = Smaller(demand, PositivePart(net));   // net ≤ 0 ? 0 : min(demand, net), demand ≥ 0
                lost = 0;
                net = checked(net - demand);
            }

            // 4. The policy decides on the position after demand.
            var ordered = checked((int)decider.Decide(net, onOrder, date, lostSales ? filled : demand));
            if (ordered > 0)
            {
                var lead = leadTime.Lead(day, ordered, ref random);
                if (leadTime.IsUnbounded && lead >= size)
                {
                    // Only the factory stage: a lead time beyond the ring grows it (its days are then counted from slot 0).
                    pipeline = GrowPipeline(slot, size, lead);
                    size = pipeline.Length;
                    slot = 0;
                }

                if (lead == 0)
                {
                    received += ordered;
                    net = checked(net + ordered);
                }
                else
                {
                    // slot + lead − size, plus size when that is negative: the ring index without a branch, which
                    // drawn lead times would mispredict. Slot and lead are below size, so slot + lead − size lies in
                    // [−size, size) and the wrapping arithmetic gives it exactly.
                    var index = unchecked(slot + lead - size);
                    pipeline[unchecked(index + ((index >> 31) & size))] += ordered;
                    onOrder = checked(onOrder + ordered);
                }

                orders++;
                orderedSum += ordered;
                orderedSquares += (double)ordered * ordered;
            }

            // 5. Costs and statistics at the end of the day.
            // The stock's sign varies from day to day in ways a branch predictor cannot follow (with drawn lead times
            // especially), so on hand and backordered are computed without branches: max(net, 0) and −min(net, 0).
            var onHand = PositivePart(net);
            var backordered = onHand - net;
            var cost = (h * onHand) + (p * (lostSales ? lost : backordered)) + (ordered > 0 ? k : 0);
            demandSum += demand;
            filledSum += filled;
            lostSum += lost;
            receivedSum += received;
            onHandSum += onHand;
            backorderedSum += backordered;
            stockoutDays += filled < demand ? 1 : 0;
            var reciprocal = 1.0 / ++count;
            demandMoments.Add(demand, reciprocal);
            onHandMoments.Add(onHand, reciprocal);
            costMoments.Add(cost, reciprocal);
            if (tracing)
            {
                trace!.Add(new SimulationDay(day, date, demand, filled, lost, received, ordered, onHand, backordered, onOrder, cost));
            }

            slot = slot + 1 == size ? 0 : slot + 1;
            day++;
            if (needsDate)
            {
                date = date.PlusDays(1);
            }
        }

        totals.Periods = count;
        totals.Demand += demandSum;
        totals.Filled += filledSum;
        totals.Lost += lostSum;
        totals.UnitsReceived += receivedSum;
        totals.OnHandDays += onHandSum;
        totals.BackorderedDays += backorderedSum;
        totals.StockoutDays += stockoutDays;
        totals.Orders += orders;
        totals.UnitsOrdered += orderedSum;
        totals.UnitsOrderedSquares += orderedSquares;
        totals.DemandMoments = demandMoments;
        totals.OnHandMoments = onHandMoments;
        totals.CostMoments = costMoments;
        totals.EndingOnHand = net > 0 ? net : 0;
        totals.EndingBackordered = net < 0 ? -net : 0;
        totals.EndingOnOrder = onOrder;
        _random = random;
        _totals = totals;
        _slot = slot;
        _size = size;
        _netStock = net;
        _onOrder = onOrder;
        _day = day;
    }

    /// <summary>max(<paramref name="x"/>, 0), without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PositivePart(int x) => x & ~(x >> 31);

    /// <summary>min(<paramref name="a"/>, <paramref name="b"/>) of two numbers ≥ 0, without a branch (a − b cannot overflow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Smaller(int a, int b)
    {
        var difference = unchecked(a - b);
        return b + (difference & (difference >> 31));
    }

    /// <summary>A ring of at least <paramref name="lead"/> + 1 days (twice the old size or more) holding the old ring's <paramref name="size"/> days from <paramref name="slot"/> at 0.</summary>
    private int[] GrowPipeline(int slot, int size, int lead)
    {
        var old = _pipeline;
        var grown = new int[Math.Max(lead + 1, size * 2)];
        Array.Copy(old, slot, grown, 0, size - slot);
        Array.Copy(old, 0, grown, size - slot, slot);
        _pipeline = grown;
        return grown;
    }

    internal SkuSimulationResult Result() =>
        new(_sku, _index, _totals, _trace is null ? [] : _trace.AsReadOnly());

    /// <summary>How the day step finds an order's lead time.</summary>
    private interface ILeadTime
    {
        /// <summary>Whether a lead time may exceed the pipeline ring, which then grows (false: the ring is sized for the longest).</summary>
        bool IsUnbounded { get; }

        int Lead(int day, int units, ref RandomStream random);
    }

    /// <summary>A fixed lead time: a constant of the loop, no draw.</summary>
    private readonly struct FixedLeadTime(int days) : ILeadTime
    {
        public bool IsUnbounded => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Lead(int day, int units, ref RandomStream random) => days;
    }

    /// <summary>
    /// A profile with uncertain legs: the legs' draws (<see cref="LeadTimeProfile.SampleLegs(LeadTimeProfile.DrawnLeg[], int, ref RandomStream)"/>,
    /// the profile's own rule, each leg's clamp computed once); the ring is sized for the longest. The draw runs on a copy
    /// of the stream, so that the day step's stream never has its address taken and stays in registers (the draw's loop
    /// is not inlined into the day step: a call that took the stream's address would keep it in memory all day long).
    /// </summary>
    private readonly struct DrawnLeadTime(LeadTimeProfile profile) : ILeadTime
    {
        private readonly LeadTimeProfile.DrawnLeg[] _legs = profile.DrawnLegs;
        private readonly int _maximumDays = profile.MaximumDays;

        public bool IsUnbounded => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Lead(int day, int units, ref RandomStream random)
        {
            var copy = random;
            var lead = LeadTimeProfile.SampleLegs(_legs, _maximumDays, ref copy);
            random = copy;
            return lead;
        }
    }

    /// <summary>
    /// A profile of one drawn leg: <see cref="LeadTimeProfile.SampleLegs(LeadTimeProfile.DrawnLeg[], int, ref RandomStream)"/>
    /// for that leg (0 + x is x), written out so that the draw is inlined into the day step on its own stream.
    /// </summary>
    private readonly struct OneDrawnLeg(LeadTimeProfile.DrawnLeg leg, int maximumDays) : ILeadTime
    {
        public bool IsUnbounded => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Lead(int day, int units, ref RandomStream random) => LeadTimeProfile.RoundLegs(leg.Draw(ref random), maximumDays);
    }

    /// <summary>
    /// A profile of two drawn legs: <see cref="LeadTimeProfile.SampleLegs(LeadTimeProfile.DrawnLeg[], int, ref RandomStream)"/>
    /// for them (the first leg's draw, then the second's; (0 + x) + y is x + y), inlined into the day step.
    /// </summary>
    private readonly struct TwoDrawnLegs(LeadTimeProfile.DrawnLeg first, LeadTimeProfile.DrawnLeg second, int maximumDays) : ILeadTime
    {
        public bool IsUnbounded => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Lead(int day, int units, ref RandomStream random)
        {
            var x = first.Draw(ref random);
            return LeadTimeProfile.RoundLegs(x + second.Draw(ref random), maximumDays);
        }
    }

    /// <summary>The factory stage: the order is booked on the run's copy of the book (the stage draws from its own stream).</summary>
    private readonly struct FactoryLeadTime : ILeadTime
    {
        private readonly FactoryRun _run;

        internal FactoryLeadTime(FactoryRun run) => _run = run;

        public bool IsUnbounded => true;

        public int Lead(int day, int units, ref RandomStream random) => _run.Lead(day, units);
    }

    /// <summary>How the day step draws the day's demand.</summary>
    private interface IDemandSampler
    {
        int Sample(ref RandomStream random);
    }

    /// <summary>Normal demand (the most common model), drawn without the model's kind test: the same draw as <see cref="DemandModel.Sample"/>.</summary>
    private readonly struct NormalDemand : IDemandSampler
    {
        private readonly double _mean;
        private readonly double _standardDeviation;

        internal NormalDemand(double mean, double standardDeviation)
        {
            _mean = mean;
            _standardDeviation = standardDeviation;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Sample(ref RandomStream random) => DemandModel.SampleNormal(_mean, _standardDeviation, ref random);
    }

    /// <summary>Poisson demand: the model's inversion with its guide table (<see cref="PoissonTable"/>), the same draw as <see cref="DemandModel.Sample"/> without the model's kind test.</summary>
    private readonly struct PoissonDemand(PoissonTable table) : IDemandSampler
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Sample(ref RandomStream random) => table.Sample(ref random);
    }

    /// <summary>A bootstrap of daily units: one of them, uniformly, the same draw as <see cref="DemandModel.Sample"/>.</summary>
    private readonly struct BootstrapDemand(int[] history) : IDemandSampler
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Sample(ref RandomStream random) => history[random.NextIndex(history.Length)];
    }

    /// <summary>What happens to unfilled demand, as a constant of the specialised day step.</summary>
    private interface IShortageRule
    {
        bool IsLostSales { get; }
    }

    private readonly struct Backorders : IShortageRule
    {
        public bool IsLostSales => false;
    }

    private readonly struct LostSales : IShortageRule
    {
        public bool IsLostSales => true;
    }
}
