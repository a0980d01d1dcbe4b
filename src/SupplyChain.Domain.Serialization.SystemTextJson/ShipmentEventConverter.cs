using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The shipment events, polymorphic: an object whose <c>"type"</c> names the kind (the record's name, e.g.
/// <c>"ShipmentRouted"</c>), then <c>shipmentId</c>, <c>version</c> and the kind's own fields. The type may stand
/// anywhere in the object; every field of the kind is required (but a partial booking's <c>itinerary</c>, <c>null</c> or
/// left out when the shipment was not routed) and no other is allowed.
/// </summary>
/// <remarks>
/// Serves <see cref="ShipmentEvent"/> and each of its seven records, so that a list of events, a single event and an
/// event typed as its record all have the one form. A booking (<see cref="ShipmentBooked"/>,
/// <see cref="PartialShipmentBooked"/>) is version 1 by definition, so its <c>version</c> must be 1.
/// </remarks>
internal sealed class ShipmentEventConverter : JsonConverterFactory
{
    private const string What = "a shipment event";

    private static readonly string[] Common = ["type", "shipmentId", "version"];

    private static readonly FrozenDictionary<string, string[]> KindFields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(ShipmentBooked)] = [.. Common, "shipper", "consignee", "routeSpecification", "cartons"],
        [nameof(PartialShipmentBooked)] = [.. Common, "splitFrom", "shipper", "consignee", "routeSpecification", "itinerary", "cartons"],
        [nameof(ShipmentHandled)] = [.. Common, "handlingEvent"],
        [nameof(ShipmentRouted)] = [.. Common, "itinerary"],
        [nameof(ShipmentRouteSpecified)] = [.. Common, "routeSpecification"],
        [nameof(ShipmentGoodsReceived)] = [.. Common, "product", "intactQuantity", "damagedQuantity"],
        [nameof(ShipmentSplitOff)] = [.. Common, "partialId", "cartons"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override bool CanConvert(Type typeToConvert) => typeof(ShipmentEvent).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        EventConverter<ShipmentEvent, ShipmentEvent>.For(typeToConvert, ReadEvent, WriteEvent);

    internal static ShipmentEvent ReadEvent(ref Utf8JsonReader reader, Type typeToConvert)
    {
        var kind = JsonRead.Kind(reader, "shipment", KindFields);
        var known = KindFields[kind];
        var fields = JsonFields.Start(ref reader, known, "a " + kind + " event");
        ShipmentId? id = null, splitFrom = null, partialId = null;
        int? version = null, intact = null, damaged = null;
        PartyId? shipper = null, consignee = null;
        RouteSpecification? route = null;
        Itinerary? itinerary = null;
        List<PackedCarton>? cartons = null;
        HandlingEvent? handling = null;
        ProductId? product = null;
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "type": break;   // read first, by Kind
                case "shipmentId": id = JsonRead.Field(ref reader, name, static (ref r) => Converters.ShipmentId.ReadText(ref r)); break;
                case "splitFrom": splitFrom = JsonRead.Field(ref reader, name, static (ref r) => Converters.ShipmentId.ReadText(ref r)); break;
                case "partialId": partialId = JsonRead.Field(ref reader, name, static (ref r) => Converters.ShipmentId.ReadText(ref r)); break;
                case "version": version = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the version")); break;
                case "intactQuantity": intact = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "a count")); break;
                case "damagedQuantity": damaged = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "a count")); break;
                case "shipper": shipper = JsonRead.Field(ref reader, name, static (ref r) => Converters.PartyId.ReadText(ref r)); break;
                case "consignee": consignee = JsonRead.Field(ref reader, name, static (ref r) => Converters.PartyId.ReadText(ref r)); break;
                case "routeSpecification": route = JsonRead.Field(ref reader, name, RouteSpecificationConverter.ReadSpecification); break;
                case "itinerary": itinerary = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Optional(ref r, ItineraryConverter.ReadItinerary)); break;
                case "cartons": cartons = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Array(ref r, "packed cartons", PackedCartonConverter.ReadCarton)); break;
                case "handlingEvent": handling = JsonRead.Field(ref reader, name, HandlingEventConverter.ReadEvent); break;
                default: product = JsonRead.Field(ref reader, name, static (ref r) => Converters.ProductId.ReadText(ref r)); break;
            }
        }

        var (s, v) = (fields.Required(id, "shipmentId"), fields.Required(version, "version"));
        if (v != 1 && kind is nameof(ShipmentBooked) or nameof(PartialShipmentBooked))
        {
            throw JsonRead.Fail(JsonRead.Format("a {0} event is version 1 (the first of its shipment), but this says {1}", kind, v)).InField("version");
        }

        var result = kind switch
        {
            nameof(ShipmentBooked) => Create(() => new ShipmentBooked(
                s, fields.Required(shipper, "shipper"), fields.Required(consignee, "consignee"), fields.Required(route, "routeSpecification"), fields.Required(cartons, "cartons")), known),
            nameof(PartialShipmentBooked) => Create(() => new PartialShipmentBooked(
                s, fields.Required(splitFrom, "splitFrom"), fields.Required(shipper, "shipper"), fields.Required(consignee, "consignee"),
                fields.Required(route, "routeSpecification"), itinerary, fields.Required(cartons, "cartons")), known),
            nameof(ShipmentHandled) => Create(() => new ShipmentHandled(s, v, fields.Required(handling, "handlingEvent")), known),
            nameof(ShipmentRouted) => Create(() => new ShipmentRouted(s, v, fields.Required(itinerary, "itinerary")), known),
            nameof(ShipmentRouteSpecified) => Create(() => new ShipmentRouteSpecified(s, v, fields.Required(route, "routeSpecification")), known),
            nameof(ShipmentGoodsReceived) => Create(() => new ShipmentGoodsReceived(
                s, v, fields.Required(product, "product"), fields.Required(intact, "intactQuantity"), fields.Required(damaged, "damagedQuantity")), known),
            _ => Create(() => new ShipmentSplitOff(s, v, fields.Required(partialId, "partialId"), fields.Required(cartons, "cartons")), known),
        };
        return JsonRead.Declared(result, typeToConvert, kind);
    }

    internal static void WriteEvent(Utf8JsonWriter writer, ShipmentEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.GetType().Name);
        writer.WriteString("shipmentId", Converters.ShipmentId.Text(value.ShipmentId));
        writer.WriteNumber("version", value.Version);
        switch (value)
        {
            case ShipmentBooked booked:
                WriteParties(writer, booked.Shipper, booked.Consignee, booked.RouteSpecification);
                PackedCartonConverter.WriteCartons(writer, booked.Cartons);
                break;
            case PartialShipmentBooked partial:
                writer.WriteString("splitFrom", Converters.ShipmentId.Text(partial.SplitFrom));
                WriteParties(writer, partial.Shipper, partial.Consignee, partial.RouteSpecification);
                writer.WritePropertyName("itinerary");
                WriteItinerary(writer, partial.Itinerary);
                PackedCartonConverter.WriteCartons(writer, partial.Cartons);
                break;
            case ShipmentHandled handled:
                writer.WritePropertyName("handlingEvent");
                HandlingEventConverter.WriteEvent(writer, handled.HandlingEvent);
                break;
            case ShipmentRouted routed:
                writer.WritePropertyName("itinerary");
                ItineraryConverter.WriteItinerary(writer, routed.Itinerary);
                break;
            case ShipmentRouteSpecified specified:
                writer.WritePropertyName("routeSpecification");
                RouteSpecificationConverter.WriteSpecification(writer, specified.RouteSpecification);
                break;
            case ShipmentGoodsReceived received:
                writer.WriteString("product", Converters.ProductId.Text(received.Product));
                writer.WriteNumber("intactQuantity", received.IntactQuantity);
                writer.WriteNumber("damagedQuantity", received.DamagedQuantity);
                break;
            case ShipmentSplitOff split:
                writer.WriteString("partialId", Converters.ShipmentId.Text(split.PartialId));
                PackedCartonConverter.WriteCartons(writer, split.Cartons);
                break;
        }

        writer.WriteEndObject();
    }

    private static ShipmentEvent Create(Func<ShipmentEvent> create, string[] known) => JsonRead.Create(create, What, known);

    private static void WriteParties(Utf8JsonWriter writer, PartyId shipper, PartyId consignee, RouteSpecification route)
    {
        writer.WriteString("shipper", Converters.PartyId.Text(shipper));
        writer.WriteString("consignee", Converters.PartyId.Text(consignee));
        writer.WritePropertyName("routeSpecification");
        RouteSpecificationConverter.WriteSpecification(writer, route);
    }

    private static void WriteItinerary(Utf8JsonWriter writer, Itinerary? itinerary)
    {
        if (itinerary is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            ItineraryConverter.WriteItinerary(writer, itinerary);
        }
    }
}
