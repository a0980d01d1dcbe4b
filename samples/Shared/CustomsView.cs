using SampleRendering;
using Spectre.Console;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace FulfilmentSamples;

/// <summary>
/// Writes customs assessments for 80 columns: per destination the customs value, the measures applied to each line
/// (as the tariff selects them), the duty in total and per unit, and the import VAT when assessed. A unit value
/// converted into the destination's currency is shown with its conversion.
/// </summary>
internal static class CustomsView
{
    public static void Write(IAnsiConsole console, CustomsTariff tariff, IReadOnlyList<(string Title, CustomsAssessment Assessment, CurrencyConversion? UnitValue)> assessments)
    {
        View.Gap(console);
        View.Heading(console, "Duty on the warehouse's inbound shipment, by destination");
        View.Note(console, "EXAMPLE customs measures, not the published US or EU tariffs.");
        foreach (var (title, assessment, unitValue) in assessments)
        {
            var consignment = assessment.Consignment;
            var units = consignment.Lines.Sum(l => l.Quantity);
            View.Gap(console);
            var first = consignment.Lines[0];
            View.Title(console, $"{title}: {units} units of HS {first.HsCode} from {first.Origin}, entered on {consignment.EntryDate:uuuu-MM-dd}");
            var basis = consignment.IsEuropeanUnion
                ? $"CIF: {assessment.IntrinsicValue} + freight {consignment.FreightToBorder} + insurance {consignment.InsuranceToBorder} to the border"
                : "transaction value, without international freight and insurance";
            var items = new List<(string, string)>();
            if (unitValue is { } conversion)
            {
                items.Add(("Unit value", $"{conversion.Converted} = {conversion.Original} converted ({conversion.ConversionRate.Route.ToString().ToLowerInvariant()} of {string.Join(" and ", conversion.ConversionRate.UsedRates)})"));
            }

            items.AddRange(
            [
                ("Customs value", $"{assessment.CustomsValue} ({basis})"),
                ("Low value", assessment.LowValueDecision.ToString()),
            ]);
            foreach (var line in assessment.Lines)
            {
                var measures = tariff.MeasuresFor(line.Line.HsCode, line.Line.Origin, consignment.Destination, consignment.EntryDate);
                items.Add(("Measures", string.Join("\n", measures.Select(m => m.ToString()))));
            }

            items.Add(("Duty", $"{assessment.Duty} = {(assessment.Duty * (1m / units)).Round()} per unit"));
            if (assessment.ImportVat is { } vat)
            {
                items.Add(("Import VAT", $"{vat} = {View.Number(consignment.ImportVatRatePercent!.Value, "0.##")} % of {assessment.CustomsValue + assessment.Duty} (customs value + duty)"));
            }

            View.Labelled(console, items);
        }

    }
}
