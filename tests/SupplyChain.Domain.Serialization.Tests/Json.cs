using System.Text.Json;
using SupplyChain.Domain.Serialization.SystemTextJson;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>The options every test uses: the one public call of the package, on otherwise default options.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForSupplyChainDomain();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static T RoundTrip<T>(T value) => Read<T>(Write(value));
}
