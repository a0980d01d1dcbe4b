using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The purchase-order events, polymorphic: an object whose <c>"type"</c> names the kind (the record's name, e.g.
/// <c>"PurchaseOrderDespatched"</c>), then <c>orderId</c>, <c>version</c>, <c>at</c> and the kind's own fields. The
/// type may stand anywhere in the object; every field of the kind is required and no other is allowed.
/// </summary>
/// <remarks>
/// Serves <see cref="PurchaseOrderEvent"/> and each of its seven records, so that a list of events, a single event
/// and an event typed as its record all have the one form. A <see cref="PurchaseOrderDrafted"/> is version 1 by
/// definition, so its <c>version</c> must be 1.
/// </remarks>
internal sealed class PurchaseOrderEventConverter : JsonConverterFactory
{
    private const string What = "a purchase order event";

    private static readonly string[] Common = ["type", "orderId", "version", "at"];

    private static readonly FrozenDictionary<string, string[]> KindFields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(PurchaseOrderDrafted)] = [.. Common, "buyer", "supplier", "lines", "overDeliveryTolerancePercent"],
        [nameof(PurchaseOrderIssued)] = Common,
        [nameof(PurchaseOrderResponded)] = [.. Common, "lines"],
        [nameof(PurchaseOrderDespatched)] = [.. Common, "lines"],
        [nameof(PurchaseOrderReceived)] = [.. Common, "lines"],
        [nameof(PurchaseOrderCancelled)] = Common,
        [nameof(PurchaseOrderClosed)] = [.. Common, "shortClosed"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override bool CanConvert(Type typeToConvert) => typeof(PurchaseOrderEvent).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        EventConverter<PurchaseOrderEvent, PurchaseOrderEvent>.For(typeToConvert, ReadEvent, WriteEvent);

    internal static PurchaseOrderEvent ReadEvent(ref Utf8JsonReader reader, Type typeToConvert)
    {
        var kind = JsonRead.Kind(reader, "purchase order", KindFields);
        var fields = JsonFields.Start(ref reader, KindFields[kind], "a " + kind + " event");
        OrderId? orderId = null;
        int? version = null;
        Instant? at = null;
        PartyId? buyer = null, supplier = null;
        decimal? tolerance = null;
        bool? shortClosed = null;
        System.Collections.IList? lines = null;
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "type": break;   // read first, by Kind
                case "orderId": orderId = JsonRead.Field(ref reader, name, static (ref r) => Converters.OrderId.ReadText(ref r)); break;
                case "version": version = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the version")); break;
                case "at": at = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the instant")); break;
                case "buyer": buyer = JsonRead.Field(ref reader, name, static (ref r) => Converters.PartyId.ReadText(ref r)); break;
                case "supplier": supplier = JsonRead.Field(ref reader, name, static (ref r) => Converters.PartyId.ReadText(ref r)); break;
                case "overDeliveryTolerancePercent": tolerance = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Decimal(ref r, "the tolerance")); break;
                case "shortClosed": shortClosed = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Boolean(ref r, "whether the close was short")); break;
                default: lines = ReadLines(ref reader, kind); break;
            }
        }

        var (id, v, instant) = (fields.Required(orderId, "orderId"), fields.Required(version, "version"), fields.Required(at, "at"));
        var known = KindFields[kind];
        var result = kind switch
        {
            nameof(PurchaseOrderDrafted) => Drafted(id, v, instant, fields.Required(buyer, "buyer"), fields.Required(supplier, "supplier"),
                (List<PurchaseOrderLine>)fields.Required(lines, "lines"), fields.Required(tolerance, "overDeliveryTolerancePercent")),
            nameof(PurchaseOrderIssued) => JsonRead.Create<PurchaseOrderEvent>(() => new PurchaseOrderIssued(id, v, instant), What, known),
            nameof(PurchaseOrderResponded) => JsonRead.Create<PurchaseOrderEvent>(() => new PurchaseOrderResponded(id, v, instant, (List<LineResponse>)fields.Required(lines, "lines")), What, known),
            nameof(PurchaseOrderDespatched) => JsonRead.Create<PurchaseOrderEvent>(() => new PurchaseOrderDespatched(id, v, instant, (List<DespatchLine>)fields.Required(lines, "lines")), What, known),
            nameof(PurchaseOrderReceived) => JsonRead.Create<PurchaseOrderEvent>(() => new PurchaseOrderReceived(id, v, instant, (List<ReceiptLine>)fields.Required(lines, "lines")), What, known),
            nameof(PurchaseOrderCancelled) => JsonRead.Create<PurchaseOrderEvent>(() => new PurchaseOrderCancelled(id, v, instant), What, known),
            _ => JsonRead.Create<PurchaseOrderEvent>(() => new PurchaseOrderClosed(id, v, instant, fields.Required(shortClosed, "shortClosed")), What, known),
        };
        return JsonRead.Declared(result, typeToConvert, kind);
    }

    internal static void WriteEvent(Utf8JsonWriter writer, PurchaseOrderEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.GetType().Name);
        writer.WriteString("orderId", Converters.OrderId.Text(value.OrderId));
        writer.WriteNumber("version", value.Version);
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(value.At));
        switch (value)
        {
            case PurchaseOrderDrafted drafted:
                writer.WriteString("buyer", Converters.PartyId.Text(drafted.Buyer));
                writer.WriteString("supplier", Converters.PartyId.Text(drafted.Supplier));
                writer.WriteString("overDeliveryTolerancePercent", drafted.OverDeliveryTolerancePercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
                WriteLines(writer, drafted.Lines, PurchaseOrderLineConverter.WriteLine);
                break;
            case PurchaseOrderResponded responded:
                WriteLines(writer, responded.Lines, LineResponseConverter.WriteResponse);
                break;
            case PurchaseOrderDespatched despatched:
                WriteLines(writer, despatched.Lines, DespatchLineConverter.WriteLine);
                break;
            case PurchaseOrderReceived received:
                WriteLines(writer, received.Lines, ReceiptLineConverter.WriteLine);
                break;
            case PurchaseOrderClosed closed:
                writer.WriteBoolean("shortClosed", closed.ShortClosed);
                break;
        }

        writer.WriteEndObject();
    }

    private static System.Collections.IList ReadLines(ref Utf8JsonReader reader, string kind)
    {
        try
        {
            return kind switch
            {
                nameof(PurchaseOrderDrafted) => JsonRead.Array(ref reader, "purchase order lines", PurchaseOrderLineConverter.ReadLine),
                nameof(PurchaseOrderResponded) => JsonRead.Array(ref reader, "line responses", LineResponseConverter.ReadResponse),
                nameof(PurchaseOrderDespatched) => JsonRead.Array(ref reader, "despatch lines", DespatchLineConverter.ReadLine),
                _ => JsonRead.Array(ref reader, "receipt lines", ReceiptLineConverter.ReadLine),
            };
        }
        catch (InvalidDomainJsonException e)
        {
            throw e.InField("lines");
        }
    }

    private static PurchaseOrderDrafted Drafted(OrderId id, int version, Instant at, PartyId buyer, PartyId supplier, List<PurchaseOrderLine> lines, decimal tolerance) =>
        version == 1
            ? JsonRead.Create(() => new PurchaseOrderDrafted(id, at, buyer, supplier, lines, tolerance), What, KindFields[nameof(PurchaseOrderDrafted)])
            : throw JsonRead.Fail(JsonRead.Format("a PurchaseOrderDrafted event is version 1 (the first of its order), but this says {0}", version)).InField("version");

    private static void WriteLines<T>(Utf8JsonWriter writer, IReadOnlyList<T> lines, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray("lines");
        foreach (var line in lines)
        {
            write(writer, line);
        }

        writer.WriteEndArray();
    }
}
