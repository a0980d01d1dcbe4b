using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// Bounds on the optimal (s_t, S_t) of a finite-horizon problem from the myopic cost function (Snyder &amp; Shen,
/// Section 4.5.3): s̲_t ≤ s_t ≤ s̄_t and S̲_t ≤ S_t ≤ S̄_t, one entry per 0-based period.
/// </summary>
/// <remarks>Equality compares the lists by reference (records do); compare the members for value equality.</remarks>
public sealed record MyopicBoundsResult
{
    internal MyopicBoundsResult(double[] orderUpToLower, double[] orderUpToUpper, double[] reorderPointLower, double[] reorderPointUpper)
    {
        OrderUpToLevelLower = Array.AsReadOnly(orderUpToLower);
        OrderUpToLevelUpper = Array.AsReadOnly(orderUpToUpper);
        ReorderPointLower = Array.AsReadOnly(reorderPointLower);
        ReorderPointUpper = Array.AsReadOnly(reorderPointUpper);
    }

    /// <summary>Gets S̲_t, the myopic base-stock level (the minimiser of the myopic cost G_t).</summary>
    public IReadOnlyList<double> OrderUpToLevelLower { get; }

    /// <summary>Gets S̄_t, the y ≥ S̲_t with G_t(y) = G_t(S̲_t) + γ_t·K_(t+1).</summary>
    public IReadOnlyList<double> OrderUpToLevelUpper { get; }

    /// <summary>Gets s̲_t, the y ≤ S̲_t with G_t(y) = G_t(S̲_t) + K_t.</summary>
    public IReadOnlyList<double> ReorderPointLower { get; }

    /// <summary>Gets s̄_t, the y ≤ S̲_t with G_t(y) = G_t(S̲_t) + K_t − γ_t·K_(t+1); NaN when K_t − γ_t·K_(t+1) &lt; 0.</summary>
    public IReadOnlyList<double> ReorderPointUpper { get; }

    /// <summary>Describes the result with the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"MyopicBoundsResult {{ Periods = {OrderUpToLevelLower.Count} }}");
}
