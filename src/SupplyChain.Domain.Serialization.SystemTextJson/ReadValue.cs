using System.Text.Json;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>Reads one JSON value from the reader's current token; a broken value throws <see cref="InvalidDomainJsonException"/>.</summary>
internal delegate T ReadValue<out T>(ref Utf8JsonReader reader);
