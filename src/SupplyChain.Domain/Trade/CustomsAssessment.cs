using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The customs assessment of one consignment (<see cref="CustomsTariff.Assess"/>): per line the customs value, the
/// measures applied and the duty; the totals; the import VAT when asked for; and the low-value regime that decided the
/// duty, if any.
/// </summary>
/// <remarks>Assessments compare by reference: they are read, not compared; compare their figures.</remarks>
public sealed class CustomsAssessment
{
    internal CustomsAssessment(
        CustomsConsignment consignment,
        IReadOnlyList<CustomsLineAssessment> lines,
        Money intrinsicValue,
        Money customsValue,
        Money duty,
        Money? importVat,
        LowValueRegime? regime,
        DutyFreeDecision lowValueDecision)
    {
        Consignment = consignment;
        Lines = lines;
        IntrinsicValue = intrinsicValue;
        CustomsValue = customsValue;
        Duty = duty;
        ImportVat = importVat;
        Regime = regime;
        LowValueDecision = lowValueDecision;
    }

    /// <summary>The consignment assessed.</summary>
    public CustomsConsignment Consignment { get; }

    /// <summary>One assessment per line, in the order of the consignment's lines.</summary>
    public IReadOnlyList<CustomsLineAssessment> Lines { get; }

    /// <summary>The intrinsic value: the sum of the lines' transaction values, without freight and insurance (Reg. (EU) 2015/2446, Art. 1(48)); the value the low-value thresholds are compared with.</summary>
    public Money IntrinsicValue { get; }

    /// <summary>The sum of the lines' customs values.</summary>
    public Money CustomsValue { get; }

    /// <summary>The sum of the lines' duties.</summary>
    public Money Duty { get; }

    /// <summary>The import VAT, or null when the consignment gives no VAT rate.</summary>
    public Money? ImportVat { get; }

    /// <summary>
    /// The low-value regime that decided the duty (a relief such as <c>us-section-321</c>, or a flat duty such as
    /// <c>eu-flat-duty-2026</c>), or null when the normal measures applied (also under a suspended relief, for excluded
    /// goods or above the threshold).
    /// </summary>
    public LowValueRegime? Regime { get; }

    /// <summary>The low-value decision behind <see cref="Regime"/>, with its reason and explanation.</summary>
    public DutyFreeDecision LowValueDecision { get; }

    /// <summary>The totals in one line, e.g. "customs value 795.00 USD, duty 394.13 USD (normal measures)".</summary>
    public override string ToString() =>
        Guard.Format("customs value {0}, duty {1}{2} ({3})", CustomsValue, Duty, ImportVat is null ? string.Empty : ", import VAT " + ImportVat, Regime?.Id ?? "normal measures");
}
