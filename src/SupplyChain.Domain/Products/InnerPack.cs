using System.Globalization;

namespace SupplyChain.Domain.Products;

/// <summary>An inner pack: a small bundle of units inside a case (e.g. a shrink-wrapped set of 6).</summary>
/// <remarks>Equality compares <see cref="UnitsPerInnerPack"/>.</remarks>
public sealed record InnerPack
{
    /// <summary>Creates an inner pack.</summary>
    /// <param name="unitsPerInnerPack">How many units it holds; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerInnerPack"/> is less than 1.</exception>
    public InnerPack(int unitsPerInnerPack) => UnitsPerInnerPack = Guard.Positive(unitsPerInnerPack);

    /// <summary>How many units the inner pack holds.</summary>
    public int UnitsPerInnerPack { get; }

    /// <summary>"inner pack of N".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"inner pack of {UnitsPerInnerPack}");
}
