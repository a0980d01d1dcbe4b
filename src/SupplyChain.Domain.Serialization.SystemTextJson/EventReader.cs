using System.Text.Json;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>Reads one event of a polymorphic family, refusing a kind that is not a <paramref name="typeToConvert"/>.</summary>
internal delegate T EventReader<out T>(ref Utf8JsonReader reader, Type typeToConvert);
