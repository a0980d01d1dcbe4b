using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// What a fulfilment mode is asked to plan: a buyer's order of <see cref="Quantity"/> units of a product, sold by a
/// seller whose goods are at <see cref="SellerFacility"/>, to be delivered to <see cref="BuyerAddress"/> in the
/// destination market, on <see cref="Date"/>.
/// </summary>
/// <remarks>Requests compare by reference: each one is a distinct question asked of the modes.</remarks>
public sealed class FulfilmentRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="product">The product ordered.</param>
    /// <param name="quantity">Units in the buyer's order; at least 1.</param>
    /// <param name="sellerFacility">Where the seller's goods are (its warehouse or its factory).</param>
    /// <param name="buyerAddress">Where the buyer wants the goods; its country is the destination market.</param>
    /// <param name="date">The date of the order (rate cards, duty regimes and fees in force on this date apply).</param>
    /// <param name="unitValue">The customs value of one unit (the transaction value declared on import); greater than zero, in the destination's customs currency (USD into the United States, EUR into the European Union) for the modes to assess duty.</param>
    /// <param name="originCountry">The country of origin of the goods; null for the seller facility's country.</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/>, <paramref name="sellerFacility"/>, <paramref name="buyerAddress"/> or <paramref name="unitValue"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is less than 1 or <paramref name="unitValue"/> is zero or negative.</exception>
    public FulfilmentRequest(
        Product product,
        int quantity,
        Facility sellerFacility,
        Address buyerAddress,
        LocalDate date,
        Money unitValue,
        CountryCode? originCountry = null)
    {
        Product = Guard.NotNull(product);
        Quantity = Guard.Positive(quantity);
        SellerFacility = Guard.NotNull(sellerFacility);
        BuyerAddress = Guard.NotNull(buyerAddress);
        UnitValue = Guard.NotNull(unitValue);
        if (unitValue.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(unitValue), unitValue, Guard.Format(ErrorMessages.MustBePositive, nameof(unitValue), unitValue));
        }

        Date = date;
        OriginCountry = originCountry ?? sellerFacility.Address.Country;
    }

    /// <summary>The product ordered.</summary>
    public Product Product { get; }

    /// <summary>Units in the buyer's order.</summary>
    public int Quantity { get; }

    /// <summary>Where the seller's goods are.</summary>
    public Facility SellerFacility { get; }

    /// <summary>Where the buyer wants the goods.</summary>
    public Address BuyerAddress { get; }

    /// <summary>The destination market: the buyer's country.</summary>
    public CountryCode Destination => BuyerAddress.Country;

    /// <summary>The date of the order.</summary>
    public LocalDate Date { get; }

    /// <summary>The customs value of one unit.</summary>
    public Money UnitValue { get; }

    /// <summary>The country of origin of the goods.</summary>
    public CountryCode OriginCountry { get; }

    /// <summary>The request in one line.</summary>
    public override string ToString() => $"{Quantity} × {Product} from {SellerFacility.Address} to {BuyerAddress} on {InvariantText.Iso(Date)}";
}
