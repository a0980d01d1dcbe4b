using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The one form of a polymorphic event family (<see cref="PurchaseOrderEventConverter"/>, <see cref="ShipmentEventConverter"/>)
/// for a declared type: the base record or one of its kinds.
/// </summary>
/// <typeparam name="TBase">The family's base record.</typeparam>
/// <typeparam name="TEvent"><typeparamref name="TBase"/> or one of its records.</typeparam>
internal sealed class EventConverter<TBase, TEvent>(EventReader<TBase> read, Action<Utf8JsonWriter, TBase> write) : JsonConverter<TEvent>
    where TEvent : TBase
{
    public override TEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => (TEvent)read(ref reader, typeToConvert)!;

    public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options) => write(writer, value);

    /// <summary>The converter of <paramref name="typeToConvert"/>, a <typeparamref name="TBase"/>.</summary>
    internal static JsonConverter For(Type typeToConvert, EventReader<TBase> read, Action<Utf8JsonWriter, TBase> write) =>
        (JsonConverter)Activator.CreateInstance(typeof(EventConverter<,>).MakeGenericType(typeof(TBase), typeToConvert), read, write)!;
}
