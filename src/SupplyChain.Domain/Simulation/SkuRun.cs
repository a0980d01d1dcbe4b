using System.Runtime.CompilerServices;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The state of one SKU's simulation and its day step. Everything is allocated in the constructor (the pipeline ring
/// sized from the longest lead time, the trace list when asked for); <see cref="Advance"/> allocates nothing.
/// </summary>
internal sealed class SkuRun
{
    private readonly SimulatedSku _sku;
    private readonly int _index;
    private readonly bool _lostSales;
    private readonly double _dailyDemand;
    private readonly double _leadTimeDays;
    private int[] _pipeline;
    private readonly List<SimulationDay>? _trace;
    private readonly SimulationSettings _settings;
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
        _index = index;
        _lostSales = settings.Shortages == ShortageHandling.LostSales;
        _dailyDemand = sku.Demand.Mean;
        _leadTimeDays = sku.LeadTime.Total.MeanDays;
        _pipeline = new int[sku.LeadTime.MaximumDays + 1];
        _trace = settings.RecordTrace ? new List<SimulationDay>(settings.Periods) : null;
        _settings = settings;
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
        Array.Clear(_pipeline);
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
        // the policy, the demand model and the shortage handling, so that each hot loop is straight-line code with its
        // calls inlined. The built-in min-max (base-stock) policy reads the position only: its rule is applied directly
        // and the day's date is not computed for it. Any other policy goes through the interface with a full context.
        // Every specialisation runs the same day step, so the results are the same.
        if (_sku.Policy is MinMaxPolicy minMax)
        {
            AdvanceWith(days, new MinMaxDecider(minMax));
        }
        else
        {
            AdvanceWith(days, new InterfaceDecider(_sku.Policy, _dailyDemand, _leadTimeDays));
        }
    }

    private void AdvanceWith<TDecider>(int days, TDecider decider)
        where TDecider : struct, IDecider
    {
        var model = _sku.Demand;
        if (model.Kind == DemandModelKind.Normal)
        {
            AdvanceWith(days, decider, new NormalDemand(model.Mean, model.StandardDeviation));
        }
        else
        {
            AdvanceWith(days, decider, new AnyDemand(model));
        }
    }

    private void AdvanceWith<TDecider, TDemand>(int days, TDecider decider, TDemand demand)
        where TDecider : struct, IDecider
        where TDemand : struct, IDemandSampler
    {
        if (_factory is null)
        {
            AdvanceWith(days, decider, demand, new ProfileLeadTime(_sku.LeadTime));
        }
        else
        {
            AdvanceWith(days, decider, demand, new FactoryLeadTime(_factory));
        }
    }

    private void AdvanceWith<TDecider, TDemand, TLead>(int days, TDecider decider, TDemand demand, TLead leadTime)
        where TDecider : struct, IDecider
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
        where TDecider : struct, IDecider
        where TDemand : struct, IDemandSampler
        where TShortage : struct, IShortageRule
        where TLead : struct, ILeadTime
    {
        var costs = _sku.Costs;
        double h = costs.HoldingPerUnitDay, p = costs.StockoutPerUnit, k = costs.PerOrder;
        var lostSales = default(TShortage).IsLostSales;
        var pipeline = _pipeline;
        var size = pipeline.Length;
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
        // A fixed lead time is a constant of the loop, as it was before the factory stage (which never has one).
        var fixedLead = !leadTime.IsUnbounded && _sku.LeadTime.IsFixed ? _sku.LeadTime.MaximumDays : -1;
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
                filled = Math.Min(demand, net);
                lost = demand - filled;
                net -= filled;
            }
            else
            {
                filled = net <= 0 ? 0 : Math.Min(demand, net);
                lost = 0;
                net = checked(net - demand);
            }

            // 4. The policy decides on the position after demand.
            var ordered = decider.Decide(net, onOrder, date, lostSales ? filled : demand);
            if (ordered > 0)
            {
                var lead = fixedLead >= 0 ? fixedLead : leadTime.Lead(day, ordered, ref random);
                if (leadTime.IsUnbounded && lead >= size)
                {
                    // Only the factory stage: a lead time beyond the ring grows it (its days are then counted from slot 0).
                    pipeline = GrowPipeline(slot, lead);
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
                    var arrival = slot + lead;
                    pipeline[arrival >= size ? arrival - size : arrival] += ordered;
                    onOrder = checked(onOrder + ordered);
                }

                orders++;
                orderedSum += ordered;
                orderedSquares += (double)ordered * ordered;
            }

            // 5. Costs and statistics at the end of the day.
            var onHand = net > 0 ? net : 0;
            var backordered = net < 0 ? -net : 0;
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
        _netStock = net;
        _onOrder = onOrder;
        _day = day;
    }

    /// <summary>A ring of at least <paramref name="lead"/> + 1 days (twice the old size or more) holding the old ring's days from <paramref name="slot"/> at 0.</summary>
    private int[] GrowPipeline(int slot, int lead)
    {
        var old = _pipeline;
        var grown = new int[Math.Max(lead + 1, old.Length * 2)];
        Array.Copy(old, slot, grown, 0, old.Length - slot);
        Array.Copy(old, 0, grown, old.Length - slot, slot);
        _pipeline = grown;
        return grown;
    }

    internal SkuSimulationResult Result() =>
        new(_sku, _index, _totals, _trace is null ? [] : _trace.AsReadOnly());

    /// <summary>How the day step calls the policy: the order quantity for the net stock and units on order, the day's date and the units sold.</summary>
    private interface IDecider
    {
        /// <summary>Whether the policy may read the date (when false, <c>default</c> is passed).</summary>
        bool NeedsDate { get; }

        int Decide(int net, int onOrder, LocalDate date, int unitsSold);
    }

    /// <summary>Any policy, through <see cref="IReplenishmentPolicy"/> with a full position and context.</summary>
    private readonly struct InterfaceDecider : IDecider
    {
        private readonly IReplenishmentPolicy _policy;
        private readonly double _dailyDemand;
        private readonly double _leadTimeDays;

        internal InterfaceDecider(IReplenishmentPolicy policy, double dailyDemand, double leadTimeDays)
        {
            _policy = policy;
            _dailyDemand = dailyDemand;
            _leadTimeDays = leadTimeDays;
        }

        public bool NeedsDate => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var position = new InventoryPosition(net > 0 ? net : 0) { OnOrder = onOrder, Backordered = net < 0 ? -net : 0 };
            var context = new ReplenishmentContext(date, _dailyDemand) { LeadTimeDays = _leadTimeDays, UnitsSold = unitsSold };
            return checked((int)_policy.Decide(in position, in context).Quantity);
        }
    }

    /// <summary>
    /// The sealed <see cref="MinMaxPolicy"/>, whose decision reads the position only: its rule (position p = on hand + on
    /// order − backorders = net + on order; order S − p when p ≤ s) applied to two integers, without building the
    /// position and the decision. <see cref="MinMaxPolicy.Decide"/> gives the same quantity (a test compares them).
    /// </summary>
    private readonly struct MinMaxDecider : IDecider
    {
        private readonly long _minimum;
        private readonly long _maximum;

        internal MinMaxDecider(MinMaxPolicy policy)
        {
            _minimum = policy.Minimum;
            _maximum = policy.Maximum;
        }

        public bool NeedsDate => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Decide(int net, int onOrder, LocalDate date, int unitsSold)
        {
            var position = (long)net + onOrder;
            return position > _minimum ? 0 : checked((int)(_maximum - position));
        }
    }

    /// <summary>How the day step finds an order's lead time.</summary>
    private interface ILeadTime
    {
        /// <summary>Whether a lead time may exceed the pipeline ring, which then grows (false: the ring is sized for the longest).</summary>
        bool IsUnbounded { get; }

        int Lead(int day, int units, ref RandomStream random);
    }

    /// <summary>The SKU's lead-time profile when it is not fixed (the day step uses a fixed one directly); the ring is sized for its longest.</summary>
    private readonly struct ProfileLeadTime : ILeadTime
    {
        private readonly LeadTimeProfile _profile;

        internal ProfileLeadTime(LeadTimeProfile profile) => _profile = profile;

        public bool IsUnbounded => false;

        /// <summary>One order's lead time, drawn on a copy of the stream, so that the day step's stream never has its address taken and can stay in registers (inlined, so the copy is the day step's).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Lead(int day, int units, ref RandomStream random)
        {
            var copy = random;
            var lead = _profile.Sample(ref copy);
            random = copy;
            return lead;
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

    /// <summary>Any demand model, through <see cref="DemandModel.Sample"/>.</summary>
    private readonly struct AnyDemand : IDemandSampler
    {
        private readonly DemandModel _model;

        internal AnyDemand(DemandModel model) => _model = model;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Sample(ref RandomStream random) => _model.Sample(ref random);
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
