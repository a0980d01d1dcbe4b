using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// How parcels reach buyers in one destination region after customs clearance: by a local partner or by the
/// platform's own network, through intermediate stops, at a price per parcel.
/// </summary>
/// <remarks>
/// A region is a country, optionally narrowed to postal codes starting with given prefixes (e.g. "606" for Chicago).
/// Options compare by reference; compare their region and carrier.
/// </remarks>
public sealed class LastMileOption
{
    private readonly string[] _postalCodePrefixes = [];
    private readonly LastMileHop[] _stops = [];

    /// <summary>
    /// Creates an option for the whole of <paramref name="country"/> with no intermediate stop; narrow it with
    /// <see cref="PostalCodePrefixes"/> and add <see cref="Stops"/> by name.
    /// </summary>
    /// <param name="region">The region's name, e.g. "US Midwest"; not blank.</param>
    /// <param name="country">The country the region lies in.</param>
    /// <param name="kind">A local partner or the platform's network.</param>
    /// <param name="carrierName">The carrier's name for plans and tables, e.g. "USPS Ground Advantage"; not blank.</param>
    /// <param name="deliveryTime">The time from the last stop (or the clearance point) to the buyer.</param>
    /// <param name="pricePerParcel">The price of delivering one parcel; not negative.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> or <paramref name="carrierName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="pricePerParcel"/> is negative.</exception>
    public LastMileOption(
        string region,
        CountryCode country,
        LastMileKind kind,
        string carrierName,
        TransitTimeDistribution deliveryTime,
        Money pricePerParcel)
    {
        Region = Guard.NotBlank(region);
        Country = Guard.NotNull(country);
        Kind = Guard.Defined(kind);
        CarrierName = Guard.NotBlank(carrierName);
        DeliveryTime = deliveryTime;
        PricePerParcel = Guard.NotNull(pricePerParcel);
        if (pricePerParcel.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(pricePerParcel), pricePerParcel, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(pricePerParcel), pricePerParcel));
        }
    }

    /// <summary>The region's name.</summary>
    public string Region { get; }

    /// <summary>The country the region lies in.</summary>
    public CountryCode Country { get; }

    /// <summary>The postal-code prefixes the region covers (e.g. "606" for Chicago); empty (the default) for the whole country.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">A prefix is null or blank.</exception>
    public IReadOnlyList<string> PostalCodePrefixes
    {
        get => _postalCodePrefixes;
        init
        {
            var prefixes = Guard.CopyItems(value, requireOne: false, nameof(PostalCodePrefixes));
            if (prefixes.Any(string.IsNullOrWhiteSpace))
            {
                throw Guard.Refused(Guard.Format(ErrorMessages.MustNotBeBlank, nameof(PostalCodePrefixes)), nameof(PostalCodePrefixes));
            }

            _postalCodePrefixes = [.. prefixes];
        }
    }

    /// <summary>A local partner or the platform's network.</summary>
    public LastMileKind Kind { get; }

    /// <summary>The carrier's name.</summary>
    public string CarrierName { get; }

    /// <summary>The intermediate stops in order; empty (the default) for delivery straight from the clearance point.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<LastMileHop> Stops
    {
        get => _stops;
        init => _stops = [.. Guard.CopyItems(value, requireOne: false, nameof(Stops))];
    }

    /// <summary>The time from the last stop (or the clearance point) to the buyer.</summary>
    public TransitTimeDistribution DeliveryTime { get; }

    /// <summary>The price of delivering one parcel.</summary>
    public Money PricePerParcel { get; }

    /// <summary>The total last-mile time: the stops and the delivery (means and variances add).</summary>
    public TransitTimeDistribution TotalTime => TransitTimeDistribution.Sum(_stops.Select(s => s.TransitTime).Append(DeliveryTime));

    /// <summary>How well the option covers an address: -1 when not at all, else the length of the matching postal prefix (0 for a whole country).</summary>
    /// <param name="address">The address.</param>
    /// <returns>The match length, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public int Covers(Address address)
    {
        Guard.NotNull(address);
        if (!ReferenceEquals(address.Country, Country))
        {
            return -1;
        }

        if (_postalCodePrefixes.Length == 0)
        {
            return 0;
        }

        var code = address.PostalCode ?? string.Empty;
        var best = _postalCodePrefixes.Where(p => code.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Select(p => p.Length).DefaultIfEmpty(-1).Max();
        return best;
    }

    /// <summary>The region, kind and carrier.</summary>
    public override string ToString() => $"{Region} ({Country}): {Kind} {CarrierName}";
}
