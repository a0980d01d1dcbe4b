using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// A platform warehouse's fulfilment fee per unit for one marketplace, in force from <see cref="ValidFrom"/> until the
/// marketplace's next table starts: fee bands by size tier and shipping weight, as data.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Quote(SizeTierResult)"/> takes an item's tier and shipping weight (from a <see cref="SizeTierTable"/>) and
/// returns the first band of that tier whose maximum is not below the shipping weight (limits inclusive, exact in pounds).
/// </para>
/// <para>
/// The library ships no built-in table: no complete, authoritative copy of a platform's rate card could be sourced for
/// it, so the caller supplies the table of the fee page in force (for Amazon US, Seller Central "FBA fulfillment fees").
/// To pick the table in force on a day, use <see cref="FulfilmentFeeTables"/>. Tables compare by reference.
/// </para>
/// </remarks>
public sealed class FulfilmentFeeTable : IEffectiveDated
{
    private readonly FulfilmentFeeBand[] _bands;

    /// <summary>Defines a table.</summary>
    /// <param name="name">A stable name, such as <c>my-amazon-us-2024-02-05</c>; not blank.</param>
    /// <param name="marketplace">The marketplace (country) the table is for.</param>
    /// <param name="validFrom">The first day the table is in force (inclusive).</param>
    /// <param name="bands">The bands; per tier with strictly increasing maximum shipping weights, only the last one open; one currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="marketplace"/>, <paramref name="bands"/> or a band is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="bands"/> is empty, mixes currencies or is out of order within a tier.</exception>
    public FulfilmentFeeTable(string name, CountryCode marketplace, LocalDate validFrom, IEnumerable<FulfilmentFeeBand> bands)
    {
        Name = Guard.NotBlank(name);
        Marketplace = Guard.NotNull(marketplace);
        var list = Guard.CopyItems(bands, requireOne: true);
        var currency = list[0].Fee.Currency;
        foreach (var band in list)
        {
            if (band.Fee.Currency != currency)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.FeeBandsMixCurrencies, nameof(bands), currency, band.Fee.Currency), nameof(bands));
            }
        }

        foreach (var tier in list.GroupBy(b => b.Tier))
        {
            var ofTier = tier.ToArray();
            for (var i = 0; i < ofTier.Length; i++)
            {
                var isLast = i == ofTier.Length - 1;
                var ok = ofTier[i].MaxPounds is { } max
                    ? i == 0 || (ofTier[i - 1].MaxPounds is { } before && max > before)
                    : isLast;
                if (!ok)
                {
                    var upTo = ofTier[i].MaxPounds is { } m ? m.ToString(CultureInfo.InvariantCulture) + " lb" : "any weight";
                    throw new ArgumentException(Guard.Format(ErrorMessages.FeeBandsOutOfOrder, nameof(bands), tier.Key.Name(), upTo), nameof(bands));
                }
            }
        }

        ValidFrom = Validity.Iso(validFrom);
        Currency = currency;
        _bands = [.. list];
    }

    /// <summary>The stable name of the table.</summary>
    public string Name { get; }

    /// <summary>The marketplace (country) the table is for.</summary>
    public CountryCode Marketplace { get; }

    /// <summary>
    /// The first day the table is in force (inclusive, as an ISO date); in a set it stays in force until the
    /// marketplace's next table starts, or until <see cref="ValidUntil"/>.
    /// </summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the table is in force (inclusive), or null (the default) when open-ended; not before <see cref="ValidFrom"/>.</summary>
    /// <exception cref="ArgumentException">The date is before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidUntil
    {
        get;
        init => field = Validity.Until(ValidFrom, value, nameof(ValidUntil));
    }

    /// <inheritdoc/>
    public bool IsInForce(LocalDate day) => Validity.Covers(ValidFrom, ValidUntil, day);

    /// <summary>The currency of every fee.</summary>
    public Currency Currency { get; }

    /// <summary>The bands, in the order given.</summary>
    public IReadOnlyList<FulfilmentFeeBand> Bands => _bands;

    /// <summary>The fulfilment fee per unit of an item classified under a size-tier table.</summary>
    /// <param name="item">The item's size tier and shipping weight.</param>
    /// <returns>The fee, with the band and the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="DomainRuleException">No band of the item's tier covers its shipping weight (rule <see cref="DomainRules.PlatformFeesFulfilmentFeeKnown"/>).</exception>
    public FulfilmentFeeQuote Quote(SizeTierResult item)
    {
        Guard.NotNull(item);
        var weight = item.ShippingPounds;
        var band = Array.Find(_bands, b => b.Tier == item.Tier && (b.MaxPounds is not { } max || weight <= max))
            ?? throw new DomainRuleException(DomainRules.PlatformFeesFulfilmentFeeKnown,
                Guard.Format(ErrorMessages.NoFulfilmentFeeBand, Name, item.Tier.Name(), weight.ToString("0.######", CultureInfo.InvariantCulture)));
        return new FulfilmentFeeQuote(this, band, item, band.FeeFor(weight));
    }

    /// <summary>The table in words.</summary>
    /// <returns>For example <c>my-amazon-us-2024 (US from 2024-02-05): 12 bands in USD</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({Marketplace} {Validity.Text(ValidFrom, ValidUntil)}): {_bands.Length} bands in {Currency}");
}
