using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>The assessment of one line of a consignment: its customs value, the names of the measures applied and its duty.</summary>
/// <remarks>Line assessments compare by reference; compare their figures.</remarks>
public sealed class CustomsLineAssessment
{
    internal CustomsLineAssessment(CustomsLine line, Money customsValue, IReadOnlyList<string> measureNames, Money duty)
    {
        Line = line;
        CustomsValue = customsValue;
        MeasureNames = measureNames;
        Duty = duty;
    }

    /// <summary>The line assessed.</summary>
    public CustomsLine Line { get; }

    /// <summary>The line's customs value: its transaction value, plus its share of freight and insurance into the European Union.</summary>
    public Money CustomsValue { get; }

    /// <summary>
    /// The names of the measures applied, distinct and sorted ordinally; empty under a duty relief, and the regime's id
    /// (e.g. <c>eu-flat-duty-2026</c>) under a flat duty.
    /// </summary>
    public IReadOnlyList<string> MeasureNames { get; }

    /// <summary>The line's duty: the sum of its measures' amounts, each rounded to cents.</summary>
    public Money Duty { get; }

    /// <summary>The line in one line, e.g. "6109100012: customs value 620.00 USD, duty 334.80 USD (IEEPA fentanyl, MFN)".</summary>
    public override string ToString() =>
        Guard.Format("{0}: customs value {1}, duty {2} ({3})", Line.HsCode, CustomsValue, Duty, MeasureNames.Count == 0 ? "no measure" : string.Join(", ", MeasureNames));
}
