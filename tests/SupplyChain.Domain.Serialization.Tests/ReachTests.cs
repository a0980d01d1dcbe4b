using System.Globalization;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Tests;
using UnitsNet;
using UnitsNet.Units;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Proof, with the fixed seed of <see cref="Reach"/> and as many draws as a property runs, that the generators reach the
/// ends of the ranges <see cref="Generators"/> states: every GTIN length, the longest ids and non-ASCII text, both ends of
/// the decimal and date ranges, every unit, every event kind and line shape.
/// </summary>
public sealed class ReachTests
{
    private const int Runs = RoundTripPropertyTests.Runs;

    [Fact]
    public void Id_text_reaches_one_and_sixty_four_units_and_any_unicode() =>
        Reach.Covers(Generators.IdText, Runs, t => Labels(
            (t.Length == 1, "length 1"), (t.Length == 64, "length 64"), (t.Any(c => c > 0x7F && !char.IsSurrogate(c)), "non-ASCII BMP"),
            (t.Any(char.IsSurrogate), "surrogate pair"), (t.Length > 2 && t[1..^1].Any(char.IsWhiteSpace), "inner white space"),
            (t.Contains('"', StringComparison.Ordinal) || t.Contains('\\', StringComparison.Ordinal), "quote or backslash")),
            ["length 1", "length 64", "non-ASCII BMP", "surrogate pair", "inner white space", "quote or backslash"]);

    [Fact]
    public void Gs1_keys_reach_every_format_and_the_ends_of_their_parts()
    {
        Reach.Covers(Generators.Gtin, Runs, g => [g.Format.ToString(), g.Digits[0] == '0' ? "leading zero" : "no leading zero"],
            [nameof(GtinFormat.Gtin8), nameof(GtinFormat.Gtin12), nameof(GtinFormat.Gtin13), nameof(GtinFormat.Gtin14), "leading zero", "no leading zero"]);
        Reach.Covers(Generators.Sscc, Runs, s => [$"extension {s.ExtensionDigit}"], Enumerable.Range(0, 10).Select(d => $"extension {d}"));
        Reach.Covers(Generators.HsCode, Runs, h => [$"{h.Digits.Length} digits", h.Chapter is "01" or "97" ? "end chapter" : "inner chapter"],
            ["6 digits", "8 digits", "10 digits", "end chapter", "inner chapter"]);
    }

    [Fact]
    public void Decimals_reach_both_ends_of_their_range_and_every_kind_of_money()
    {
        Reach.Covers(Generators.Decimal, Runs, d => Labels(
                (d.Scale == 0, "scale 0"), (d.Scale == 28, "scale 28"), (Math.Abs(d) > 1e28m, "above 10^28"), (d < 0m, "negative"),
                (d == 0m, "zero"), (d != 0m && Math.Abs(d) < 1e-18m, "below 10^-18")),
            ["scale 0", "scale 28", "above 10^28", "negative", "zero", "below 10^-18"]);
        Reach.Covers(Generators.Money, Runs, m => Labels(
                (m.Currency.MinorUnit is null, "no minor unit"), (m.Currency.MinorUnit == 0, "0 decimals"), (m.Currency.MinorUnit == 3, "3 decimals"),
                (m.Currency.MinorUnit is { } u && m.Amount.Scale > u, "finer than the minor unit")),
            ["no minor unit", "0 decimals", "3 decimals", "finer than the minor unit"]);
    }

    [Fact]
    public void Exchange_rates_reach_both_ends_of_the_rate_any_date_and_any_source() =>
        Reach.Covers(Generators.ExchangeRate, Runs, r => Labels(
                (r.Rate.Scale == 28, "scale 28"), (r.Rate > 1e28m, "above 10^28"), (r.Rate < 1e-18m, "below 10^-18"),
                (r.Base.MinorUnit is null || r.Quote.MinorUnit is null, "no minor unit"),
                (r.Date == LocalDate.MinIsoValue || r.Date == LocalDate.MaxIsoValue, "end date"), (r.Date.Year < 0, "before year 0"),
                (r.Source.Length == 0, "empty source"), (r.Source.Any(char.IsControl), "control character"),
                (r.Source.Any(char.IsSurrogate), "surrogate pair")),
            ["scale 28", "above 10^28", "below 10^-18", "no minor unit", "end date", "before year 0", "empty source", "control character", "surrogate pair"]);

    [Fact]
    public void Stock_movements_reach_every_kind_and_adjustments_from_and_to_outside() =>
        Reach.Covers(Generators.StockMovement, Runs, m => Labels(
                [.. Enum.GetValues<SupplyChain.Domain.Inventory.StockMovementKind>().Select(k => (m.Kind == k, k.ToString())),
                 (m.Kind == SupplyChain.Domain.Inventory.StockMovementKind.Adjustment && m.From is null, "adjustment from outside"),
                 (m.Kind == SupplyChain.Domain.Inventory.StockMovementKind.Adjustment && m.To is null, "adjustment to outside"),
                 (m.Quantity == int.MaxValue, "int.MaxValue units")]),
            [.. Enum.GetNames<SupplyChain.Domain.Inventory.StockMovementKind>(), "adjustment from outside", "adjustment to outside", "int.MaxValue units"]);

    [Fact]
    public void Boxes_reach_the_smallest_and_the_largest_side() =>
        Reach.Covers(Generators.Dimensions, Runs, d => Labels(
                (d.Shortest.Millimeters <= 0.0010000001, "1 µm side"), (d.Longest.Millimeters >= 999_999.999, "1000 m side"),
                (d.Median.Millimeters % 1 != 0, "fraction of a mm")),
            ["1 µm side", "1000 m side", "fraction of a mm"]);

    [Fact]
    public void Quantities_reach_every_unit_and_the_ends_of_the_double_range()
    {
        Reach.Covers(Generators.Quantity<Mass, MassUnit>((v, u) => new Mass(v, u)), Runs, m => [m.Unit.ToString()], Enum.GetNames<MassUnit>(), atLeast: 1);
        Reach.Covers(Generators.Quantity<Length, LengthUnit>((v, u) => new Length(v, u)), Runs, m => [m.Unit.ToString()], Enum.GetNames<LengthUnit>(), atLeast: 1);
        Reach.Covers(Generators.Quantity<Volume, VolumeUnit>((v, u) => new Volume(v, u)), Runs, m => [m.Unit.ToString()], Enum.GetNames<VolumeUnit>(), atLeast: 1);
        Reach.Covers(Generators.Quantity<Speed, SpeedUnit>((v, u) => new Speed(v, u)), Runs, m => [m.Unit.ToString()], Enum.GetNames<SpeedUnit>(), atLeast: 1);
        Reach.Covers(Generators.FiniteDouble, Runs, d => Labels(
                (Math.Abs(d) > 1e300, "above 1e300"), (d != 0 && Math.Abs(d) < 1e-300, "below 1e-300"), (double.IsSubnormal(d), "subnormal"),
                (d < 0, "negative"), (d == Math.Round(d, 1) && Math.Abs(d) < 1e4, "everyday")),
            ["above 1e300", "below 1e-300", "subnormal", "negative", "everyday"]);
    }

    [Fact]
    public void Instants_and_dates_reach_both_ends_of_NodaTime()
    {
        Reach.Covers(Generators.Instant, Runs, i => Labels(
                (i == Instant.MinValue, "min"), (i == Instant.MaxValue, "max"), (i.InUtc().Year < 0, "before year 0"),
                (i.InUtc().NanosecondOfSecond % 100 != 0, "nanoseconds")),
            ["min", "max", "before year 0", "nanoseconds"]);
        Reach.Covers(Generators.LocalDate, Runs, d => Labels(
                (d == LocalDate.MinIsoValue, "min"), (d == LocalDate.MaxIsoValue, "max"), (d.Year < 0, "before year 0")),
            ["min", "max", "before year 0"]);
    }

    [Fact]
    public void Events_reach_every_kind_and_every_line_shape()
    {
        Reach.Covers(Generators.Event, Runs, e => Labels(
                (true, e.GetType().Name), (e.Version == int.MaxValue, "version max"),
                (e is PurchaseOrderResponded { Lines.Count: 0 } or PurchaseOrderDespatched { Lines.Count: 0 }, "no lines"),
                (e is PurchaseOrderDrafted { Lines.Count: 5 }, "5 order lines"), (e is PurchaseOrderClosed { ShortClosed: true }, "short close")),
            [
                nameof(PurchaseOrderDrafted), nameof(PurchaseOrderIssued), nameof(PurchaseOrderResponded), nameof(PurchaseOrderDespatched),
                nameof(PurchaseOrderReceived), nameof(PurchaseOrderCancelled), nameof(PurchaseOrderClosed), "version max", "no lines", "5 order lines", "short close",
            ]);
        Reach.Covers(Generators.Response, Runs, r => [r.Action + (r.Quantity is null ? "" : " quantity") + (r.PromisedDate is null ? "" : " date")],
            ["Accept", "Reject", "Change quantity", "Change date", "Change quantity date"]);
        Reach.Covers(Generators.ReceiptLine, Runs, r => Labels((r.Damaged == 0, "undamaged"), (r.Damaged == r.Quantity, "all damaged"), (r.Quantity == int.MaxValue, "max units")),
            ["undamaged", "all damaged", "max units"]);
    }

    private static IEnumerable<string> Labels(params (bool Holds, string Label)[] labels) =>
        labels.Where(l => l.Holds).Select(l => l.Label.ToString(CultureInfo.InvariantCulture));
}
