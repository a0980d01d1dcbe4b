using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Internal;

/// <summary>
/// An immutable set of effective-dated entries per marketplace. The entry in force on a day is the marketplace's
/// entry with the latest start date on or before that day; it stays in force until the next one starts.
/// </summary>
internal sealed class EffectiveDatedSet<T>
    where T : class, IEffectiveDated
{
    private readonly T[] _items;
    private readonly string _what;

    internal EffectiveDatedSet(IEnumerable<T>? items, string what, string paramName)
    {
        Guard.NotNull(items, paramName);
        var copy = new List<T>();
        foreach (var item in items)
        {
            copy.Add(Guard.NotNull(item, paramName));
        }

        var sorted = copy.OrderBy(i => i.Marketplace.Alpha2, StringComparer.Ordinal).ThenBy(i => i.ValidFrom).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var (a, b) = (sorted[i - 1], sorted[i]);
            if (ReferenceEquals(a.Marketplace, b.Marketplace) && a.ValidFrom == b.ValidFrom)
            {
                throw new ArgumentException(
                    Guard.Format(ErrorMessages.DuplicateEffectiveDate, paramName, a.Marketplace, a.Name, b.Name, InvariantText.Iso(a.ValidFrom)), paramName);
            }
        }

        _items = sorted;
        _what = what;
    }

    internal IReadOnlyList<T> Items => _items;

    internal T[] With(T item) => [.. _items, item];

    internal bool TryFind(CountryCode? marketplace, LocalDate date, out T? found)
    {
        found = null;
        foreach (var item in _items)
        {
            if (ReferenceEquals(item.Marketplace, marketplace) && item.ValidFrom.Calendar == date.Calendar && item.ValidFrom <= date)
            {
                found = item;   // sorted by start date: the last match is the latest start
            }
        }

        return found is not null;
    }

    internal T InForce(CountryCode marketplace, LocalDate date)
    {
        Guard.NotNull(marketplace);
        if (TryFind(marketplace, date, out var found))
        {
            return found!;
        }

        var ofMarketplace = _items.Where(i => ReferenceEquals(i.Marketplace, marketplace)).ToArray();
        if (ofMarketplace.Length == 0)
        {
            var known = string.Join(", ", _items.Select(i => i.Marketplace.Alpha2).Distinct(StringComparer.Ordinal));
            throw new ArgumentException(
                Guard.Format(ErrorMessages.NothingInForceForMarketplace, _what, marketplace, InvariantText.Iso(date), known.Length == 0 ? "none" : known),
                nameof(marketplace));
        }

        throw new ArgumentException(
            Guard.Format(ErrorMessages.NothingInForceYet, _what, marketplace, InvariantText.Iso(date), InvariantText.Iso(ofMarketplace[0].ValidFrom)), nameof(date));
    }
}
