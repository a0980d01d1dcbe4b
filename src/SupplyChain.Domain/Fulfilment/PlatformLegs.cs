using System.Globalization;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>The steps and costs modes 2 and 3 share: main carriage to the destination, clearance, the storage centre, the order and the last mile.</summary>
internal static class PlatformLegs
{
    /// <summary>The load of an inbound shipment: whole case packs when the product has them, else loose units.</summary>
    internal static (Volume Volume, Mass Mass, string Description) Load(Product product, int units)
    {
        if (product.Packaging is { } packaging)
        {
            var cartons = packaging.CasesForUnits(units).Packs;
            var pack = packaging.CasePack;
            return (pack.OuterDimensions.Volume * cartons, pack.GrossWeight * cartons,
                string.Format(CultureInfo.InvariantCulture, "{0} cartons of {1} units", cartons, pack.UnitsPerCase));
        }

        return (product.UnitDimensions.Volume * units, product.UnitMass * units,
            string.Format(CultureInfo.InvariantCulture, "{0} loose units", units));
    }

    internal static void MainCarriageToCentreAndBuyer(
        PlanBuilder plan,
        FulfilmentRequest request,
        MainCarriage carriage,
        ChargeableWeight weight,
        StorageCentreTerms terms,
        LastMileOption lastMile,
        TradeParty importer = TradeParty.Seller)
    {
        var actor = carriage.Mode == TransportMode.InternationalExpress ? ChainActor.ExpressCarrier : ChainActor.Forwarder;
        var gateway = PlanBuilder.GatewayNode(request.BuyerAddress);
        var centre = PlanBuilder.StorageCentreNode(terms.StorageCentre);
        plan.Move(LegStage.Inbound, actor, carriage.Mode, gateway, carriage.TransitTime, $"{carriage.CarrierName}: main carriage ({carriage.Mode})", weight.Chargeable)
            .Dwell(LegStage.Inbound, ChainActor.Customs, importer == TradeParty.Seller ? "import customs clearance (the seller is the importer of record)" : "import customs clearance (the platform is the importer of record)", terms.CustomsClearance)
            .Move(LegStage.Inbound, actor, TransportMode.Road, centre, terms.TransferToCentre, "transfer to the storage centre")
            .Dwell(LegStage.Inbound, ChainActor.Platform, "receive into fulfillable stock", terms.Receiving)
            .Dwell(LegStage.Order, ChainActor.Platform, "pick and pack the buyer's order", terms.OrderHandling)
            .LastMile(lastMile);
    }

    /// <summary>The main carriage's freight for one shipment: its rate × the chargeable kilograms (to 6 decimals), exact.</summary>
    internal static Money Freight(MainCarriage carriage, ChargeableWeight weight) =>
        carriage.RatePerChargeableKilogram * decimal.Round((decimal)weight.Chargeable.Kilograms, 6);

    internal static void Costs(
        PlanBuilder plan,
        FulfilmentRequest request,
        MainCarriage carriage,
        ChargeableWeight weight,
        int batchUnits,
        string loadDescription,
        ImportCosts charges,
        StorageCentreTerms terms,
        LastMileOption lastMile,
        (Money PerUnit, string Basis)? fulfilmentFee = null,
        TradeParty payer = TradeParty.Seller)
    {
        var (fee, feeBasis) = fulfilmentFee ?? (terms.FulfilmentFeePerUnit, $"fulfilment fee {terms.FulfilmentFeePerUnit} per unit");
        var kg = decimal.Round((decimal)weight.Chargeable.Kilograms, 6);
        var freight = Freight(carriage, weight);
        plan.Cost(LandedCostKind.Freight, payer, new Money(freight.Amount / batchUnits, freight.Currency), string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1}, chargeable {2} kg ({3}) × {4} = {5} per shipment of {6} units",
            carriage.CarrierName, loadDescription, InvariantText.Number(kg), weight.Rule.Name, carriage.RatePerChargeableKilogram, freight, batchUnits));
        plan.Cost(LandedCostKind.Duty, payer, charges.DutyPerUnit, charges.DutyBasis)
            .Cost(LandedCostKind.ImportTax, payer, charges.VatPerUnit, charges.VatBasis)
            .Cost(LandedCostKind.PlatformFee, payer, fee, feeBasis)
            .Cost(LandedCostKind.Storage, payer, terms.StorageFeePerUnitMonth * terms.AverageMonthsInStorage,
                $"{terms.StorageFeePerUnitMonth} per unit-month × {InvariantText.Number(terms.AverageMonthsInStorage)} months");
        if (!lastMile.PricePerParcel.IsZero)
        {
            plan.Cost(LandedCostKind.LastMile, payer, new Money(lastMile.PricePerParcel.Amount / request.Quantity, lastMile.PricePerParcel.Currency),
                $"{lastMile.CarrierName} ({lastMile.Region}): {lastMile.PricePerParcel} per parcel of {request.Quantity} unit(s)");
        }
    }
}
