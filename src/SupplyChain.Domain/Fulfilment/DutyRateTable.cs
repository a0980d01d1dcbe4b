using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>The caller's <see cref="DutyRate"/>s; the rate for a product is the one with the longest HS prefix of its code for the destination.</summary>
public sealed class DutyRateTable
{
    private readonly DutyRate[] _rates;

    /// <summary>Creates the table.</summary>
    /// <param name="rates">The rates; no two for the same destination and prefix.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rates"/> contains null or repeats a destination and prefix.</exception>
    public DutyRateTable(IEnumerable<DutyRate> rates)
    {
        var copy = Guard.CopyItems(rates, requireOne: false);
        Guard.Distinct(copy, r => r.Destination.Alpha2 + " " + r.HsPrefix, nameof(rates));
        _rates = [.. copy];
    }

    /// <summary>The rates, in the order given.</summary>
    public IReadOnlyList<DutyRate> All => _rates;

    /// <summary>The rate for goods of an HS code entering a country.</summary>
    /// <param name="hsCode">The goods' HS code.</param>
    /// <param name="destination">The importing country.</param>
    /// <returns>The rate with the longest prefix of the code's digits.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">No rate covers the code and country (rule <see cref="DomainRules.FulfilmentDutyRateKnown"/>).</exception>
    public DutyRate For(HsCode hsCode, CountryCode destination)
    {
        Guard.NotNull(hsCode);
        Guard.NotNull(destination);
        var digits = hsCode.Digits;
        return _rates
            .Where(r => ReferenceEquals(r.Destination, destination) && digits.StartsWith(r.HsPrefix, StringComparison.Ordinal))
            .OrderByDescending(r => r.HsPrefix.Length)
            .FirstOrDefault()
            ?? throw new DomainRuleException(DomainRules.FulfilmentDutyRateKnown, Guard.Format(ErrorMessages.NoDutyRate, hsCode, destination));
    }

    /// <summary>The number of rates.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{_rates.Length} duty rates";
}
