using System.Collections.Frozen;
using System.Globalization;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The texts of the units of one UnitsNet quantity (a <typeparamref name="TUnit"/> enum), case-sensitive ("mm" is a
/// millimetre, "Mm" a megametre).
/// </summary>
/// <remarks>
/// Written: UnitsNet's default abbreviation in the invariant culture ("kg", "mm", "m³", "km/h"), or the unit's enum name
/// ("LongHundredweight", "UsTablespoon") for the few units whose abbreviation is empty or also names another unit.
/// Read: any abbreviation UnitsNet knows in the invariant culture that names exactly one unit ("kg", "lb", "lbs",
/// "l", "L"), or the enum name.
/// </remarks>
internal sealed class UnitTexts<TUnit>
    where TUnit : struct, Enum
{
    private readonly FrozenDictionary<TUnit, string> _written;
    private readonly FrozenDictionary<string, TUnit> _read;

    public UnitTexts()
    {
        var cache = UnitAbbreviationsCache.Default;
        var culture = CultureInfo.InvariantCulture;
        var units = Enum.GetValues<TUnit>();
        var owners = new Dictionary<string, HashSet<TUnit>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var abbreviation in cache.GetUnitAbbreviations(typeof(TUnit), Convert.ToInt32(unit, culture), culture).Where(a => a.Length > 0))
            {
                if (!owners.TryGetValue(abbreviation, out var set))
                {
                    owners[abbreviation] = set = [];
                }

                set.Add(unit);
            }
        }

        var read = owners.Where(o => o.Value.Count == 1).ToDictionary(o => o.Key, o => o.Value.Single(), StringComparer.Ordinal);
        var written = new Dictionary<TUnit, string>();
        foreach (var unit in units)
        {
            var preferred = cache.GetDefaultAbbreviation(typeof(TUnit), Convert.ToInt32(unit, culture), culture);
            var text = read.TryGetValue(preferred, out var owner) && owner.Equals(unit) ? preferred : unit.ToString();
            written[unit] = text;
            read[unit.ToString()] = unit;
        }

        _written = written.ToFrozenDictionary();
        _read = read.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The text written for <paramref name="unit"/>.</summary>
    public string Text(TUnit unit) => _written[unit];

    /// <summary>The unit a text names, if it names exactly one.</summary>
    public bool TryParse(string text, out TUnit unit) => _read.TryGetValue(text, out unit);

    /// <summary>Some of the texts, for messages.</summary>
    public string Examples => string.Join(", ", _written.Values.Where(t => t.Length <= 4).Take(6));
}
