using System.Globalization;

namespace SupplyChain.Domain.Analytics;

/// <summary>A number of returned units with one disposition.</summary>
/// <remarks>The default value is 0 sellable units, which changes no rate. Equality compares both values.</remarks>
public readonly record struct ReturnedUnits
{
    /// <summary>Creates the record.</summary>
    /// <param name="units">Units returned; not negative.</param>
    /// <param name="disposition">What they were judged to be.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="disposition"/> is not a defined value.</exception>
    public ReturnedUnits(int units, ReturnDisposition disposition)
    {
        Units = Guard.NotNegative(units);
        Disposition = Enum.IsDefined(disposition)
            ? disposition
            : throw new ArgumentException(Guard.Format(ErrorMessages.UndefinedEnumValue, nameof(disposition), nameof(ReturnDisposition)), nameof(disposition));
    }

    /// <summary>Units returned.</summary>
    public int Units { get; }

    /// <summary>What they were judged to be.</summary>
    public ReturnDisposition Disposition { get; }

    /// <summary>The record in the invariant culture, e.g. "3 units Defective".</summary>
    public override string ToString() => Units.ToString(CultureInfo.InvariantCulture) + " units " + Disposition.ToString();
}
