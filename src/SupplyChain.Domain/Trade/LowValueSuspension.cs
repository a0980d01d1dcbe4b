using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// A period in which a <see cref="LowValueRegime"/> does not apply, for goods of some origins or of all: an
/// effective-dated exception, kept as data.
/// </summary>
/// <remarks>
/// <see cref="From"/> is the first day without the relief; <see cref="Until"/>, when set, the last one (both
/// inclusive, dates of entry in the importing country). Empty <see cref="Origins"/> means every origin.
/// Suspensions compare by reference; compare their ids.
/// </remarks>
public sealed class LowValueSuspension
{
    /// <summary>Creates a suspension.</summary>
    /// <param name="id">A stable identifier, e.g. "us-eo-14324-all-countries".</param>
    /// <param name="description">What suspends the relief and on what basis.</param>
    /// <param name="from">The first day without the relief.</param>
    /// <param name="until">The last day without the relief, or null while open-ended.</param>
    /// <param name="origins">The countries of origin concerned; null or empty for all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="description"/> is null, or <paramref name="origins"/> contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is blank, or <paramref name="until"/> is before <paramref name="from"/>.</exception>
    public LowValueSuspension(string id, string description, LocalDate from, LocalDate? until = null, IEnumerable<CountryCode>? origins = null)
    {
        Id = Guard.NotBlank(id);
        Description = Guard.NotBlank(description);
        if (until is { } last && last < from)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.EndsBeforeItStarts, nameof(until), last, nameof(from), from), nameof(until));
        }

        From = from;
        Until = until;
        var list = origins?.ToArray() ?? [];
        foreach (var origin in list)
        {
            Guard.NotNull(origin, nameof(origins));
        }

        Origins = list.Distinct().ToArray();
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; }

    /// <summary>What suspends the relief and on what basis.</summary>
    public string Description { get; }

    /// <summary>The first day without the relief.</summary>
    public LocalDate From { get; }

    /// <summary>The last day without the relief, or null while open-ended.</summary>
    public LocalDate? Until { get; }

    /// <summary>The countries of origin concerned; empty for all.</summary>
    public IReadOnlyList<CountryCode> Origins { get; }

    /// <summary>Whether the suspension is in force on <paramref name="date"/> for goods originating in <paramref name="origin"/>.</summary>
    /// <param name="date">The date of entry.</param>
    /// <param name="origin">The country of origin.</param>
    /// <returns>Whether the relief is suspended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/> is null.</exception>
    public bool Applies(LocalDate date, CountryCode origin)
    {
        Guard.NotNull(origin);
        return date >= From && (Until is null || date <= Until.Value) && (Origins.Count == 0 || Origins.Contains(origin));
    }

    /// <summary>The identifier.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
