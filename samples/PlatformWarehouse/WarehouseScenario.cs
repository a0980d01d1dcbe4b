using FulfilmentSamples;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.Inbound;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace PlatformWarehouseSample;

/// <summary>
/// What this sample adds to the shared scenario: the seller's inbound shipment id and SSCC series, and the platform's
/// low-inventory-level fee. THE LOW-INVENTORY-LEVEL FEE IS INVENTED for the example, like the fee table
/// (<see cref="Scenario.FeeTable"/>) and every price in <see cref="Scenario"/>; they are not Amazon's or any platform's
/// figures. The size-tier table (Amazon US 2024) and the low-inventory-level rule (Amazon US from 2024-04-01) are the
/// library's built-in, sourced data.
/// </summary>
/// <remarks>
/// The fee table is the shared one, so this sample's fulfilment fee (6.25 USD for the lamp) is the one the
/// ModeComparison sample's warehouse row uses; with the default days of supply (35 and 24) no low-inventory-level fee
/// applies, so both samples give the same landed cost by sea (9.60 USD).
/// </remarks>
internal static class WarehouseScenario
{
    /// <summary>The seller's inbound shipment (an invented id).</summary>
    public static readonly ShipmentId Shipment = new("INB-SZ-LAMP-2026-01");

    /// <summary>The platform's historical days of supply of the lamp on the order date (30-day and 90-day windows): 35 and 24.</summary>
    public const decimal ShortTermDaysOfSupply = 35m;

    /// <summary>The 90-day days of supply.</summary>
    public const decimal LongTermDaysOfSupply = 24m;

    /// <summary>
    /// SSCCs with extension digit 0 and GS1's example company prefix 0614141 (GS1 General Specifications), serial
    /// references from 1001: the prefix leaves 16 − 7 = 9 serial digits, so the first carton is 0 0614141 000001001 plus
    /// its check digit.
    /// </summary>
    public static SsccSeries Labels() => new(0, "0614141", 1001);

    /// <summary>The days of supply and an invented low-inventory-level fee of 0.70 USD per unit, under the built-in rule.</summary>
    public static LowInventoryLevelFeeInput LowInventoryLevel(decimal shortTermDaysOfSupply, decimal longTermDaysOfSupply) =>
        new(Scenario.Usd(0.70m)) { ShortTermDaysOfSupply = shortTermDaysOfSupply, LongTermDaysOfSupply = longTermDaysOfSupply, Rules = LowInventoryLevelFeeRules.BuiltIn };

    /// <summary>The fees: the shared invented fee table (<see cref="Scenario.FeeTable"/>), the built-in size tiers, and the low-inventory-level input.</summary>
    public static PlatformWarehouseFees Fees(decimal shortTermDaysOfSupply = ShortTermDaysOfSupply, decimal longTermDaysOfSupply = LongTermDaysOfSupply) =>
        Scenario.WarehouseFees(LowInventoryLevel(shortTermDaysOfSupply, longTermDaysOfSupply));

    /// <summary>The sea LCL carriage of the shared scenario.</summary>
    public static MainCarriage Sea() =>
        new(TransportMode.SeaLcl, "Example Ocean Forwarder", ChargeableWeightRules.SeaLcl, Scenario.Usd(0.15m), new TransitTimeDistribution(30, 4));

    /// <summary>Air freight for contrast (invented 4.00 USD per chargeable kg).</summary>
    public static MainCarriage Air() =>
        new(TransportMode.AirFreight, "Example Air Forwarder", ChargeableWeightRules.IataAirCargo, Scenario.Usd(4.00m), new TransitTimeDistribution(6, 1.5));

    /// <summary>
    /// The platform warehouse mode of the shared scenario (200 units per inbound shipment, 2 days to prepare the
    /// cartons), with Amazon US carton rules, this seller's shipment and SSCC series, and the fees.
    /// </summary>
    public static PlatformWarehouseMode Warehouse(MainCarriage inbound, PlatformWarehouseFees fees) =>
        new(inbound, Scenario.Terms(), Scenario.LastMile(), Scenario.DutyRates())
        {
            InboundPreparation = TransitTimeDistribution.Fixed(2),
            UnitsPerInboundShipment = 200,
            CartonRules = CartonRules.AmazonUs,
            InboundShipment = Shipment,
            InboundLabels = Labels(),
            Fees = fees,
        };
}
