using System.Text.Json.Serialization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Products;
using UnitsNet;
using UnitsNet.Units;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>One instance of every converter of the package (they hold no state per call).</summary>
internal static class Converters
{
    internal static readonly TextConverter<Gtin> Gtin = new("a GTIN", Identifiers.Gtin.Parse, g => g.ToString());
    internal static readonly TextConverter<Gln> Gln = new("a GLN", Identifiers.Gln.Parse, g => g.ToString());
    internal static readonly TextConverter<Sscc> Sscc = new("an SSCC", Identifiers.Sscc.Parse, s => s.ToString());
    internal static readonly TextConverter<UnLocode> UnLocode = new("a UN/LOCODE", Identifiers.UnLocode.Parse, u => u.ToString());
    internal static readonly TextConverter<CountryCode> CountryCode = new("an ISO 3166-1 alpha-2 country code", Identifiers.CountryCode.Parse, c => c.Alpha2);
    internal static readonly TextConverter<HsCode> HsCode = new("an HS code", Identifiers.HsCode.Parse, h => h.ToString());
    internal static readonly TextConverter<Sku> Sku = new("a SKU", Identifiers.Sku.Parse, s => s.Value);
    internal static readonly TextConverter<OrderId> OrderId = new("an order id", Identifiers.OrderId.Parse, o => o.Value);
    internal static readonly TextConverter<PartyId> PartyId = new("a party id", Identifiers.PartyId.Parse, p => p.Value);
    internal static readonly TextConverter<ProductId> ProductId = new("a product id", Identifiers.ProductId.Parse, p => p.Value);
    internal static readonly TextConverter<ShipmentId> ShipmentId = new("a shipment id", Identifiers.ShipmentId.Parse, s => s.Value);
    internal static readonly TextConverter<FacilityId> FacilityId = new("a facility id", Identifiers.FacilityId.Parse, f => f.Value);
    internal static readonly TextConverter<Shipping.VoyageNumber> VoyageNumber = new("a voyage number", Shipping.VoyageNumber.Parse, v => v.Value);
    internal static readonly TextConverter<Currency> Currency = new("an ISO 4217 currency code", Monetary.Currency.Parse, c => c.Code);
    internal static readonly TextConverter<Dimensions> Dimensions = new("a box (longest × median × shortest mm)", Products.Dimensions.Parse, d => d.ToString());

    internal static readonly QuantityConverter<Mass, MassUnit> Mass = new("a mass", (v, u) => new Mass(v, u));

    /// <summary>Every converter, in the order <see cref="JsonSerializerOptionsExtensions.ConfigureForSupplyChainDomain"/> adds them.</summary>
    internal static IReadOnlyList<JsonConverter> All { get; } =
    [
        Gtin, Gln, Sscc, UnLocode, CountryCode, HsCode, Sku, OrderId, PartyId, ProductId, ShipmentId, FacilityId, VoyageNumber, Currency, Dimensions,
        new MoneyConverter(),
        new ExchangeRateConverter(),
        Mass,
        new QuantityConverter<Length, LengthUnit>("a length", (v, u) => new Length(v, u)),
        new QuantityConverter<Volume, VolumeUnit>("a volume", (v, u) => new Volume(v, u)),
        new QuantityConverter<Speed, SpeedUnit>("a speed", (v, u) => new Speed(v, u)),
        new PurchaseOrderEventConverter(),
        new PurchaseOrderLineConverter(),
        new LineResponseConverter(),
        new DespatchLineConverter(),
        new ReceiptLineConverter(),
        new StockMovementConverter(),
        new ShipmentEventConverter(),
        new HandlingEventConverter(),
        new TransitTimeDistributionConverter(),
        new LegConverter(),
        new ItineraryConverter(),
        new RouteSpecificationConverter(),
        new ShipmentLineConverter(),
        new PackedCartonConverter(),
        new CapacityBookingConverter(),
        new CapacityBookedConverter(),
        new BuyerOrderEventConverter(),
        new OrderAllocationConverter(),
        new AddressConverter(),
        new HeldLineConverter(),
    ];
}
