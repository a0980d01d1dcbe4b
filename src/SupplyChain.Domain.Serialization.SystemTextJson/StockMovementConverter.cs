using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// <see cref="StockMovement"/>, the stock ledger's event, as
/// <c>{"kind": "Receipt", "quantity": 96, "from": "InboundReceiving", "to": "Fulfillable", "reason": null, "at": "2026-03-23T09:00:00Z"}</c>:
/// the member names of <see cref="StockMovementKind"/>, <see cref="StockBucket"/> and <see cref="AdjustmentReason"/>
/// (exact case; numbers are refused), <c>null</c> for "outside" and for no reason. On read the movement is made by the
/// kind's own factory, so a movement the domain could not have made (a receipt from the wrong bucket, an adjustment
/// without a reason) is refused; <c>from</c>, <c>to</c> and <c>reason</c> may be left out where the kind fixes them.
/// </summary>
internal sealed class StockMovementConverter : JsonConverter<StockMovement>
{
    private const string What = "a stock movement";
    private static readonly string[] Fields = ["kind", "quantity", "from", "to", "reason", "at"];

    public override StockMovement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        StockMovementKind? kind = null;
        int? quantity = null;
        Instant? at = null;
        (bool Given, StockBucket? Value) from = default, to = default;
        (bool Given, AdjustmentReason? Value) reason = default;
        var fields = JsonFields.Start(ref reader, Fields, What);
        while (fields.Next(ref reader, out var name))
        {
            switch (name)
            {
                case "kind": kind = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Member<StockMovementKind>(ref r, "a stock movement kind")); break;
                case "quantity": quantity = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Int32(ref r, "a count")); break;
                case "from": from = (true, JsonRead.Field(ref reader, name, static (ref r) => JsonRead.OptionalMember<StockBucket>(ref r, "a stock bucket"))); break;
                case "to": to = (true, JsonRead.Field(ref reader, name, static (ref r) => JsonRead.OptionalMember<StockBucket>(ref r, "a stock bucket"))); break;
                case "reason": reason = (true, JsonRead.Field(ref reader, name, static (ref r) => JsonRead.OptionalMember<AdjustmentReason>(ref r, "an adjustment reason"))); break;
                default: at = JsonRead.Field(ref reader, name, static (ref r) => JsonRead.Instant(ref r, "the instant")); break;
            }
        }

        var (k, q, t) = (fields.Required(kind, "kind"), fields.Required(quantity, "quantity"), fields.Required(at, "at"));
        if (k == StockMovementKind.Adjustment && reason.Value is null)
        {
            throw JsonRead.Fail("an adjustment needs a reason (one of " + string.Join(", ", Enum.GetNames<AdjustmentReason>()) + ")");
        }

        var movement = JsonRead.Create(() => k switch
        {
            StockMovementKind.InboundPlanned => StockMovement.InboundPlanned(q, t),
            StockMovementKind.InboundShipped => StockMovement.InboundShipped(q, t),
            StockMovementKind.InboundArrived => StockMovement.InboundArrived(q, t),
            StockMovementKind.Receipt => StockMovement.Receipt(q, t, to.Value ?? StockBucket.Fulfillable),
            StockMovementKind.Shipment => StockMovement.Shipment(q, t, from.Value ?? StockBucket.Reserved),
            StockMovementKind.TransferOut => StockMovement.TransferOut(q, t),
            StockMovementKind.TransferIn => StockMovement.TransferIn(q, t),
            StockMovementKind.Reservation => StockMovement.Reservation(q, t),
            StockMovementKind.Release => StockMovement.Release(q, t),
            StockMovementKind.BackorderOpened => StockMovement.BackorderOpened(q, t),
            StockMovementKind.BackorderClosed => StockMovement.BackorderClosed(q, t),
            StockMovementKind.CustomerReturn => StockMovement.CustomerReturn(q, t, to.Value ?? StockBucket.Fulfillable),
            _ => StockMovement.Adjustment(reason.Value!.Value, q, from.Value, to.Value, t),
        }, What, Fields);

        // A bucket or reason given must be the one the kind's factory made: the JSON may not claim another movement.
        if ((from.Given && from.Value != movement.From) || (to.Given && to.Value != movement.To) || (reason.Given && reason.Value != movement.Reason))
        {
            throw JsonRead.Fail(JsonRead.Format(
                "a {0} moves from {1} to {2} with reason {3}, but the JSON says from {4} to {5} with reason {6}",
                movement.Kind, Text(movement.From), Text(movement.To), Text(movement.Reason),
                from.Given ? Text(from.Value) : "(absent)", to.Given ? Text(to.Value) : "(absent)", reason.Given ? Text(reason.Value) : "(absent)"));
        }

        return movement;
    }

    public override void Write(Utf8JsonWriter writer, StockMovement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteNumber("quantity", value.Quantity);
        WriteOptional(writer, "from", value.From);
        WriteOptional(writer, "to", value.To);
        WriteOptional(writer, "reason", value.Reason);
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(value.At));
        writer.WriteEndObject();
    }

    private static void WriteOptional<T>(Utf8JsonWriter writer, string name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            writer.WriteString(name, v.ToString());
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Text<T>(T? value)
        where T : struct, Enum => value?.ToString() ?? "null";
}
