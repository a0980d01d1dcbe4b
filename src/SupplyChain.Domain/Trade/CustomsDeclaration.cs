using System.Globalization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>One line of a customs declaration: what the goods are (HS code), where they originate, what they are worth and how many.</summary>
/// <remarks>
/// The declared value is the value of the whole line (all units), in the currency of the declaration. Equality compares
/// all four fields.
/// </remarks>
public sealed record CustomsDeclaration
{
    /// <summary>Creates a declaration line.</summary>
    /// <param name="hsCode">The goods' tariff classification.</param>
    /// <param name="originCountry">The country of origin of the goods (not the country they are shipped from).</param>
    /// <param name="declaredValue">The value of the line; not negative.</param>
    /// <param name="quantity">The number of units; greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/>, <paramref name="originCountry"/> or <paramref name="declaredValue"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="declaredValue"/> is negative or <paramref name="quantity"/> is not positive.</exception>
    public CustomsDeclaration(HsCode hsCode, CountryCode originCountry, Money declaredValue, int quantity)
    {
        HsCode = Guard.NotNull(hsCode);
        OriginCountry = Guard.NotNull(originCountry);
        Guard.NotNull(declaredValue);
        if (declaredValue.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(declaredValue), declaredValue, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(declaredValue), declaredValue));
        }

        DeclaredValue = declaredValue;
        Quantity = Guard.Positive(quantity);
    }

    /// <summary>The goods' tariff classification.</summary>
    public HsCode HsCode { get; }

    /// <summary>The country of origin of the goods.</summary>
    public CountryCode OriginCountry { get; }

    /// <summary>The value of the line (all units).</summary>
    public Money DeclaredValue { get; }

    /// <summary>The number of units.</summary>
    public int Quantity { get; }

    /// <summary>The line, e.g. "6109.10 × 20 from CN, 180.00 USD".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} × {1} from {2}, {3}", HsCode, Quantity, OriginCountry, DeclaredValue);
}
