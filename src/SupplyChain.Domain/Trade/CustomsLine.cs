using System.Globalization;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using UnitsNet;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// One line of a consignment to be assessed for customs duty: the goods' HS code and origin, how many units, the net
/// mass of the whole line and the transaction value of one unit.
/// </summary>
/// <remarks>
/// <para>
/// The line is data as declared: its quantity is checked by the consignment that holds it (rule
/// <see cref="DomainRules.CustomsQuantityPositive"/>), and the currency of its unit value against the consignment's
/// (rule <see cref="DomainRules.MoneySameCurrency"/>). The net mass is read as an exact decimal number of kilograms
/// (1 lb = 0.45359237 kg, 1 oz = 1/16 lb, by definition), so that a duty per kilogram does not inherit the binary
/// rounding of <see cref="Mass"/>.
/// </para>
/// <para>Lines compare by reference; compare their fields.</para>
/// </remarks>
public sealed class CustomsLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="hsCode">The goods' tariff classification.</param>
    /// <param name="origin">The goods' country of origin (not the country they are shipped from).</param>
    /// <param name="quantity">The number of units declared, which are also the units of a per-unit measure; checked by <see cref="CustomsConsignment"/>.</param>
    /// <param name="netMass">The net mass of the whole line; not negative, at most 10⁹ kg.</param>
    /// <param name="unitValue">The transaction value of one unit; greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/>, <paramref name="origin"/> or <paramref name="unitValue"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="netMass"/> is negative, not finite or above 10⁹ kg.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitValue"/> is not greater than zero.</exception>
    public CustomsLine(HsCode hsCode, CountryCode origin, int quantity, Mass netMass, Money unitValue)
    {
        HsCode = Guard.NotNull(hsCode);
        Origin = Guard.NotNull(origin);
        NetKilograms = ExactQuantities.Kilograms(netMass, nameof(netMass), allowZero: true);
        Guard.NotNull(unitValue);
        if (unitValue.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(unitValue), unitValue, Guard.Format(ErrorMessages.MustBePositive, nameof(unitValue), unitValue));
        }

        Quantity = quantity;
        NetMass = netMass;
        UnitValue = unitValue;
    }

    /// <summary>The goods' tariff classification.</summary>
    public HsCode HsCode { get; }

    /// <summary>The goods' country of origin.</summary>
    public CountryCode Origin { get; }

    /// <summary>The number of units declared.</summary>
    public int Quantity { get; }

    /// <summary>The net mass of the whole line, as given.</summary>
    public Mass NetMass { get; }

    /// <summary>The transaction value of one unit.</summary>
    public Money UnitValue { get; }

    /// <summary>The line's transaction value: <see cref="UnitValue"/> × <see cref="Quantity"/>, exact.</summary>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public Money TransactionValue => UnitValue * Quantity;

    /// <summary>The net mass in kilograms, exact.</summary>
    internal decimal NetKilograms { get; }

    /// <summary>The line, e.g. "6109100012 × 200 from CN, 30 kg, 3.10 USD each".</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} × {1} from {2}, {3}, {4} each", HsCode, Quantity, Origin, ExactQuantities.Show(NetMass), UnitValue);
}
