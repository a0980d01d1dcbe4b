namespace SupplyChain.Domain.Analytics;

/// <summary>When a delivery arrived relative to its committed date (or window).</summary>
public enum DeliveryTiming
{
    /// <summary>On the committed date, or within the agreed window around it.</summary>
    OnTime = 0,

    /// <summary>Before the committed date (or before the window opens).</summary>
    Early = 1,

    /// <summary>After the committed date (or after the window closes), or not delivered.</summary>
    Late = 2,
}
