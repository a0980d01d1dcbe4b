using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// An international express carrier's rate card for parcels from one origin country, valid between two dates: zones of
/// destination countries, each priced per first 0.5 kg and per further 0.5 kg of chargeable weight.
/// </summary>
/// <remarks>
/// Rate cards are effective-dated data (<see cref="IEffectiveDated"/>: <see cref="ValidFrom"/> and
/// <see cref="ValidUntil"/> both inclusive), and the mode picks the card of the origin in force on the order date (of
/// two in force, the one that started last). The library ships no carrier's prices: cards are
/// the caller's data (the samples and tests use invented, documented example cards).
/// Cards compare by reference; compare their ids.
/// </remarks>
public sealed class ExpressRateCard : IEffectiveDated
{
    private readonly ExpressZone[] _zones;

    /// <summary>Creates a card; the carrier's name is required by name (<see cref="CarrierName"/>).</summary>
    /// <param name="name">A stable name, e.g. "example-express-cn-2026"; not blank.</param>
    /// <param name="origin">The origin country the card prices parcels from.</param>
    /// <param name="validFrom">The first day the card applies (inclusive); an end date is set by name (<see cref="ValidUntil"/>).</param>
    /// <param name="weightRule">How the chargeable weight is worked out (e.g. <see cref="ChargeableWeightRules.InternationalExpress"/>).</param>
    /// <param name="zones">The zones; at least one, all prices in one currency, each country in one zone only.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="zones"/> is empty, contains null, mixes currencies or lists a country twice.</exception>
    public ExpressRateCard(
        string name,
        CountryCode origin,
        LocalDate validFrom,
        ChargeableWeightRule weightRule,
        IEnumerable<ExpressZone> zones)
    {
        Name = Guard.NotBlank(name);
        Origin = Guard.NotNull(origin);
        WeightRule = Guard.NotNull(weightRule);
        var list = Guard.CopyItems(zones, requireOne: true);
        Currency = list[0].FirstHalfKilogram.Currency;
        if (list.Any(z => z.FirstHalfKilogram.Currency != Currency))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.RateCardMixesCurrencies, name), nameof(zones));
        }

        Guard.Distinct(list.SelectMany(z => z.Countries), c => c.Alpha2, nameof(zones));
        ValidFrom = Validity.Iso(validFrom);
        _zones = [.. list];
    }

    /// <summary>The card's name.</summary>
    public string Name { get; }

    /// <summary>The carrier's name for plans and tables; required, not blank.</summary>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string CarrierName { get; init => field = Guard.NotBlank(value, nameof(CarrierName)); }

    /// <summary>The origin country.</summary>
    public CountryCode Origin { get; }

    /// <summary>The first day the card applies (inclusive, as an ISO date).</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the card applies (inclusive), or null (the default) when open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <summary>How the chargeable weight is worked out.</summary>
    public ChargeableWeightRule WeightRule { get; }

    /// <summary>The currency of every price.</summary>
    public Currency Currency { get; }

    /// <summary>The zones.</summary>
    public IReadOnlyList<ExpressZone> Zones => _zones;

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The zone of a destination country, or null when the card does not serve it.</summary>
    /// <param name="destination">The destination country.</param>
    /// <returns>The zone, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public ExpressZone? ZoneOf(CountryCode destination)
    {
        Guard.NotNull(destination);
        return Array.Find(_zones, z => z.Countries.Any(c => ReferenceEquals(c, destination)));
    }

    /// <summary>The name and validity.</summary>
    public override string ToString() =>
        $"{Name} ({CarrierName}, from {Origin}, {Validity.Text(ValidFrom, ValidUntil)})";
}
