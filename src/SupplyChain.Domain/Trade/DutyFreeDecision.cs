using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The answer to "is this consignment duty-free on this date", naming the rule it applied: the regime (id, name,
/// threshold), the reason, and the suspension when one applied.
/// </summary>
/// <remarks>Decisions compare by reference: they are read, not compared; compare their figures.</remarks>
public sealed class DutyFreeDecision
{
    internal DutyFreeDecision(
        bool isDutyFree,
        DutyFreeReason reason,
        LowValueRegime? regime,
        LowValueSuspension? suspension,
        Money consignmentValue,
        CountryCode destination,
        LocalDate date,
        string explanation)
    {
        IsDutyFree = isDutyFree;
        Reason = reason;
        Regime = regime;
        Suspension = suspension;
        ConsignmentValue = consignmentValue;
        Destination = destination;
        Date = date;
        Explanation = explanation;
    }

    /// <summary>Whether the consignment enters free of customs duty (other taxes, such as VAT, are not judged here).</summary>
    public bool IsDutyFree { get; }

    /// <summary>Why.</summary>
    public DutyFreeReason Reason { get; }

    /// <summary>The regime applied, or null when none covers the destination on that date.</summary>
    public LowValueRegime? Regime { get; }

    /// <summary>The regime's id, or null.</summary>
    public string? RuleId => Regime?.Id;

    /// <summary>The regime's name, or null.</summary>
    public string? RuleName => Regime?.Name;

    /// <summary>The regime's threshold, or null.</summary>
    public Money? Threshold => Regime?.Threshold;

    /// <summary>The suspension that applied, or null.</summary>
    public LowValueSuspension? Suspension { get; }

    /// <summary>The consignment's total declared value.</summary>
    public Money ConsignmentValue { get; }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The date of entry judged.</summary>
    public LocalDate Date { get; }

    /// <summary>The decision in one sentence, naming the rule, the values and the reason.</summary>
    public string Explanation { get; }

    /// <summary>The explanation.</summary>
    /// <returns><see cref="Explanation"/>.</returns>
    public override string ToString() => Explanation;
}
