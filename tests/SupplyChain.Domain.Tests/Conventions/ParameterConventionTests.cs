using System.Reflection;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// Issue 13: long positional constructors become named options. No public constructor or static factory of a type
/// takes more than seven parameters, and two adjacent parameters of one type appear only where swapping them cannot go
/// unnoticed or the domain always writes them in that order; each such pair is listed below with why.
/// </summary>
public sealed class ParameterConventionTests
{
    private const int MaxParameters = 7;

    private const string Refused = "the constructor refuses the swapped order";
    private const string Interchangeable = "the arguments are interchangeable (sorted or combined symmetrically)";
    private const string Direction = "a direction in reading order (from → to), as in the DDD sample's RouteSpecification";
    private const string Convention = "the order every source writes them in (mean before spread, x before y, s before Q, Ti before Hi, base before quote as in EUR/USD)";
    private const string EventFields = "an event's fields in its command's order (its aggregate's id first, then what the command takes), so that a replay passes them as the command takes them";
    private const string Sum = "only their sum enters any rule or result, so a swap changes nothing the caller can see but the text";

    /// <summary>Adjacent same-type pairs that are allowed, keyed "Type.member(first/second)".</summary>
    private static readonly Dictionary<string, string> AllowedPairs = new(StringComparer.Ordinal)
    {
        ["Analytics.Lane.ctor(origin/destination)"] = Direction,
        ["Analytics.PurchaseOrderReceipt.ctor(orderedOn/receivedOn)"] = Refused,
        ["Analytics.ReturnRate.ctor(returned/shipped)"] = Refused,
        ["DomainRuleException.ctor(rule/message)"] = Convention,
        ["Fulfilment.CustodyHandover.ctor(from/to)"] = Direction,
        ["Fulfilment.FulfilmentLeg.ctor(from/to)"] = Direction,
        ["Orders.LocationAssessment.ctor(unitsAvailable/unitsTaken)"] = Refused,
        ["Fulfilment.LastMile.LineHaul.ctor(from/to)"] = Direction,
        ["Fulfilment.LastMile.PostalCodeArea.ctor(first/last)"] = Refused,
        ["Fulfilment.Pickup.PlanarPosition.ctor(east/north)"] = Convention,
        ["Fulfilment.Pickup.PlanarPosition.FromKilometres(eastKilometres/northKilometres)"] = Convention,
        ["Inventory.StockMovement.Adjustment(from/to)"] = Direction,
        ["Inventory.InboundReconciliation.Of(shipped/received)"] = Direction,
        ["Monetary.ExchangeRate.ctor(baseCurrency/quoteCurrency)"] = Convention,
        ["Monetary.ExchangeRate.FromCodes(baseCode/quoteCode)"] = Convention,
        ["InventoryTheory.LossValues.ctor(loss/complement)"] = Convention,
        ["Demand.DemandForecast.ctor(meanPerDay/standardDeviationPerDay)"] = Convention,
        ["Products.ProductionLeadTime.ctor(meanWorkingDays/spreadWorkingDays)"] = Convention,
        ["Shipping.TransitTimeDistribution.ctor(meanDays/standardDeviationDays)"] = Convention,
        ["Simulation.DemandModel.Normal(mean/standardDeviation)"] = Convention,
        ["Products.Dimensions.ctor(length/width)"] = Interchangeable,
        ["Products.Dimensions.ctor(width/height)"] = Interchangeable,
        ["Replenishment.MinMaxPolicy.ctor(minimum/maximum)"] = Refused,
        ["Replenishment.MinMaxPolicy.FromCatalogue(minimum/maximum)"] = Convention,
        ["Shipping.Leg.ctor(loadLocation/unloadLocation)"] = Direction,
        ["Shipping.Leg.ctor(loadTime/unloadTime)"] = Refused,
        ["Shipping.RouteSpecification.ctor(origin/destination)"] = Direction,
        ["Shipping.Shipment.ctor(shipper/consignee)"] = Direction,
        ["Shipping.ShipmentBooked.ctor(shipper/consignee)"] = Direction,
        ["Shipping.PartialShipmentBooked.ctor(shipper/consignee)"] = Direction,
        ["Shipping.PartialShipmentBooked.ctor(shipmentId/splitFrom)"] = EventFields,
        ["Shipping.ShipmentGoodsReceived.ctor(intactQuantity/damagedQuantity)"] = EventFields,
        ["Procurement.PurchaseOrder.ctor(buyer/supplier)"] = Direction,
        ["Procurement.PurchaseOrderDrafted.ctor(buyer/supplier)"] = Direction,
        ["Products.SourcingAgreement.ctor(minimumOrderQuantity/orderMultiple)"] = Refused,
        ["Analytics.DeliveryWindow.ctor(daysEarlyAllowed/daysLateAllowed)"] = Direction,
        ["Fulfilment.ExpressZone.ctor(firstHalfKilogram/additionalHalfKilogram)"] = Convention,
        ["Fulfilment.PlatformFees.LowInventoryLevelFeeRule.ctor(shortTermWindowDays/longTermWindowDays)"] = Refused,
        ["Products.PalletPattern.ctor(casesPerLayer/layers)"] = Convention,
        ["Replenishment.ReorderLevelPolicy.ctor(reorderLevel/reorderQuantity)"] = Convention,
        ["Replenishment.ReorderPointPolicy.ctor(reorderPoint/lotSize)"] = Convention,
        ["Demand.DemandClassification.ctor(adi/cvSquared)"] = Convention,
        ["Replenishment.DaysOfCoverPolicy.FromProductionAndTransit(productionDays/transitDays)"] = Sum,
        ["Replenishment.DaysOfCoverPolicy.FromProductionAndTransit(transitDays/safetyDays)"] = Sum,
        ["Replenishment.DaysOfCoverPolicy.ctor(leadTimeDays/safetyDays)"] = Sum,
        ["Replenishment.ReplenishmentLeadTime.ctor(receivingDays/safetyBufferDays)"] = Sum,
        ["Replenishment.ReplenishmentLeadTime.ForAgreement(receivingDays/safetyBufferDays)"] = Sum,
    };

    private static readonly Type[] PublicTypes = typeof(DomainRuleException).Assembly.GetExportedTypes();

    [Fact]
    public void No_public_constructor_or_factory_takes_more_than_seven_parameters() =>
        Creators().Where(c => c.Member.GetParameters().Length > MaxParameters)
            .Select(c => $"{c.Name}: {c.Member.GetParameters().Length} parameters")
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("more than seven inputs are set by name (init properties or a parameter object)");

    [Fact]
    public void Adjacent_parameters_of_one_type_are_listed_with_why() =>
        AdjacentPairs().Where(pair => !AllowedPairs.ContainsKey(pair))
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("adjacent arguments of one type can be swapped unnoticed; set them by name, or list the pair with why");

    [Fact]
    public void The_allow_list_names_only_pairs_that_exist() =>
        AllowedPairs.Keys.Except(AdjacentPairs(), StringComparer.Ordinal)
            .Aggregate(string.Empty, (all, one) => all + one + "\n")
            .Should().BeEmpty("a stale entry would silently allow a future pair");

    [Fact]
    public void The_check_sees_a_swappable_pair()
    {
        // The scan itself must be able to fail: (mean, standard deviation) of a transit time are two adjacent doubles.
        var constructor = typeof(SupplyChain.Domain.Shipping.TransitTimeDistribution).GetConstructor([typeof(double), typeof(double)])!;

        PairsOf(constructor).Should().Equal("meanDays/standardDeviationDays");
    }

    private static IEnumerable<(string Name, MethodBase Member)> Creators() =>
        PublicTypes.SelectMany(t => t.GetConstructors().Cast<MethodBase>()
            .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == t && !m.IsSpecialName))
            .Select(m => ($"{t.FullName!["SupplyChain.Domain.".Length..]}.{(m is ConstructorInfo ? "ctor" : m.Name)}", m)));

    private static IEnumerable<string> AdjacentPairs() =>
        Creators().SelectMany(c => PairsOf(c.Member).Select(pair => $"{c.Name}({pair})")).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> PairsOf(MethodBase member)
    {
        var parameters = member.GetParameters();
        for (var i = 0; i + 1 < parameters.Length; i++)
        {
            if (parameters[i].ParameterType == parameters[i + 1].ParameterType)
            {
                yield return $"{parameters[i].Name}/{parameters[i + 1].Name}";
            }
        }
    }
}
