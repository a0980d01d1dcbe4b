using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>The one form of <see cref="PurchaseOrderEventConverter"/> for a declared type: the base record or one of its kinds.</summary>
/// <typeparam name="TEvent"><see cref="PurchaseOrderEvent"/> or one of its seven records.</typeparam>
internal sealed class PurchaseOrderEventConverter<TEvent> : JsonConverter<TEvent>
    where TEvent : PurchaseOrderEvent
{
    public override TEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (TEvent)PurchaseOrderEventConverter.ReadEvent(ref reader, typeToConvert);

    public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options) =>
        PurchaseOrderEventConverter.WriteEvent(writer, value);
}
