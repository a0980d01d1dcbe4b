namespace SupplyChain.Domain.Demand;

/// <summary>The demand patterns of the Syntetos–Boylan–Croston classification (see <see cref="DemandClassification"/>).</summary>
public enum DemandPattern
{
    /// <summary>Regular in timing and size: ADI &lt; 1.32 and CV² &lt; 0.49. Moving average or exponential smoothing suit it.</summary>
    Smooth = 0,

    /// <summary>Sporadic timing, steady size: ADI ≥ 1.32 and CV² &lt; 0.49. Croston/SBA suit it.</summary>
    Intermittent = 1,

    /// <summary>Regular timing, variable size: ADI &lt; 1.32 and CV² ≥ 0.49.</summary>
    Erratic = 2,

    /// <summary>Sporadic timing and variable size: ADI ≥ 1.32 and CV² ≥ 0.49. Hardest to forecast; SBA is a usual choice.</summary>
    Lumpy = 3,

    /// <summary>No period with demand: ADI is undefined (infinite).</summary>
    NoDemand = 4,
}
