using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The buyer-order events, polymorphic: an object whose <c>"type"</c> names the kind (e.g. <c>"BuyerOrderAllocated"</c>),
/// then <c>orderId</c>, <c>version</c>, <c>at</c> and the kind's own fields: a placement's <c>buyerAddress</c> (an
/// address), <c>promisedDelivery</c> (an ISO date) and <c>lines</c> (<c>[{"sku": "LAMP-01", "units": 2}]</c>); an
/// allocation's <c>allocation</c> (<see cref="OrderAllocationConverter"/>); a shipped parcel's <c>parcel</c> (its
/// number); a received return's <c>parcel</c>, <c>sku</c>, <c>units</c>, <c>reason</c> and <c>condition</c> (member names of
/// <see cref="ReturnReason"/> and <see cref="ReturnCondition"/>, exact case) and <c>centre</c> (the facility id). Every
/// field of the kind is required and no other is allowed; a placement is version 1.
/// </summary>
internal sealed class BuyerOrderEventConverter : JsonConverterFactory
{
    private const string What = "a buyer order event";

    private static readonly string[] Common = ["type", "orderId", "version", "at"];

    private static readonly FrozenDictionary<string, string[]> KindFields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(BuyerOrderPlaced)] = [.. Common, "buyerAddress", "promisedDelivery", "lines"],
        [nameof(BuyerOrderAllocated)] = [.. Common, "allocation"],
        [nameof(BuyerOrderParcelShipped)] = [.. Common, "parcel"],
        [nameof(BuyerOrderCancelled)] = Common,
        [nameof(BuyerOrderReturnReceived)] = [.. Common, "parcel", "sku", "units", "reason", "condition", "centre"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override bool CanConvert(Type typeToConvert) => typeof(BuyerOrderEvent).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        EventConverter<BuyerOrderEvent, BuyerOrderEvent>.For(typeToConvert, ReadEvent, WriteEvent);

    internal static BuyerOrderEvent ReadEvent(ref Utf8JsonReader reader, Type typeToConvert)
    {
        var kind = JsonRead.Kind(reader, "buyer order", KindFields);
        var known = KindFields[kind];
        var fields = JsonFields.Start(ref reader, known, "a " + kind + " event");
        OrderId? orderId = null;
        int? version = null, parcel = null;
        Instant? at = null;
        Address? address = null;
        LocalDate? promised = null;
        List<SkuQuantity>? lines = null;
        OrderAllocation? allocation = null;
        Sku? sku = null;
        int? units = null;
        ReturnReason? reason = null;
        ReturnCondition? condition = null;
        FacilityId? centre = null;
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "type": break;   // read first, by Kind
                case "orderId": orderId = JsonRead.Field(ref reader, name, static (ref r) => Converters.OrderId.ReadText(ref r)); break;
                case "version": version = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the version")); break;
                case "at": at = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the instant")); break;
                case "buyerAddress": address = JsonRead.Field(ref reader, name, AddressConverter.ReadAddress); break;
                case "promisedDelivery": promised = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.LocalDate(ref r, "the promised delivery date")); break;
                case "lines": lines = JsonRead.Field(ref reader, name, OrderAllocationConverter.ReadContent); break;
                case "allocation": allocation = JsonRead.Field(ref reader, name, OrderAllocationConverter.ReadAllocation); break;
                case "sku": sku = JsonRead.Field(ref reader, name, static (ref r) => Converters.Sku.ReadText(ref r)); break;
                case "units": units = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the units returned")); break;
                case "reason": reason = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<ReturnReason>(ref r, "a return reason")); break;
                case "condition": condition = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<ReturnCondition>(ref r, "a return condition")); break;
                case "centre": centre = JsonRead.Field(ref reader, name, static (ref r) => Converters.FacilityId.ReadText(ref r)); break;
                default: parcel = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the parcel number")); break;
            }
        }

        var (id, v, instant) = (fields.Required(orderId, "orderId"), fields.Required(version, "version"), fields.Required(at, "at"));
        var result = kind switch
        {
            nameof(BuyerOrderPlaced) => Placed(id, v, instant, fields.Required(address, "buyerAddress"), fields.Required(promised, "promisedDelivery"), fields.Required(lines, "lines")),
            nameof(BuyerOrderAllocated) => JsonRead.Create<BuyerOrderEvent>(() => new BuyerOrderAllocated(id, v, instant, fields.Required(allocation, "allocation")), What, known),
            nameof(BuyerOrderParcelShipped) => JsonRead.Create<BuyerOrderEvent>(() => new BuyerOrderParcelShipped(id, v, instant, fields.Required(parcel, "parcel")), What, known),
            nameof(BuyerOrderReturnReceived) => Returned(id, v, instant, fields, parcel, sku, units, reason, condition, centre),
            _ => JsonRead.Create<BuyerOrderEvent>(() => new BuyerOrderCancelled(id, v, instant), What, known),
        };
        return JsonRead.Declared(result, typeToConvert, kind);
    }

    internal static void WriteEvent(Utf8JsonWriter writer, BuyerOrderEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.GetType().Name);
        writer.WriteString("orderId", Converters.OrderId.Text(value.OrderId));
        writer.WriteNumber("version", value.Version);
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(value.At));
        switch (value)
        {
            case BuyerOrderPlaced placed:
                writer.WritePropertyName("buyerAddress");
                AddressConverter.WriteAddress(writer, placed.BuyerAddress);
                writer.WriteString("promisedDelivery", LocalDatePattern.Iso.Format(placed.PromisedDelivery));
                OrderAllocationConverter.WriteContent(writer, "lines", placed.Lines);
                break;
            case BuyerOrderAllocated allocated:
                writer.WritePropertyName("allocation");
                OrderAllocationConverter.WriteAllocation(writer, allocated.Allocation);
                break;
            case BuyerOrderParcelShipped shipped:
                writer.WriteNumber("parcel", shipped.Parcel);
                break;
            case BuyerOrderReturnReceived returned:
                writer.WriteNumber("parcel", returned.Return.Parcel);
                writer.WriteString("sku", Converters.Sku.Text(returned.Return.Units.Sku));
                writer.WriteNumber("units", returned.Return.Units.Units);
                writer.WriteString("reason", returned.Return.Reason.ToString());
                writer.WriteString("condition", returned.Return.Condition.ToString());
                writer.WriteString("centre", Converters.FacilityId.Text(returned.Centre));
                break;
        }

        writer.WriteEndObject();
    }

    private static BuyerOrderPlaced Placed(OrderId id, int version, Instant at, Address address, LocalDate promised, List<SkuQuantity> lines) =>
        version == 1
            ? JsonRead.Create(() => new BuyerOrderPlaced(id, at, address, promised, lines), What, KindFields[nameof(BuyerOrderPlaced)])
            : throw JsonRead.Fail(JsonRead.Format("a BuyerOrderPlaced event is version 1 (the first of its order), but this says {0}", version)).InField("version");

    private static BuyerOrderEvent Returned(
        OrderId id, int version, Instant at, JsonFields fields, int? parcel, Sku? sku, int? units, ReturnReason? reason, ReturnCondition? condition, FacilityId? centre)
    {
        var (p, k, u) = (fields.Required(parcel, "parcel"), fields.Required(sku, "sku"), fields.Required(units, "units"));
        var (r, c, f) = (fields.Required(reason, "reason"), fields.Required(condition, "condition"), fields.Required(centre, "centre"));
        return JsonRead.Create<BuyerOrderEvent>(
            () => new BuyerOrderReturnReceived(id, version, at, new BuyerReturn(p, new SkuQuantity(k, u), r, c), f), What, KindFields[nameof(BuyerOrderReturnReceived)]);
    }
}
