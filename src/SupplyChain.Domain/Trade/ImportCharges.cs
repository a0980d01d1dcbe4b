using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// Duty and import tax per unit for one consignment: the low-value regime in force decides whether duty applies; the
/// import tax (VAT, GST) is not relieved by those regimes and is charged on the customs value plus duty.
/// </summary>
internal sealed class ImportCharges
{
    private ImportCharges(DutyFreeDecision decision, DutyRate rate, Money dutyPerUnit, Money taxPerUnit, string dutyBasis, string taxBasis)
    {
        Decision = decision;
        Rate = rate;
        DutyPerUnit = dutyPerUnit;
        TaxPerUnit = taxPerUnit;
        DutyBasis = dutyBasis;
        TaxBasis = taxBasis;
    }

    internal DutyFreeDecision Decision { get; }

    internal DutyRate Rate { get; }

    internal Money DutyPerUnit { get; }

    internal Money TaxPerUnit { get; }

    internal string DutyBasis { get; }

    internal string TaxBasis { get; }

    /// <summary>Duty and import tax per unit of a consignment of <paramref name="unitsInConsignment"/> units of one HS code, each worth <paramref name="unitValue"/>.</summary>
    internal static ImportCharges Assess(HsCode hsCode, CountryCode origin, CountryCode destination, LocalDate date, Money unitValue, int unitsInConsignment, DutyRateTable rates, IEnumerable<LowValueRegime>? regimes)
    {
        var rate = rates.For(hsCode, destination, date);
        var value = unitValue * unitsInConsignment;
        var declaration = new CustomsDeclaration(hsCode, origin, value, unitsInConsignment);
        var decision = LowValueRegimes.Assess([declaration], destination, date, regimes);
        var dutyRate = decision.IsDutyFree ? 0m : rate.Duty;
        var duty = unitValue * dutyRate;
        var tax = (unitValue + duty) * rate.ImportTax;
        var dutyBasis = decision.IsDutyFree
            ? $"duty-free: {decision.Explanation}"
            : $"{InvariantText.Number(rate.Duty * 100m)} % of {unitValue} (HS {rate.HsPrefix} into {destination}); consignment of {unitsInConsignment} units worth {value} not duty-free: {Why(decision)}";
        var taxBasis = $"{InvariantText.Number(rate.ImportTax * 100m)} % of customs value plus duty";
        return new ImportCharges(decision, rate, duty, tax, dutyBasis, taxBasis);
    }

    private static string Why(DutyFreeDecision decision) => decision.Reason switch
    {
        DutyFreeReason.Suspended => $"{decision.RuleId} suspended ({decision.Suspension!.Id})",
        DutyFreeReason.AboveThreshold => $"above the {decision.RuleId} threshold of {decision.Threshold}",
        DutyFreeReason.ExcludedGoods => $"goods excluded from {decision.RuleId}",
        DutyFreeReason.NotUnderIoss => $"{decision.RuleId} covers only consignments declared under IOSS",
        DutyFreeReason.FlatDuty => $"{decision.RuleId} charges a flat duty per subheading",
        _ => "no low-value regime in force",
    };
}
