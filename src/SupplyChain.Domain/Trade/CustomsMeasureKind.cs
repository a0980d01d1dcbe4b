namespace SupplyChain.Domain.Trade;

/// <summary>How a <see cref="CustomsMeasure"/> computes its amount on one declaration line.</summary>
public enum CustomsMeasureKind
{
    /// <summary>A percentage of the line's customs value (<see cref="CustomsMeasure.RatePercent"/>).</summary>
    AdValorem = 1,

    /// <summary>An amount per unit declared (<see cref="CustomsMeasure.Amount"/> × the line's quantity).</summary>
    SpecificPerUnit = 2,

    /// <summary>An amount per kilogram of net mass (<see cref="CustomsMeasure.Amount"/> × the line's net mass in kg).</summary>
    SpecificPerKilogram = 3,
}
