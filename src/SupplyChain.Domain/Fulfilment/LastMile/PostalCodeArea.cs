using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// A row of the network's postal-code table: the buyer addresses of a country whose postal code starts with a prefix
/// in [<see cref="First"/>, <see cref="Last"/>] are served by <see cref="Station"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="First"/> and <see cref="Last"/> have the same length n; an address matches when the first n characters
/// of its postal code, upper-cased, lie between them in ordinal order (both ends included). A prefix is a range of one:
/// <see cref="Prefix"/> "606" is ["606", "606"]. "900"–"935" covers Los Angeles's 900xx to 935xx ZIP codes. When several
/// rows match, the longest prefix wins, and of equally long ones the earlier row.
/// </para>
/// <para>A record: equal when the station, country and bounds are equal.</para>
/// </remarks>
public sealed record PostalCodeArea
{
    /// <summary>Creates a range row.</summary>
    /// <param name="station">The delivery station that serves the area.</param>
    /// <param name="country">The country of the addresses.</param>
    /// <param name="first">The lowest prefix (included); not blank.</param>
    /// <param name="last">The highest prefix (included); as long as <paramref name="first"/> and not below it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="first"/> or <paramref name="last"/> is blank, they differ in length, or <paramref name="last"/> is below <paramref name="first"/>.</exception>
    public PostalCodeArea(FacilityId station, CountryCode country, string first, string last)
    {
        Station = Guard.NotNull(station);
        Country = Guard.NotNull(country);
        First = Guard.NotBlank(first).ToUpperInvariant();
        Last = Guard.NotBlank(last).ToUpperInvariant();
        if (First.Length != Last.Length || string.CompareOrdinal(First, Last) > 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.PostalRangeInvalid, first, last), nameof(last));
        }
    }

    /// <summary>The delivery station that serves the area.</summary>
    public FacilityId Station { get; }

    /// <summary>The country of the addresses.</summary>
    public CountryCode Country { get; }

    /// <summary>The lowest prefix, upper-cased.</summary>
    public string First { get; }

    /// <summary>The highest prefix, upper-cased.</summary>
    public string Last { get; }

    /// <summary>A row for the postal codes that start with one prefix.</summary>
    /// <param name="station">The delivery station that serves the area.</param>
    /// <param name="country">The country of the addresses.</param>
    /// <param name="prefix">The prefix, e.g. "606"; not blank.</param>
    /// <returns>The row [prefix, prefix].</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is blank.</exception>
    public static PostalCodeArea Prefix(FacilityId station, CountryCode country, string prefix) => new(station, country, prefix, prefix);

    /// <summary>Whether the row covers an address, and how specifically.</summary>
    /// <param name="address">The buyer's address.</param>
    /// <returns>The prefix length when the address matches; -1 when it does not (another country, no postal code, or outside the range).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public int Covers(Address address)
    {
        Guard.NotNull(address);
        var code = address.PostalCode;
        if (address.Country != Country || code is null || code.Length < First.Length)
        {
            return -1;
        }

        var prefix = code[..First.Length].ToUpperInvariant();
        return string.CompareOrdinal(prefix, First) >= 0 && string.CompareOrdinal(prefix, Last) <= 0 ? First.Length : -1;
    }

    /// <summary>"country first–last → station", e.g. "US 900–935 → DLA1".</summary>
    public override string ToString() => First == Last ? $"{Country} {First} → {Station}" : $"{Country} {First}–{Last} → {Station}";
}
