using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Tests;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Stored JSON that was damaged (a character changed, the text cut short) either still reads as a valid value or throws
/// <see cref="JsonException"/>: no other exception escapes, whatever the damage.
/// </summary>
public sealed class CorruptedJsonPropertyTests
{
    private const int Runs = 500;

    /// <summary>An event's JSON, a position anywhere in it, and a damage: cut there, drop the character, or put one of the JSON-significant characters, a digit, a letter or an escape there.</summary>
    public sealed record Damage(string Json, int Position, int Kind, char Replacement);

    private static Gen<Damage> Damages<T>(Gen<T> values) =>
        from value in values
        let json = Json.Write(value)
        from position in Gen.Choose(0, json.Length - 1)
        from kind in Gen.Choose(0, 2)
        from replacement in Gen.Elements("{}[]\":,0-9.eEa \\u".ToCharArray())
        select new Damage(json, position, kind, replacement);

    private static string Apply(Damage d) => d.Kind switch
    {
        0 => d.Json[..d.Position],
        1 => d.Json.Remove(d.Position, 1),
        _ => string.Concat(d.Json.AsSpan(0, d.Position), d.Replacement.ToString(), d.Json.AsSpan(d.Position + 1)),
    };

    private static bool ReadsOrRefuses<T>(string json)
    {
        try
        {
            var value = Json.Read<T>(json);
            return value is null || Json.RoundTrip(value)!.Equals(value);   // still valid: a value like any other
        }
        catch (JsonException)
        {
            return true;
        }
    }

    [Property(MaxTest = Runs)]
    public Property Damaged_events_read_or_throw_JsonException() =>
        Prop.ForAll(Damages(Generators.Event).ToArbitrary(), d => ReadsOrRefuses<PurchaseOrderEvent>(Apply(d)));

    [Property(MaxTest = Runs)]
    public Property Damaged_money_reads_or_throws_JsonException() =>
        Prop.ForAll(Damages(Generators.Money).ToArbitrary(), d => ReadsOrRefuses<Money>(Apply(d)));

    [Property(MaxTest = Runs)]
    public Property Damaged_exchange_rates_read_or_throw_JsonException() =>
        Prop.ForAll(Damages(Generators.ExchangeRate).ToArbitrary(), d => ReadsOrRefuses<ExchangeRate>(Apply(d)));

    [Fact]
    public void The_damage_reaches_every_kind_and_both_outcomes() =>
        Reach.Covers(Damages(Generators.Event), Runs, d =>
        {
            string outcome;
            try
            {
                Json.Read<PurchaseOrderEvent>(Apply(d));
                outcome = "still valid";
            }
            catch (JsonException)
            {
                outcome = "refused";
            }

            return [$"kind {d.Kind}", outcome];
        }, ["kind 0", "kind 1", "kind 2", "still valid", "refused"]);
}
