using System.Globalization;

namespace SupplyChain.Domain.Products;

/// <summary>How cases are stacked on a pallet: cases per layer (the "tie") and layers (the "high").</summary>
/// <remarks>Equality compares both numbers.</remarks>
public sealed record PalletPattern
{
    /// <summary>Creates a pallet pattern.</summary>
    /// <param name="casesPerLayer">Cases in one layer; at least 1.</param>
    /// <param name="layers">Layers on a pallet; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is less than 1.</exception>
    /// <exception cref="OverflowException">The product of the two numbers is larger than <see cref="int.MaxValue"/>.</exception>
    public PalletPattern(int casesPerLayer, int layers)
    {
        CasesPerLayer = Guard.Positive(casesPerLayer);
        Layers = Guard.Positive(layers);
        CasesPerPallet = checked(casesPerLayer * layers);
    }

    /// <summary>Cases in one layer.</summary>
    public int CasesPerLayer { get; }

    /// <summary>Layers on a pallet.</summary>
    public int Layers { get; }

    /// <summary>Cases on a full pallet: cases per layer × layers.</summary>
    public int CasesPerPallet { get; }

    /// <summary>"T × H", e.g. "6 × 3 cases".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CasesPerLayer} × {Layers} cases");
}
