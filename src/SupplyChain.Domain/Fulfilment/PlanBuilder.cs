using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// Builds a <see cref="FulfilmentPlan"/> step by step: each step starts where the previous ended, and a custody
/// handover is recorded whenever the actor holding the goods changes.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly List<FulfilmentLeg> _legs = [];
    private readonly List<CustodyHandover> _handovers = [];
    private readonly List<LandedCostPart> _parts = [];
    private readonly FulfilmentRequest _request;
    private ChainActor _holder = ChainActor.Seller;

    internal PlanBuilder(FulfilmentRequest request, PlanNode start)
    {
        _request = request;
        Current = start;
    }

    internal PlanNode Current { get; private set; }

    internal static PlanNode SellerNode(Facility facility) =>
        new($"{Describe(facility.Kind)} {facility.Id} ({facility.Address.City})", facility.Address.Country);

    internal static PlanNode StorageCentreNode(Facility facility) =>
        new($"Storage centre {facility.Id} ({facility.Address.City})", facility.Address.Country);

    internal static PlanNode BuyerNode(Address address) => new($"Buyer, {address}", address.Country);

    internal static PlanNode GatewayNode(Address destination) => new($"Import gateway ({destination.Country})", destination.Country);

    internal PlanBuilder Dwell(LegStage stage, ChainActor actor, string description, TransitTimeDistribution time, bool riskPasses = false)
    {
        HandTo(actor, riskPasses);
        _legs.Add(new FulfilmentLeg(stage, actor, null, Current, Current, time, description));
        return this;
    }

    internal PlanBuilder Move(LegStage stage, ChainActor actor, TransportMode mode, PlanNode to, TransitTimeDistribution time, string description, Mass? chargeable = null, bool riskPasses = false)
    {
        HandTo(actor, riskPasses);
        _legs.Add(new FulfilmentLeg(stage, actor, mode, Current, to, time, description) { ChargeableWeight = chargeable });
        Current = to;
        return this;
    }

    internal PlanBuilder HandTo(ChainActor actor, bool riskPasses = false)
    {
        if (actor != _holder)
        {
            _handovers.Add(new CustodyHandover(Current, _holder, actor, riskPasses));
            _holder = actor;
        }

        return this;
    }

    /// <summary>Adds the last mile from the current node (the clearance point or the storage centre) to the buyer, handing over to the buyer at the end.</summary>
    internal PlanBuilder LastMile(LastMileOption option, LegStage stage = LegStage.Order)
    {
        var actor = option.Kind == LastMileKind.PlatformNetwork ? ChainActor.Platform : ChainActor.LastMileCarrier;
        foreach (var stop in option.Stops)
        {
            Move(stage, actor, TransportMode.DomesticParcel, new PlanNode(stop.Stop, _request.Destination), stop.TransitTime, $"{option.CarrierName}: to {stop.Stop}");
        }

        Move(stage, actor, TransportMode.DomesticParcel, BuyerNode(_request.BuyerAddress), option.DeliveryTime, $"{option.CarrierName}: delivery to the buyer");
        return HandTo(ChainActor.Buyer, riskPasses: true);
    }

    internal PlanBuilder Cost(LandedCostKind kind, TradeParty paidBy, Money exactPerUnit, string basis)
    {
        var currency = _request.UnitValue.Currency;
        if (exactPerUnit.Currency != currency)
        {
            // A rate or fee in another currency than the request's: the modes' documented refusal, not an argument error.
            throw new DomainRuleException(DomainRules.MoneySameCurrency, Guard.Format(ErrorMessages.LandedCostCurrencyMismatch, kind, exactPerUnit, currency));
        }

        _parts.Add(new LandedCostPart(kind, paidBy, exactPerUnit, basis));
        return this;
    }

    internal FulfilmentPlan Build(string modeName, CustomsAssessment customs, decimal monthsInStorage = 0m, PlatformPurchase? purchase = null) =>
        new(modeName, _request, _legs, _handovers, LandedCostBreakdown.FromExactParts(_request.UnitValue.Currency, _parts), customs.LowValueDecision, monthsInStorage)
        {
            Purchase = purchase,
            Customs = customs,
        };

    private static string Describe(FacilityKind kind) => kind switch
    {
        FacilityKind.Factory => "Factory",
        FacilityKind.SellerWarehouse => "Seller warehouse",
        FacilityKind.ConsolidationHub => "Consolidation hub",
        FacilityKind.InternationalStorageCentre => "Storage centre",
        FacilityKind.RegionalCentralWarehouse => "Regional central warehouse",
        _ => "Delivery station",
    };
}
