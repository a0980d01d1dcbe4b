namespace SupplyChain.Domain.Demand;

/// <summary>Which form of Croston's method <see cref="CrostonForecast"/> uses.</summary>
public enum CrostonVariant
{
    /// <summary>Croston (1972): mean = smoothed size / smoothed interval.</summary>
    Classic = 0,

    /// <summary>
    /// Syntetos–Boylan approximation (SBA, 2005): the classic mean times (1 − α/2), which removes most of the classic
    /// method's upward bias.
    /// </summary>
    SyntetosBoylan = 1,
}
