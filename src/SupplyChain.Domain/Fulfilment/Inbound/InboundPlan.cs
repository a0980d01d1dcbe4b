using System.Globalization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>
/// How a shipment of stock to the platform's warehouse is packed: the labelled cartons, and the units that could not be
/// packed with the reason. Every unit given to the planner is in exactly one carton or in <see cref="Unpacked"/>.
/// </summary>
/// <remarks>Created by <see cref="InboundPlanner.Plan"/>. Compares by reference.</remarks>
public sealed class InboundPlan
{
    private readonly InboundCarton[] _cartons;
    private readonly UnpackedStock[] _unpacked;

    internal InboundPlan(ShipmentId shipment, CartonRules rules, InboundCarton[] cartons, UnpackedStock[] unpacked)
    {
        Shipment = shipment;
        Rules = rules;
        _cartons = cartons;
        _unpacked = unpacked;
    }

    /// <summary>The shipment every carton belongs to.</summary>
    public ShipmentId Shipment { get; }

    /// <summary>The carton rules applied.</summary>
    public CartonRules Rules { get; }

    /// <summary>The cartons, in SSCC order (consecutive serial references).</summary>
    public IReadOnlyList<InboundCarton> Cartons => _cartons;

    /// <summary>The stock that could not be packed, one entry per stock line affected.</summary>
    public IReadOnlyList<UnpackedStock> Unpacked => _unpacked;

    /// <summary>The units in the cartons.</summary>
    public int UnitsInCartons => _cartons.Sum(c => c.Units);

    /// <summary>The units not packed.</summary>
    public int UnitsUnpacked => _unpacked.Sum(u => u.Units);

    /// <summary>
    /// The chargeable weight of the cartons under a carrier's rule: the rule applied once to the sum of the cartons'
    /// outer volumes and the sum of their gross weights, both added up exactly (0.001 mm sides, 0.01 g weights).
    /// </summary>
    /// <param name="rule">The carrier's chargeable-weight rule (e.g. the inbound main carriage's).</param>
    /// <returns>The actual, volumetric and chargeable weight of the whole plan; zero for a plan without cartons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public ChargeableWeight ChargeableWeight(ChargeableWeightRule rule)
    {
        Guard.NotNull(rule);
        var cubicMillimetres = 0m;
        var grams = 0m;
        foreach (var carton in Cartons)
        {
            cubicMillimetres += carton.Dimensions.CubicMillimetres;
            grams += carton.GrossGrams;
        }

        return rule.Calculate(cubicMillimetres, Mass.FromGrams((double)grams));
    }

    /// <summary>"shipment: N cartons (units), M units unpacked".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Shipment}: {_cartons.Length} cartons ({UnitsInCartons} units), {UnitsUnpacked} units unpacked ({Rules.Name})");
}
