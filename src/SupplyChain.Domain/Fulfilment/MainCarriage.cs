using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A bulk main carriage to the destination (sea, air, rail or express), priced per chargeable kilogram: the line-haul
/// of platform pickup, or the inbound shipment of the platform warehouse mode.
/// </summary>
/// <remarks>Carriages compare by reference; compare their mode and times.</remarks>
public sealed class MainCarriage
{
    /// <summary>Creates a main carriage.</summary>
    /// <param name="mode">How the goods travel.</param>
    /// <param name="carrierName">The forwarder's or carrier's name for plans and tables; not blank.</param>
    /// <param name="weightRule">How the chargeable weight of the whole shipment is worked out (e.g. <see cref="ChargeableWeightRules.SeaLcl"/>).</param>
    /// <param name="ratePerChargeableKilogram">The all-in rate per chargeable kilogram, origin door to destination import gateway; not negative.</param>
    /// <param name="transitTime">From the origin (seller or hub) to the destination's import gateway.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="carrierName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined or <paramref name="ratePerChargeableKilogram"/> is negative.</exception>
    public MainCarriage(TransportMode mode, string carrierName, ChargeableWeightRule weightRule, Money ratePerChargeableKilogram, TransitTimeDistribution transitTime)
    {
        Mode = Guard.Defined(mode);
        CarrierName = Guard.NotBlank(carrierName);
        WeightRule = Guard.NotNull(weightRule);
        RatePerChargeableKilogram = Guard.NotNull(ratePerChargeableKilogram);
        if (ratePerChargeableKilogram.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(ratePerChargeableKilogram), ratePerChargeableKilogram, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(ratePerChargeableKilogram), ratePerChargeableKilogram));
        }

        TransitTime = transitTime;
    }

    /// <summary>How the goods travel.</summary>
    public TransportMode Mode { get; }

    /// <summary>The carrier's name.</summary>
    public string CarrierName { get; }

    /// <summary>How the chargeable weight is worked out.</summary>
    public ChargeableWeightRule WeightRule { get; }

    /// <summary>The rate per chargeable kilogram.</summary>
    public Money RatePerChargeableKilogram { get; }

    /// <summary>From the origin to the destination's import gateway.</summary>
    public TransitTimeDistribution TransitTime { get; }

    /// <summary>The mode, carrier and rate.</summary>
    public override string ToString() => $"{Mode} by {CarrierName} at {RatePerChargeableKilogram} per chargeable kg";
}
