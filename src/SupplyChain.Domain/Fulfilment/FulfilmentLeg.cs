using System.Globalization;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// One step of a <see cref="FulfilmentPlan"/>: a movement of the goods by a carrier from one node to the next, or a
/// dwell at one node (order handling, customs clearance, receiving) that takes time without moving the goods.
/// </summary>
/// <remarks>
/// Unlike <see cref="Leg"/> (a booked movement with planned instants), a plan step has no dates: it has a transit-time
/// distribution, so plans can be compared before anything is booked. A dwell step has no <see cref="Mode"/> and starts
/// and ends at the same node.
/// Steps compare by reference; a plan lists them in order.
/// </remarks>
public sealed class FulfilmentLeg
{
    /// <summary>Creates a step; a step billed by weight also sets <see cref="ChargeableWeight"/>.</summary>
    /// <param name="stage">Whether the step positions stock before the order or serves the order.</param>
    /// <param name="carrier">Who carries (or holds) the goods on this step.</param>
    /// <param name="mode">How the goods travel; null for a dwell step (then <paramref name="from"/> and <paramref name="to"/> are the same node).</param>
    /// <param name="from">Where the step starts.</param>
    /// <param name="to">Where the step ends.</param>
    /// <param name="transitTime">How long the step takes.</param>
    /// <param name="description">What happens, e.g. "customs clearance"; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="from"/>, <paramref name="to"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/>, <paramref name="carrier"/> or <paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or a dwell step ends at another node than it starts.</exception>
    public FulfilmentLeg(
        LegStage stage,
        ChainActor carrier,
        TransportMode? mode,
        PlanNode from,
        PlanNode to,
        TransitTimeDistribution transitTime,
        string description)
    {
        Stage = Guard.Defined(stage);
        Carrier = Guard.Defined(carrier);
        Mode = mode is { } m ? Guard.Defined(m, nameof(mode)) : null;
        From = Guard.NotNull(from);
        To = Guard.NotNull(to);
        Description = Guard.NotBlank(description);
        if (mode is null && from != to)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.DwellStepMoves, description, from, to), nameof(to));
        }

        TransitTime = transitTime;
    }

    /// <summary>Whether the step positions stock before the order or serves the order.</summary>
    public LegStage Stage { get; }

    /// <summary>Who carries (or holds) the goods on this step.</summary>
    public ChainActor Carrier { get; }

    /// <summary>How the goods travel; null for a dwell step.</summary>
    public TransportMode? Mode { get; }

    /// <summary>Whether the step is a dwell (no movement).</summary>
    public bool IsDwell => Mode is null;

    /// <summary>Where the step starts.</summary>
    public PlanNode From { get; }

    /// <summary>Where the step ends.</summary>
    public PlanNode To { get; }

    /// <summary>How long the step takes.</summary>
    public TransitTimeDistribution TransitTime { get; }

    /// <summary>What happens on the step.</summary>
    public string Description { get; }

    /// <summary>The weight the step is billed on (for the whole shipment the step carries), or null (the default) when it is not billed by weight.</summary>
    public Mass? ChargeableWeight { get; init; }

    /// <summary>The step in one line, e.g. "Order: ExpressCarrier InternationalExpress A → B, 4 d (sd 1 d)".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2} {3} → {4}, {5}", Stage, Carrier, Mode?.ToString() ?? "dwell", From, To, TransitTime);
}
