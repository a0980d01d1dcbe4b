using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

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

    internal static ImportCharges Assess(FulfilmentRequest request, int unitsInConsignment, DutyRateTable rates, IEnumerable<LowValueRegime>? regimes)
    {
        var rate = rates.For(request.Product.HsCode, request.Destination, request.Date);
        var value = request.UnitValue * unitsInConsignment;
        var declaration = new CustomsDeclaration(request.Product.HsCode, request.OriginCountry, value, unitsInConsignment);
        var decision = LowValueRegimes.Assess([declaration], request.Destination, request.Date, regimes);
        var dutyRate = decision.IsDutyFree ? 0m : rate.Duty;
        var duty = request.UnitValue * dutyRate;
        var tax = (request.UnitValue + duty) * rate.ImportTax;
        var dutyBasis = decision.IsDutyFree
            ? $"duty-free: {decision.Explanation}"
            : $"{FulfilmentText.Number(rate.Duty * 100m)} % of {request.UnitValue} (HS {rate.HsPrefix} into {request.Destination}); consignment of {unitsInConsignment} units worth {value} not duty-free: {Why(decision)}";
        var taxBasis = $"{FulfilmentText.Number(rate.ImportTax * 100m)} % of customs value plus duty";
        return new ImportCharges(decision, rate, duty, tax, dutyBasis, taxBasis);
    }

    private static string Why(DutyFreeDecision decision) => decision.Reason switch
    {
        DutyFreeReason.Suspended => $"{decision.RuleId} suspended ({decision.Suspension!.Id})",
        DutyFreeReason.AboveThreshold => $"above the {decision.RuleId} threshold of {decision.Threshold}",
        DutyFreeReason.ExcludedGoods => $"goods excluded from {decision.RuleId}",
        _ => "no low-value regime in force",
    };
}
