using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// The replenishment lead time of a simulated SKU as a list of legs (production, first mile, main carriage, clearance,
/// check-in…), each a <see cref="TransitTimeDistribution"/>, drawn independently for every order: for example a fulfilment
/// mode's plan of legs.
/// </summary>
/// <remarks>
/// <para>
/// For each order, each leg with a positive standard deviation draws μ + σZ (Z standard normal), clamped to
/// [max(0, μ − 4σ), μ + 4σ]; a leg with σ = 0 takes μ and draws nothing. The order's lead time is the sum over the legs
/// rounded to the nearest whole day (halves up). An order placed on day t with lead time L is received on day t + L,
/// before that day's costs are counted; with L = 0 it is received on the day it is placed. Later orders may overtake
/// earlier ones. The clamp keeps the lead time below <see cref="MaximumDays"/>, which sizes the simulation's pipeline;
/// it moves a probability of 6·10⁻⁵ per leg.
/// </para>
/// <para><see cref="Total"/> is the sum of the legs (means and variances add), the figure a policy is told.</para>
/// <para>Profiles compare by reference; compare their legs to compare two profiles.</para>
/// </remarks>
public sealed class LeadTimeProfile
{
    private const double ClampStandardDeviations = 4.0;
    private const int LongestDays = 36_500;
    private readonly DrawnLeg[] _drawnLegs;
    private readonly int _fixedDays;

    private LeadTimeProfile(string name, ImmutableArray<TransitTimeDistribution> legs)
    {
        Name = name;
        Legs = legs;
        Total = TransitTimeDistribution.Sum(legs);
        _drawnLegs = legs.Select(l => new DrawnLeg(l.MeanDays, l.StandardDeviationDays)).ToArray();
        var maximum = legs.Sum(l => l.MeanDays + (ClampStandardDeviations * l.StandardDeviationDays));
        var minimum = legs.Sum(l => Math.Max(0, l.MeanDays - (ClampStandardDeviations * l.StandardDeviationDays)));
        if (!(maximum <= LongestDays))
        {
            throw new ArgumentOutOfRangeException(nameof(legs), maximum, Guard.Format(ErrorMessages.LeadTimeTooLong, name, maximum, LongestDays));
        }

        MaximumDays = RoundDays(maximum);
        MinimumDays = RoundDays(minimum);
        IsFixed = legs.All(l => l.StandardDeviationDays == 0);
        _fixedDays = IsFixed ? MaximumDays : -1;
    }

    /// <summary>The profile's name, e.g. the fulfilment mode it stands for.</summary>
    public string Name { get; }

    /// <summary>The legs, in order.</summary>
    public ImmutableArray<TransitTimeDistribution> Legs { get; }

    /// <summary>The distribution of the whole lead time: the sum of the legs.</summary>
    public TransitTimeDistribution Total { get; }

    /// <summary>The longest lead time an order can draw, in whole days.</summary>
    public int MaximumDays { get; }

    /// <summary>The shortest lead time an order can draw, in whole days.</summary>
    public int MinimumDays { get; }

    /// <summary>Whether every leg is deterministic (σ = 0), so every order has the same lead time.</summary>
    public bool IsFixed { get; }

    /// <summary>A profile of legs.</summary>
    /// <param name="name">A name, e.g. the fulfilment mode the legs stand for; not blank.</param>
    /// <param name="legs">The legs, in order; may be empty (lead time 0).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The legs can add up to more than 36,500 days (mean + 4 standard deviations each).</exception>
    public static LeadTimeProfile Of(string name, params IEnumerable<TransitTimeDistribution> legs)
    {
        Guard.NotBlank(name);
        Guard.NotNull(legs);
        return new(name, [.. legs]);
    }

    /// <summary>
    /// The legs of one stage of a fulfilment plan as a profile, named after the plan's mode: for a platform mode,
    /// <see cref="LegStage.Inbound"/> is the replenishment pipeline to the storage centre (<see cref="FulfilmentPlan.PipelineTime"/>);
    /// <see cref="LegStage.Order"/> is the buyer's lead time (<see cref="FulfilmentPlan.LeadTime"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stage">Which legs to take, in the plan's order.</param>
    /// <returns>The profile; its <see cref="Total"/> has the same mean and variance as the plan's estimate of that stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan has no leg of that stage (a direct express plan has no inbound legs).</exception>
    public static LeadTimeProfile FromPlan(FulfilmentPlan plan, LegStage stage)
    {
        Guard.NotNull(plan);
        var legs = plan.Legs.Where(l => l.Stage == stage).Select(l => l.TransitTime).ToArray();
        return legs.Length == 0
            ? throw new ArgumentException(Guard.Format(ErrorMessages.PlanHasNoLegsOfStage, plan.ModeName, stage), nameof(stage))
            : new(Guard.Format("{0} ({1})", plan.ModeName, stage), [.. legs]);
    }

    /// <summary>A deterministic lead time of whole days.</summary>
    /// <param name="days">The lead time; from 0 to 36,500 days.</param>
    /// <returns>A profile of one leg with mean <paramref name="days"/> and standard deviation 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above 36,500.</exception>
    public static LeadTimeProfile Fixed(int days) =>
        new(Guard.Format("fixed {0} days", Guard.NotNegative(days)), [TransitTimeDistribution.Fixed(days)]);

    /// <summary>The profile, e.g. <c>platform pickup: 25 d (sd 4 d) over 2 legs</c>.</summary>
    public override string ToString() => Guard.Format("{0}: {1} over {2} legs", Name, Total, Legs.Length);

    /// <summary>One order's lead time in whole days (see the remarks on the type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Sample(ref RandomStream random) => _fixedDays >= 0 ? _fixedDays : SampleLegs(ref random);

    private static int RoundDays(double days) => (int)Math.Floor(days + 0.5);

    /// <summary>The legs as drawn (see <see cref="DrawnLeg"/>), in order; not to be changed.</summary>
    internal DrawnLeg[] DrawnLegs => _drawnLegs;

    /// <summary>
    /// One order's lead time from <paramref name="legs"/> (see the remarks on the type): the sum, in the legs' order, of μ
    /// for a fixed leg and of μ + σZ clamped to [low, high] for a drawn one, rounded to whole days (halves up) and capped
    /// at <paramref name="maximumDays"/>.
    /// </summary>
    internal static int SampleLegs(DrawnLeg[] legs, int maximumDays, ref RandomStream random)
    {
        var total = 0.0;
        for (var i = 0; i < legs.Length; i++)
        {
            ref readonly var leg = ref legs[i];
            total += leg.StandardDeviation > 0 ? leg.Draw(ref random) : leg.Mean;
        }

        return RoundLegs(total, maximumDays);
    }

    /// <summary>
    /// The sum of the legs <paramref name="total"/> (≥ 0) rounded to whole days, halves up, and capped at
    /// <paramref name="maximumDays"/>: the last step of <see cref="SampleLegs(DrawnLeg[], int, ref RandomStream)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int RoundLegs(double total, int maximumDays) =>
        // ⌊total + ½⌋ for a total ≥ 0, below 36,501 days: truncation is the floor. In that range the platform's own
        // conversion (one cvttsd2si on x64) gives what (int) gives, without the checked conversion's runtime helper
        // (about 80 ns a draw here) or the saturating conversion's extra steps for NaN and out-of-range values.
        Math.Min(maximumDays, double.ConvertToIntegerNative<int>(total + 0.5));

    private int SampleLegs(ref RandomStream random) => SampleLegs(_drawnLegs, MaximumDays, ref random);

    /// <summary>
    /// A leg as the draw needs it: mean μ, standard deviation σ and the clamp [max(0, μ − 4σ), μ + 4σ], computed once.
    /// </summary>
    internal readonly struct DrawnLeg
    {
        internal DrawnLeg(double mean, double standardDeviation)
        {
            Mean = mean;
            StandardDeviation = standardDeviation;
            var spread = ClampStandardDeviations * standardDeviation;
            Low = Math.Max(0, mean - spread);
            High = mean + spread;
        }

        internal double Mean { get; }

        internal double StandardDeviation { get; }

        internal double Low { get; }

        internal double High { get; }

        /// <summary>The draw of a leg with σ &gt; 0: μ + σZ clamped to [<see cref="Low"/>, <see cref="High"/>] (one standard normal Z).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal double Draw(ref RandomStream random)
        {
            var x = Mean + (StandardDeviation * random.NextStandardNormal());
            // min(high, max(low, x)) without the library calls; a −0 that max would make +0 adds nothing to a sum that is ≥ +0.
            return x < Low ? Low : x > High ? High : x;
        }
    }
}
