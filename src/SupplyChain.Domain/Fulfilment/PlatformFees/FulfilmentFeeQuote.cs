using System.Globalization;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>The fulfilment fee per unit of one item: the table and band applied, the item's size tier, and the fee.</summary>
/// <remarks>Created by <see cref="FulfilmentFeeTable.Quote(SizeTierResult)"/>. Quotes compare by reference.</remarks>
public sealed class FulfilmentFeeQuote
{
    internal FulfilmentFeeQuote(FulfilmentFeeTable table, FulfilmentFeeBand band, SizeTierResult item, Money fee)
    {
        Table = table;
        Band = band;
        Item = item;
        Fee = fee;
    }

    /// <summary>The fee table applied.</summary>
    public FulfilmentFeeTable Table { get; }

    /// <summary>The band the item falls in.</summary>
    public FulfilmentFeeBand Band { get; }

    /// <summary>The item's size tier and shipping weight.</summary>
    public SizeTierResult Item { get; }

    /// <summary>The fulfilment fee per unit.</summary>
    public Money Fee { get; }

    /// <summary>The quote in words.</summary>
    /// <returns>For example <c>6.40 USD: large-standard, shipping weight 3.951172 lb, band large-standard up to 20 lb: … (my-table)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Fee}: {Item.Tier.Name()}, shipping weight {Item.ShippingPounds.ToString("0.######", CultureInfo.InvariantCulture)} lb, band {Band} ({Table.Name})");
}
