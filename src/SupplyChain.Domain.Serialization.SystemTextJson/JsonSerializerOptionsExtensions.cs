using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>Configures System.Text.Json for the values and events of SupplyChain.Domain, as NodaTime's <c>ConfigureForNodaTime</c> does for NodaTime.</summary>
public static class JsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converters of every stored value and event of SupplyChain.Domain to <paramref name="options"/>, and
    /// configures NodaTime with <see cref="NodaTime.Serialization.SystemTextJson.Extensions.ConfigureForNodaTime(JsonSerializerOptions, IDateTimeZoneProvider)"/>
    /// and the TZDB time-zone provider (<see cref="DateTimeZoneProviders.Tzdb"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Identifiers (<c>Gtin</c>, <c>Gln</c>, <c>Sscc</c>, <c>UnLocode</c>, <c>CountryCode</c>, <c>HsCode</c>, <c>Sku</c>,
    /// <c>OrderId</c>, <c>PartyId</c>, <c>ProductId</c>, <c>ShipmentId</c>, <c>FacilityId</c>), <c>Currency</c> and
    /// <c>Dimensions</c> are JSON strings in their types' own text forms (also as dictionary keys); <c>Money</c> is
    /// <c>{"amount": "12.50", "currency": "USD"}</c>; <c>ExchangeRate</c> is
    /// <c>{"base": "EUR", "quote": "USD", "rate": "1.0811", "date": "2024-03-28", "source": "ECB"}</c>; the UnitsNet quantities <c>Mass</c>, <c>Length</c>, <c>Volume</c>
    /// and <c>Speed</c> are <c>{"value": 1.5, "unit": "kg"}</c>; the purchase-order, shipment and buyer-order events carry a
    /// <c>"type"</c>; the stock movements, the capacity book's <c>CapacityBooked</c>, the shipping values (handling events,
    /// legs, itineraries, route specifications, cartons), addresses, a buyer order's allocation and the sale-to-shelf
    /// loop's held lines are objects of named fields. The
    /// forms do not depend on the other settings of <paramref name="options"/> (naming policy, number handling):
    /// stored data reads back whatever options a later reader uses. docs/persistence.md has the table.
    /// </para>
    /// <para>
    /// Invalid JSON for any of these types throws <see cref="JsonException"/> whose message names the JSON path and the
    /// broken rule; the domain's own <see cref="FormatException"/> or <see cref="ArgumentException"/> is its inner
    /// exception, or the <see cref="DomainRuleException"/> of the business rule the value breaks (an exchange rate of
    /// zero breaks <c>fx.rate-positive</c>). No partly built value is ever returned.
    /// </para>
    /// </remarks>
    /// <param name="options">The options to configure; not yet used for (de)serialization, so still mutable.</param>
    /// <returns><paramref name="options"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> has already been used, and System.Text.Json no longer lets it change.</exception>
    public static JsonSerializerOptions ConfigureForSupplyChainDomain(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        foreach (var converter in Converters.All)
        {
            options.Converters.Add(converter);
        }

        return options;
    }
}
