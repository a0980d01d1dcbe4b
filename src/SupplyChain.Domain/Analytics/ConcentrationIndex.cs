using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The Herfindahl–Hirschman index (HHI) of concentration and its bands, applied to a seller's spend across suppliers.
/// </summary>
/// <remarks>
/// <para>
/// HHI = Σ sᵢ², where sᵢ is each participant's share in percent, so it runs from near 0 (many tiny shares) to 10,000
/// (one participant). Bands of the 2023 US Merger Guidelines (US DOJ and FTC, section 2.1): below 1,000 unconcentrated,
/// 1,000 to 1,800 moderately concentrated, above 1,800 highly concentrated.
/// </para>
/// <para>Computed in exact decimals: shares of 12.5 % give exactly 156.25 each.</para>
/// </remarks>
public static class ConcentrationIndex
{
    /// <summary>The lowest HHI of the moderately concentrated band.</summary>
    public const decimal ModeratelyConcentratedFrom = 1000m;

    /// <summary>The highest HHI of the moderately concentrated band; anything above is highly concentrated.</summary>
    public const decimal ModeratelyConcentratedTo = 1800m;

    private const decimal ShareSumTolerance = 0.01m;

    /// <summary>The HHI of shares given in percent.</summary>
    /// <param name="sharesPercent">Each participant's share in percent (0 to 100); together 100, within 0.01.</param>
    /// <returns>Σ share², from 0 to 10,000.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sharesPercent"/> is null.</exception>
    /// <exception cref="ArgumentException">A share is outside 0 to 100, or the shares do not add up to 100 (fractions such as 0.3 instead of 30 are refused this way).</exception>
    public static decimal Hhi(IEnumerable<decimal> sharesPercent)
    {
        ArgumentNullException.ThrowIfNull(sharesPercent);
        var sum = 0m;
        var hhi = 0m;
        var index = 0;
        foreach (var share in sharesPercent)
        {
            if (share is < 0m or > 100m)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.ShareOutOfRange, nameof(sharesPercent), index, share), nameof(sharesPercent));
            }

            sum += share;
            hhi += share * share;
            index++;
        }

        return Math.Abs(sum - 100m) <= ShareSumTolerance
            ? hhi
            : throw new ArgumentException(Guard.Format(ErrorMessages.SharesMustAddUpTo100, nameof(sharesPercent), sum), nameof(sharesPercent));
    }

    /// <summary>The HHI of a seller's spend per supplier: each supplier's share of the total spend, in percent, squared and summed.</summary>
    /// <param name="spendPerSupplier">Spend with each supplier, in one currency, not negative, with a positive total.</param>
    /// <returns>The HHI, from 0 to 10,000.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spendPerSupplier"/> or one of its amounts is null.</exception>
    /// <exception cref="ArgumentException">An amount is negative, or the total is not positive.</exception>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static decimal HhiOfSpend(IEnumerable<Money> spendPerSupplier)
    {
        ArgumentNullException.ThrowIfNull(spendPerSupplier);
        var amounts = spendPerSupplier.ToList();
        Money? total = null;
        for (var i = 0; i < amounts.Count; i++)
        {
            var amount = amounts[i] ?? throw new ArgumentNullException(nameof(spendPerSupplier), Guard.Format(ErrorMessages.NullElement, nameof(spendPerSupplier), i));
            if (amount.IsNegative)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NegativeElement, nameof(spendPerSupplier), i, amount), nameof(spendPerSupplier));
            }

            total = total is null ? amount : total.Add(amount);
        }

        if (total is null || !(total.Amount > 0m))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.TotalMustBePositive, nameof(spendPerSupplier)), nameof(spendPerSupplier));
        }

        // Σ (100·aᵢ/T)² = 10,000 · Σ aᵢ² / T², computed without rounding the shares first.
        var sumOfSquares = 0m;
        foreach (var amount in amounts)
        {
            var share = amount.Amount / total.Amount;
            sumOfSquares += share * share;
        }

        return sumOfSquares * 10_000m;
    }

    /// <summary>The band of an HHI value (2023 US Merger Guidelines).</summary>
    /// <param name="hhi">The index, 0 to 10,000.</param>
    /// <returns>Unconcentrated below 1,000; moderately concentrated from 1,000 to 1,800 inclusive; highly concentrated above 1,800.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hhi"/> is outside 0 to 10,000.</exception>
    public static ConcentrationBand BandOf(decimal hhi)
    {
        if (hhi is < 0m or > 10_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(hhi), hhi, Guard.Format(ErrorMessages.MustBeBetween, nameof(hhi), 0, 10_000, hhi));
        }

        return hhi < ModeratelyConcentratedFrom ? ConcentrationBand.Unconcentrated
            : hhi <= ModeratelyConcentratedTo ? ConcentrationBand.ModeratelyConcentrated
            : ConcentrationBand.HighlyConcentrated;
    }
}
