using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain;

/// <summary>
/// An immutable set of effective-dated entries, each under a key (a marketplace, an origin, a destination and HS
/// prefix), and the lookup "the entry of a key in force on a day": among the key's entries whose
/// <see cref="IEffectiveDated.IsInForce(LocalDate)"/> is true, the one with the latest
/// <see cref="IEffectiveDated.ValidFrom"/>.
/// </summary>
/// <typeparam name="TKey">The key an entry is looked up by; compared with its default equality.</typeparam>
/// <typeparam name="T">The entry type.</typeparam>
/// <remarks>
/// <para>
/// A later entry supersedes an earlier one of the same key from its first day, so open-ended entries form a
/// timeline (each in force until the next starts), and an entry with an end date leaves a gap after it unless another
/// covers it. Two entries of one key may not start on the same day: neither would be the one in force.
/// </para>
/// <para>
/// The fee and size-tier tables, the dimensional-weight divisors, the low-inventory-level fee rules, the import VAT
/// rates of a customs tariff and the direct-express rate cards all look up their dated data through this set. A date of another calendar
/// is converted to ISO before an entry's <see cref="IEffectiveDated.IsInForce(LocalDate)"/> sees it. Lookups allocate
/// nothing.
/// Sets compare by reference.
/// </para>
/// </remarks>
public sealed class EffectiveDatedSet<TKey, T> : IReadOnlyCollection<T>
    where TKey : notnull
    where T : class, IEffectiveDated
{
    private readonly T[] _items;
    private readonly Dictionary<TKey, T[]> _byKey;   // each key's entries ordered by start date
    private readonly TKey[] _keys;
    private readonly Func<T, TKey> _keyOf;
    private readonly string _what;
    private readonly string _keyName;

    /// <summary>Creates a set.</summary>
    /// <param name="items">The entries.</param>
    /// <param name="keyOf">The key of an entry, e.g. <c>table =&gt; table.Marketplace</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="keyOf"/> is null, an entry is null, or <paramref name="keyOf"/> returns null.</exception>
    /// <exception cref="ArgumentException">Two entries of one key start on the same day.</exception>
    public EffectiveDatedSet(IEnumerable<T> items, Func<T, TKey> keyOf)
        : this(items, keyOf, typeof(T).Name, "key", nameof(items), null)
    {
    }

    internal EffectiveDatedSet(IEnumerable<T>? items, Func<T, TKey> keyOf, string what, string keyName, string paramName, Func<T, string>? nameOf)
    {
        nameOf ??= item => item.ToString() ?? string.Empty;
        Guard.NotNull(items, paramName);
        _keyOf = Guard.NotNull(keyOf);
        _what = what;
        _keyName = keyName;
        var copy = new List<T>();
        var groups = new Dictionary<TKey, List<T>>();
        var keys = new List<TKey>();
        foreach (var item in items)
        {
            Guard.NotNull(item, paramName);
            var key = keyOf(item) ?? throw new ArgumentNullException(nameof(keyOf), Guard.Format(ErrorMessages.KeyOfReturnedNull, item));
            copy.Add(item);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                keys.Add(key);
            }

            group.Add(item);
        }

        _byKey = new Dictionary<TKey, T[]>(groups.Count);
        foreach (var key in keys)
        {
            var sorted = groups[key].OrderBy(i => i.ValidFrom).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].ValidFrom == sorted[i - 1].ValidFrom)
                {
                    throw new ArgumentException(
                        Guard.Format(ErrorMessages.DuplicateEffectiveDate, paramName, keyName, key, nameOf(sorted[i - 1]), nameOf(sorted[i]), StartText(sorted[i].ValidFrom)), paramName);
                }
            }

            _byKey[key] = sorted;
        }

        _items = [.. copy];
        _keys = [.. keys];
    }

    /// <summary>The number of entries.</summary>
    public int Count => _items.Length;

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>The keys that have at least one entry, in the order first given.</summary>
    public IReadOnlyList<TKey> Keys => _keys;

    /// <summary>A new set with every entry of this one plus <paramref name="item"/>.</summary>
    /// <param name="item">The entry to add.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The set already has an entry of that key starting on the same day.</exception>
    public EffectiveDatedSet<TKey, T> With(T item) =>
        new([.. _items, Guard.NotNull(item)], _keyOf, _what, _keyName, nameof(item), null);

    /// <summary>Looks up the entry of <paramref name="key"/> in force on <paramref name="date"/>; never throws.</summary>
    /// <param name="key">The key; may be null (then nothing is found).</param>
    /// <param name="date">The day, in any calendar (compared as an ISO date).</param>
    /// <param name="item">The key's entry in force that started last, or null.</param>
    /// <returns>Whether an entry is in force.</returns>
    public bool TryGetInForce(TKey? key, LocalDate date, [NotNullWhen(true)] out T? item)
    {
        item = null;
        if (key is null || !_byKey.TryGetValue(key, out var entries))
        {
            return false;
        }

        var day = Validity.Iso(date);
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].IsInForce(day))
            {
                item = entries[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>The entry of <paramref name="key"/> in force on <paramref name="date"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="date">The day, in any calendar (compared as an ISO date).</param>
    /// <returns>Among the key's entries in force on the day, the one that started last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The set has no entry for <paramref name="key"/> (parameter <c>key</c>); the message lists the keys it has.</exception>
    /// <exception cref="ArgumentException">The key's entries do not cover <paramref name="date"/>: the earliest starts later, or the last one in force before it has ended (parameter <c>date</c>).</exception>
    public T InForce(TKey key, LocalDate date) => InForce(key, date, nameof(key));

    internal T InForce(TKey key, LocalDate date, string keyParam)
    {
        if (key is null)
        {
            throw new ArgumentNullException(keyParam);
        }

        if (TryGetInForce(key, date, out var found))
        {
            return found;
        }

        var day = InvariantText.Iso(Validity.Iso(date));
        if (!_byKey.TryGetValue(key, out var entries))
        {
            var known = string.Join(", ", _keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
            throw new ArgumentException(
                Guard.Format(ErrorMessages.NothingInForceForKey, _what, _keyName, key, day, known.Length == 0 ? "none" : known), keyParam);
        }

        var earliest = entries[0].ValidFrom;
        if (Validity.Iso(date) < earliest)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NothingInForceYet, _what, _keyName, key, day, InvariantText.Iso(earliest)), nameof(date));
        }

        var lastEnd = entries.Where(e => e.ValidUntil is { } u && u < Validity.Iso(date)).Max(e => e.ValidUntil!.Value);
        throw new ArgumentException(Guard.Format(ErrorMessages.NothingInForceAnyMore, _what, _keyName, key, day, InvariantText.Iso(lastEnd)), nameof(date));
    }

    /// <summary>Enumerates the entries in the order given.</summary>
    /// <returns>Every entry, in the order given.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string StartText(LocalDate validFrom) => validFrom == LocalDate.MinIsoValue ? "the earliest day (no start date)" : InvariantText.Iso(validFrom);

    /// <summary>The entry type and the number of entries and keys.</summary>
    /// <returns>E.g. "3 SizeTierTable entries under 2 keys".</returns>
    public override string ToString() => Guard.Format("{0} {1} entries under {2} keys", _items.Length, _what, _byKey.Count);
}
