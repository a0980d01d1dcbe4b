using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// Duty and import VAT per unit for the modes: one consignment of the request's product (HS code, origin, the units
/// shipped together, their net mass and the request's unit value) into the request's destination on its date, assessed
/// by the caller's <see cref="CustomsTariff"/>, then shared equally by the consignment's units.
/// </summary>
internal sealed class ImportCosts
{
    private ImportCosts(CustomsAssessment assessment, Money dutyPerUnit, Money vatPerUnit, string dutyBasis, string vatBasis)
    {
        Assessment = assessment;
        DutyPerUnit = dutyPerUnit;
        VatPerUnit = vatPerUnit;
        DutyBasis = dutyBasis;
        VatBasis = vatBasis;
    }

    internal CustomsAssessment Assessment { get; }

    internal Money DutyPerUnit { get; }

    internal Money VatPerUnit { get; }

    internal string DutyBasis { get; }

    internal string VatBasis { get; }

    /// <summary>
    /// Assesses <paramref name="units"/> units of the request's product as one consignment. The freight to the border
    /// (rounded to the cent, half away from zero) enters the EU customs value (CIF; the modes have no insurance figure,
    /// so insurance is zero); the US customs value ignores it. The import VAT rate is the tariff's rate in force for the
    /// destination (<see cref="CustomsTariff.ImportVatRateFor"/>); without one, no VAT is charged.
    /// </summary>
    internal static ImportCosts Assess(CustomsTariff tariff, FulfilmentRequest request, int units, Money freightToBorder, bool ioss = false)
    {
        var product = request.Product;
        var line = new CustomsLine(product.HsCode, request.OriginCountry, units, product.UnitMass * units, request.UnitValue);
        var european = CustomsTerritory.IsMemberState(request.Destination);
        var consignment = new CustomsConsignment(request.Destination, request.Date, [line])
        {
            FreightToBorder = freightToBorder.Round(),
            Ioss = european && ioss,
            ImportVatRatePercent = european ? tariff.ImportVatRateFor(request.Destination, request.Date) : null,
        };
        var assessment = tariff.Assess(consignment);
        var currency = consignment.Currency;
        var vat = assessment.ImportVat ?? Money.Zero(currency);
        var value = european
            ? $"customs value {assessment.CustomsValue} CIF ({assessment.IntrinsicValue} + freight {consignment.FreightToBorder} to the border)"
            : $"customs value {assessment.CustomsValue} (transaction value, without international freight)";
        var decided = assessment.Regime is { } regime
            ? $"{regime.Id}: {assessment.LowValueDecision.Explanation}"
            : $"{string.Join(" + ", assessment.Lines[0].MeasureNames)}; {assessment.LowValueDecision.Explanation}";
        var dutyBasis = Guard.Format("{0} on a consignment of {1} {2}, {3}; {4}", assessment.Duty, units, units == 1 ? "unit" : "units", value, decided);
        var vatBasis = assessment.ImportVat is { } charged
            ? Guard.Format("{0} on the consignment: {1} % of customs value + duty {2}", charged, InvariantText.Number(consignment.ImportVatRatePercent!.Value), assessment.CustomsValue + assessment.Duty)
            : european
                ? Guard.Format("no import VAT rate for {0} in force on {1} in the tariff", request.Destination, InvariantText.Iso(consignment.EntryDate))
                : Guard.Format("no import VAT into {0}", request.Destination);
        return new ImportCosts(assessment, new Money(assessment.Duty.Amount / units, currency), new Money(vat.Amount / units, currency), dutyBasis, vatBasis);
    }
}
