using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// A period in which a <see cref="LowValueRegime"/> does not apply, for goods of some origins or of all: an
/// effective-dated exception, kept as data.
/// </summary>
/// <remarks>
/// A suspension is effective-dated data (<see cref="IEffectiveDated"/>): <see cref="ValidFrom"/> is the first day
/// without the relief and <see cref="ValidUntil"/>, when set, the last one (both inclusive, dates of entry in the
/// importing country). Empty <see cref="Origins"/> means every origin. Suspensions compare by reference; compare their
/// ids.
/// </remarks>
public sealed class LowValueSuspension : IEffectiveDated
{
    /// <summary>
    /// Creates a suspension for every origin, open-ended; its <see cref="Description"/> is required by name, and an end
    /// date and the origins concerned are set by name (<see cref="ValidUntil"/>, <see cref="Origins"/>).
    /// </summary>
    /// <param name="id">A stable identifier, e.g. "us-eo-14324-all-countries".</param>
    /// <param name="validFrom">The first day without the relief (inclusive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public LowValueSuspension(string id, LocalDate validFrom)
    {
        Id = Guard.NotBlank(id);
        ValidFrom = Validity.Iso(validFrom);
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; }

    /// <summary>What suspends the relief and on what basis; required, not blank.</summary>
    /// <exception cref="ArgumentNullException">The description is null.</exception>
    /// <exception cref="ArgumentException">The description is blank.</exception>
    public required string Description { get; init => field = Guard.NotBlank(value, nameof(Description)); }

    /// <summary>The first day without the relief (inclusive, as an ISO date).</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day without the relief (inclusive), or null (the default) while open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <summary>The countries of origin concerned; empty (the default) for all.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<CountryCode> Origins
    {
        get;
        init => field = [.. Guard.CopyItems(value, requireOne: false, nameof(Origins)).Distinct()];
    } = [];

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>Whether the suspension is in force on <paramref name="date"/> for goods originating in <paramref name="origin"/>.</summary>
    /// <param name="date">The date of entry.</param>
    /// <param name="origin">The country of origin.</param>
    /// <returns>Whether the suspension <see cref="IsInForce(LocalDate)"/> on the date and <see cref="Origins"/> is empty or lists <paramref name="origin"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/> is null.</exception>
    public bool Applies(LocalDate date, CountryCode origin)
    {
        Guard.NotNull(origin);
        return IsInForce(date) && (Origins.Count == 0 || Origins.Contains(origin));
    }

    /// <summary>The identifier.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
