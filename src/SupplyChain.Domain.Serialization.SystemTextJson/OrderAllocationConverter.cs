using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// A buyer order's <see cref="OrderAllocation"/> as
/// <c>{"reason": "SingleLocation", "lines": [...], "parcels": [...], "locations": [...], "splitCost": {"amount": "0.00", "currency": "USD"}}</c>:
/// a line is <c>{"location": "LAX9", "sku": "LAMP-01", "product": "P-LAMP", "units": 2}</c>; a parcel is
/// <c>{"number": 1, "location": "LAX9", "fulfilmentMode": "Platform warehouse", "lines": [{"sku": "LAMP-01", "units": 2}],
/// "box": "300×200×100 mm", "weight": {"value": 2400, "unit": "g"}, "chargeableWeightRule": "express-5000-cm3-per-kg"}</c>
/// (the chargeable weight is the built-in rule's for the box and weight, so only the rule's name is stored); a location is
/// <c>{"location": "LAX9", "promiseDate": "2026-03-05", "unitsAvailable": 3, "unitsTaken": 3, "verdict": "Chosen"}</c>
/// (the promise date <c>null</c> when the location cannot deliver). Every field is required.
/// </summary>
internal sealed class OrderAllocationConverter : JsonConverter<OrderAllocation>
{
    private const string What = "an order allocation";
    private static readonly string[] Fields = ["reason", "lines", "parcels", "locations", "splitCost"];
    private static readonly string[] LineFields = ["location", "sku", "product", "units"];
    private static readonly string[] ParcelFields = ["number", "location", "fulfilmentMode", "lines", "box", "weight", "chargeableWeightRule"];
    private static readonly string[] ContentFields = ["sku", "units"];
    private static readonly string[] LocationFields = ["location", "promiseDate", "unitsAvailable", "unitsTaken", "verdict"];

    public override OrderAllocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAllocation(ref reader);

    public override void Write(Utf8JsonWriter writer, OrderAllocation value, JsonSerializerOptions options) => WriteAllocation(writer, value);

    internal static OrderAllocation ReadAllocation(ref Utf8JsonReader reader)
    {
        AllocationReason? reason = null;
        List<AllocationLine>? lines = null;
        List<OrderParcel>? parcels = null;
        List<LocationAssessment>? locations = null;
        Money? splitCost = null;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "reason": reason = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<AllocationReason>(ref r, "an allocation reason")); break;
                case "lines": lines = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Array(ref r, "allocation lines", ReadLine)); break;
                case "parcels": parcels = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Array(ref r, "parcels", ReadParcel)); break;
                case "locations": locations = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Array(ref r, "location assessments", ReadLocation)); break;
                default: splitCost = JsonRead.Field(ref reader, name, MoneyConverter.ReadMoney); break;
            }
        }

        var (why, l, p, a, cost) = (fields.Required(reason, "reason"), fields.Required(lines, "lines"), fields.Required(parcels, "parcels"),
            fields.Required(locations, "locations"), fields.Required(splitCost, "splitCost"));
        return JsonRead.Create(() => new OrderAllocation(why, l, p, a, cost), What, Fields);
    }

    internal static void WriteAllocation(Utf8JsonWriter writer, OrderAllocation value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("reason", value.Reason.ToString());
        writer.WriteStartArray("lines");
        foreach (var line in value.Lines)
        {
            writer.WriteStartObject();
            writer.WriteString("location", Converters.FacilityId.Text(line.Location));
            writer.WriteString("sku", Converters.Sku.Text(line.Sku));
            writer.WriteString("product", Converters.ProductId.Text(line.Product));
            writer.WriteNumber("units", line.Units);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("parcels");
        foreach (var parcel in value.Parcels)
        {
            WriteParcel(writer, parcel);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("locations");
        foreach (var location in value.Locations)
        {
            writer.WriteStartObject();
            writer.WriteString("location", Converters.FacilityId.Text(location.Location));
            if (location.PromiseDate is { } date)
            {
                writer.WriteString("promiseDate", LocalDatePattern.Iso.Format(date));
            }
            else
            {
                writer.WriteNull("promiseDate");
            }

            writer.WriteNumber("unitsAvailable", location.UnitsAvailable);
            writer.WriteNumber("unitsTaken", location.UnitsTaken);
            writer.WriteString("verdict", location.Verdict.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("splitCost");
        MoneyConverter.WriteMoney(writer, value.SplitCost);
        writer.WriteEndObject();
    }

    /// <summary>The lines of a buyer order or a parcel, each <c>{"sku": "LAMP-01", "units": 2}</c>.</summary>
    internal static List<SkuQuantity> ReadContent(ref Utf8JsonReader reader) => JsonRead.Array(ref reader, "SKU quantities", static (ref r) =>
    {
        Sku? sku = null;
        int? units = null;
        var fields = JsonFields.Start(ref r, ContentFields, "a SKU quantity");
        while (fields.Next(ref r, out var name))
        {
            if (name == "sku")
            {
                sku = JsonRead.Field(ref r, name, static (ref s) => Converters.Sku.ReadText(ref s));
            }
            else
            {
                units = JsonRead.Field(ref r, name, static (ref s) => JsonRead.Int32(ref s, "the units"));
            }
        }

        var (k, u) = (fields.Required(sku, "sku"), fields.Required(units, "units"));
        return JsonRead.Create(() => new SkuQuantity(k, u), "a SKU quantity", ContentFields);
    });

    /// <summary>Writes the lines of a buyer order or a parcel as the field <paramref name="name"/>.</summary>
    internal static void WriteContent(Utf8JsonWriter writer, string name, IEnumerable<SkuQuantity> lines)
    {
        writer.WriteStartArray(name);
        foreach (var line in lines)
        {
            writer.WriteStartObject();
            writer.WriteString("sku", Converters.Sku.Text(line.Sku));
            writer.WriteNumber("units", line.Units);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static AllocationLine ReadLine(ref Utf8JsonReader reader)
    {
        FacilityId? location = null;
        Sku? sku = null;
        ProductId? product = null;
        int? units = null;
        var fields = JsonFields.Start(ref reader, LineFields, "an allocation line");
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "location": location = JsonRead.Field(ref reader, name, static (ref r) => Converters.FacilityId.ReadText(ref r)); break;
                case "sku": sku = JsonRead.Field(ref reader, name, static (ref r) => Converters.Sku.ReadText(ref r)); break;
                case "product": product = JsonRead.Field(ref reader, name, static (ref r) => Converters.ProductId.ReadText(ref r)); break;
                default: units = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the units")); break;
            }
        }

        var (l, k, p, u) = (fields.Required(location, "location"), fields.Required(sku, "sku"), fields.Required(product, "product"), fields.Required(units, "units"));
        return JsonRead.Create(() => new AllocationLine(l, k, p, u), "an allocation line", LineFields);
    }

    private static OrderParcel ReadParcel(ref Utf8JsonReader reader)
    {
        int? number = null;
        FacilityId? location = null;
        string? mode = null, ruleName = null;
        List<SkuQuantity>? lines = null;
        Dimensions? box = null;
        Mass? weight = null;
        var fields = JsonFields.Start(ref reader, ParcelFields, "a parcel");
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "number": number = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the parcel number")); break;
                case "location": location = JsonRead.Field(ref reader, name, static (ref r) => Converters.FacilityId.ReadText(ref r)); break;
                case "fulfilmentMode": mode = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.String(ref r, "the fulfilment mode")); break;
                case "lines": lines = JsonRead.Field(ref reader, name, ReadContent); break;
                case "box": box = JsonRead.Field(ref reader, name, static (ref r) => Converters.Dimensions.ReadText(ref r)); break;
                case "weight": weight = JsonRead.Field(ref reader, name, static (ref r) => Converters.Mass.Read(ref r, typeof(Mass), JsonSerializerOptions.Default)); break;
                default: ruleName = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.String(ref r, "the chargeable-weight rule")); break;
            }
        }

        var (n, l, m, c, b, w, ruleText) = (fields.Required(number, "number"), fields.Required(location, "location"), fields.Required(mode, "fulfilmentMode"),
            fields.Required(lines, "lines"), fields.Required(box, "box"), fields.Required(weight, "weight"), fields.Required(ruleName, "chargeableWeightRule"));
        var rule = ChargeableWeightRules.TryGet(ruleText, out var found)
            ? found
            : throw JsonRead.Fail(JsonRead.Format("'{0}' is not a built-in chargeable-weight rule (one of {1})",
                JsonRead.Shorten(ruleText), string.Join(", ", ChargeableWeightRules.All.Select(r => r.Name)))).InField("chargeableWeightRule");
        return JsonRead.Create(() => new OrderParcel(n, l, m, c, b, w, rule), "a parcel", ParcelFields);
    }

    private static void WriteParcel(Utf8JsonWriter writer, OrderParcel parcel)
    {
        var rule = parcel.Chargeable.Rule;
        if (!ChargeableWeightRules.TryGet(rule.Name, out var builtIn) || !ReferenceEquals(builtIn, rule))
        {
            throw JsonRead.Fail(JsonRead.Format(
                "parcel {0} is charged by the rule '{1}', which is not a built-in chargeable-weight rule; a stored parcel names its rule, so only the built-ins ({2}) can be stored",
                parcel.Number, JsonRead.Shorten(rule.Name), string.Join(", ", ChargeableWeightRules.All.Select(r => r.Name))));
        }

        writer.WriteStartObject();
        writer.WriteNumber("number", parcel.Number);
        writer.WriteString("location", Converters.FacilityId.Text(parcel.Location));
        writer.WriteString("fulfilmentMode", JsonRead.WellFormed(parcel.FulfilmentMode, "the fulfilment mode"));
        WriteContent(writer, "lines", parcel.Lines);
        writer.WriteString("box", Converters.Dimensions.Text(parcel.Box));
        writer.WritePropertyName("weight");
        Converters.Mass.Write(writer, parcel.Weight, JsonSerializerOptions.Default);
        writer.WriteString("chargeableWeightRule", rule.Name);
        writer.WriteEndObject();
    }

    private static LocationAssessment ReadLocation(ref Utf8JsonReader reader)
    {
        FacilityId? location = null;
        LocalDate? promise = null;
        var promiseGiven = false;
        int? available = null, taken = null;
        LocationVerdict? verdict = null;
        var fields = JsonFields.Start(ref reader, LocationFields, "a location assessment");
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "location": location = JsonRead.Field(ref reader, name, static (ref r) => Converters.FacilityId.ReadText(ref r)); break;
                case "promiseDate":
                    promiseGiven = true;
                    promise = JsonRead.Field(ref reader, name, static (ref r) => r.TokenType == JsonTokenType.Null ? (LocalDate?)null : JsonRead.LocalDate(ref r, "the promise date"));
                    break;
                case "unitsAvailable": available = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the units available")); break;
                case "unitsTaken": taken = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "the units taken")); break;
                default: verdict = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<LocationVerdict>(ref r, "a location verdict")); break;
            }
        }

        var (l, a, t, v) = (fields.Required(location, "location"), fields.Required(available, "unitsAvailable"), fields.Required(taken, "unitsTaken"), fields.Required(verdict, "verdict"));
        _ = fields.Required(promiseGiven ? (bool?)true : null, "promiseDate");
        return JsonRead.Create(() => new LocationAssessment(l, promise, a, t, v), "a location assessment", LocationFields);
    }
}
