using System.Globalization;

namespace SupplyChain.Domain.Analytics;

/// <summary>Units returned out of units shipped, and their ratio (see <see cref="ReturnRates"/>).</summary>
/// <remarks>The default value is 0 of 0 units, a rate of 0. Equality compares both counts.</remarks>
public readonly record struct ReturnRate
{
    /// <summary>Creates the rate.</summary>
    /// <param name="returned">Units returned; not negative and at most <paramref name="shipped"/>.</param>
    /// <param name="shipped">Units shipped; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shipped"/> is negative, or <paramref name="returned"/> is negative or more than <paramref name="shipped"/>.</exception>
    public ReturnRate(int returned, int shipped)
    {
        Shipped = Guard.NotNegative(shipped);
        Returned = Guard.NotNegative(returned);
        if (returned > shipped)
        {
            throw new ArgumentOutOfRangeException(nameof(returned), returned, Guard.Format(ErrorMessages.ReturnedMoreThanShipped, returned, shipped));
        }
    }

    /// <summary>Units returned.</summary>
    public int Returned { get; }

    /// <summary>Units shipped.</summary>
    public int Shipped { get; }

    /// <summary>Returned / shipped, from 0 to 1; 0 when nothing shipped.</summary>
    public double Rate => Shipped == 0 ? 0 : (double)Returned / Shipped;

    /// <summary>The rate as text in the invariant culture.</summary>
    /// <returns>Units returned and units shipped, e.g. "1 of 4 units returned".</returns>
    public override string ToString() =>
        Returned.ToString(CultureInfo.InvariantCulture) + " of " + Shipped.ToString(CultureInfo.InvariantCulture) + " units returned";
}
