using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Generators over the whole valid range of every stored type. Each states its range; <c>ReachTests</c> proves with the
/// fixed seed of <c>Reach</c> that the draws of a property's run reach the ends of it.
/// </summary>
internal static class Generators
{
    private static readonly string[] Samples = ["a", " ", "-", "\"", "\\", "/", "é", "ß", "中", "文", "😀", "𝄞", "\u00a0", "\u2028", "<", "&", "'", "0", "Z", "~"];

    /// <summary>Whole 64-bit range [from, to].</summary>
    public static Gen<long> Long(long from, long to) => FsCheck.FSharp.Gen.Choose64(from, to);

    /// <summary>
    /// Typed-id text: 1 to 64 UTF-16 units of any Unicode text: ASCII, other BMP characters, surrogate pairs, inner
    /// white space, quotes and backslashes; no control characters and no white space at either end (the domain's rule).
    /// Lone surrogates are not Unicode text and JSON cannot carry them: <c>HostileJsonTests</c> shows they are refused.
    /// </summary>
    public static readonly Gen<string> IdText =
        from length in Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(64)), (6, Gen.Choose(1, 64)))
        from pieces in Gen.Frequency(
                (4, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
                (3, Gen.Choose(0xA0, 0xD7FF).Select(c => ((char)c).ToString())),
                (1, Gen.Choose(0xE000, 0xFFFD).Select(c => ((char)c).ToString())),
                (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
                (2, Gen.Elements(Samples)))
            .ArrayOf(length)
        select Fit(pieces, length);

    public static readonly Gen<Sku> Sku = IdText.Select(t => new Sku(t));
    public static readonly Gen<OrderId> OrderId = IdText.Select(t => new OrderId(t));
    public static readonly Gen<PartyId> PartyId = IdText.Select(t => new PartyId(t));
    public static readonly Gen<ProductId> ProductId = IdText.Select(t => new ProductId(t));
    public static readonly Gen<ShipmentId> ShipmentId = IdText.Select(t => new ShipmentId(t));
    public static readonly Gen<FacilityId> FacilityId = IdText.Select(t => new FacilityId(t));

    /// <summary>GTIN-8, -12, -13 and -14, any payload digits (leading zeros included) and its check digit.</summary>
    public static readonly Gen<Gtin> Gtin =
        from length in Gen.Elements(8, 12, 13, 14)
        from payload in Digits(length - 1)
        select Identifiers.Gtin.Parse(payload + Gs1CheckDigit.Compute(payload));

    /// <summary>GLN: any 12 payload digits and the check digit.</summary>
    public static readonly Gen<Gln> Gln = Digits(12).Select(p => Identifiers.Gln.Parse(p + Gs1CheckDigit.Compute(p)));

    /// <summary>SSCC: extension digit 0–9, a company prefix of 4 to 12 digits, any serial reference that fits.</summary>
    public static readonly Gen<Sscc> Sscc =
        from extension in Gen.Choose(0, 9)
        from prefix in Gen.Choose(4, 12).SelectMany(Digits)
        from serial in Long(0, Pow10(16 - prefix.Length) - 1)
        select Identifiers.Sscc.Create(extension, prefix, serial);

    /// <summary>Any country of ISO 3166-1.</summary>
    public static readonly Gen<CountryCode> Country = Gen.Elements(CountryCode.All.ToArray());

    /// <summary>A UN/LOCODE: any assigned country and three characters of A–Z and 2–9.</summary>
    public static readonly Gen<UnLocode> UnLocode =
        from country in Country
        from place in Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789".ToCharArray()).ArrayOf(3)
        select Identifiers.UnLocode.Parse(country.Alpha2 + new string(place));

    /// <summary>An HS code of 6 to 10 digits, chapter 01–97 except 77.</summary>
    public static readonly Gen<HsCode> HsCode =
        from chapter in Gen.Choose(1, 97).Where(c => c != 77)
        from rest in Gen.Choose(4, 8).SelectMany(Digits)
        select Identifiers.HsCode.Parse(chapter.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + rest);

    /// <summary>Every active ISO 4217 code, those without a minor unit included.</summary>
    public static readonly Gen<Currency> Currency = Gen.Elements(Monetary.Currency.All.ToArray());

    /// <summary>
    /// Any decimal: a 96-bit mantissa (small and full-width ones), either sign, scale 0 to 28 — from ±7.9·10²⁸ down
    /// to 10⁻²⁸, zero included.
    /// </summary>
    public static readonly Gen<decimal> Decimal =
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(int.MinValue, int.MaxValue)))
        from hi in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Constant(-1)), (2, Gen.Choose(int.MinValue, int.MaxValue)))
        from negative in Gen.Elements(true, false)
        from scale in Gen.Frequency((1, Gen.Constant((byte)0)), (1, Gen.Constant((byte)28)), (4, Gen.Choose(0, 28).Select(s => (byte)s)))
        from zero in Gen.Frequency((1, Gen.Constant(true)), (30, Gen.Constant(false)))
        select zero ? 0m : new decimal(lo, mid, hi, negative, scale);

    /// <summary>Money: any decimal amount in any currency.</summary>
    public static readonly Gen<Money> Money = from amount in Decimal from currency in Currency select new Money(amount, currency);

    /// <summary>Money greater than zero (a unit price).</summary>
    public static readonly Gen<Money> Price =
        from amount in Decimal.Select(Math.Abs).Where(a => a > 0m)
        from currency in Currency
        select new Money(amount, currency);

    /// <summary>
    /// Free text such as a rate's source: empty, a feed's name, or any Unicode text of 1 to 64 units with control
    /// characters (JSON escapes them) and white space at either end.
    /// </summary>
    public static readonly Gen<string> FreeText = Gen.Frequency(
        (1, Gen.Constant(string.Empty)),
        (1, Gen.Elements("ECB", "PBOC", "Fed H.10")),
        (1, from text in IdText from control in Gen.Choose(0, 0x1F) select (char)control + text + " "),
        (4, IdText));

    /// <summary>
    /// An exchange rate: any two different active currencies, any rate above zero (from 10⁻²⁸ to 7.9·10²⁸, scale 0 to
    /// 28), any ISO date, any source text.
    /// </summary>
    public static readonly Gen<ExchangeRate> ExchangeRate =
        from pair in (from b in Currency from q in Currency select (Base: b, Quote: q)).Where(p => p.Base != p.Quote)
        from rate in Decimal.Select(Math.Abs).Where(r => r > 0m)
        from date in LocalDate
        from source in FreeText
        select new ExchangeRate(pair.Base, pair.Quote, rate, date, source);

    /// <summary>A box: each side 1 µm to 1000 m, in whole micrometres (the type's resolution), small and large sides alike.</summary>
    public static readonly Gen<Dimensions> Dimensions =
        from sides in Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(1_000_000_000)), (3, Gen.Choose(1, 1_000_000)), (3, Gen.Choose(1, 1_000_000_000))).ArrayOf(3)
        select new Dimensions(Length.FromMillimeters(sides[0] / 1000.0), Length.FromMillimeters(sides[1] / 1000.0), Length.FromMillimeters(sides[2] / 1000.0));

    /// <summary>
    /// Any finite double: from the full bit range (tiny, subnormal, huge, negative) and everyday numbers (1.5, 0.1).
    /// </summary>
    public static readonly Gen<double> FiniteDouble = Gen.Frequency(
            (3, Long(long.MinValue, long.MaxValue).Select(BitConverter.Int64BitsToDouble)),
            (2, Gen.Choose(-100_000, 100_000).Select(i => i / 10.0)),
            (1, Gen.Elements(0.0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 0.1, 1.5)))
        .Where(double.IsFinite);

    /// <summary>A quantity of any finite value in any unit of its type.</summary>
    public static Gen<TQuantity> Quantity<TQuantity, TUnit>(Func<double, TUnit, TQuantity> create)
        where TUnit : struct, Enum =>
        from value in FiniteDouble
        from unit in Gen.Elements(Enum.GetValues<TUnit>())
        select create(value, unit);

    /// <summary>Any instant NodaTime holds (years −9998 to 9999), to the nanosecond.</summary>
    public static readonly Gen<Instant> Instant =
        from ticks in Gen.Frequency(
            (1, Gen.Constant(NodaTime.Instant.MinValue.ToUnixTimeTicks())),
            (1, Gen.Constant(NodaTime.Instant.MaxValue.ToUnixTimeTicks())),
            (8, Long(NodaTime.Instant.MinValue.ToUnixTimeTicks(), NodaTime.Instant.MaxValue.ToUnixTimeTicks())))
        from nanos in Gen.Choose(0, 99)
        select ticks == NodaTime.Instant.MaxValue.ToUnixTimeTicks() ? NodaTime.Instant.MaxValue
            : ticks == NodaTime.Instant.MinValue.ToUnixTimeTicks() ? NodaTime.Instant.MinValue
            : NodaTime.Instant.FromUnixTimeTicks(ticks).PlusNanoseconds(nanos);

    /// <summary>Any ISO date (years −9998 to 9999).</summary>
    public static readonly Gen<LocalDate> LocalDate =
        Gen.Frequency(
                (1, Gen.Constant(0)),
                (1, Gen.Constant(Period.DaysBetween(NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue))),
                (8, Gen.Choose(0, Period.DaysBetween(NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue))))
            .Select(d => NodaTime.LocalDate.MinIsoValue.PlusDays(d));

    /// <summary>A count of units: 1 to <see cref="int.MaxValue"/>, small ones and the end included.</summary>
    public static readonly Gen<int> Count = Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(int.MaxValue)), (3, Gen.Choose(1, 1000)), (3, Gen.Choose(1, int.MaxValue)));

    public static readonly Gen<PurchaseOrderLine> OrderLine =
        from line in Count
        from sku in Sku
        from quantity in Count
        from price in Price
        from date in LocalDate
        select new PurchaseOrderLine(line, sku, quantity, price, date);

    /// <summary>Accept, reject, and a change with a quantity, a date or both.</summary>
    public static readonly Gen<LineResponse> Response =
        from line in Count
        from shape in Gen.Choose(0, 4)
        from quantity in Count
        from date in LocalDate
        select shape switch
        {
            0 => LineResponse.Accept(line),
            1 => LineResponse.Reject(line),
            2 => LineResponse.Change(line, quantity, null),
            3 => LineResponse.Change(line, null, date),
            _ => LineResponse.Change(line, quantity, date),
        };

    public static readonly Gen<DespatchLine> DespatchLine = from line in Count from quantity in Count select new DespatchLine { Line = line, Quantity = quantity };

    /// <summary>A receipt line: damaged from 0 to the whole quantity.</summary>
    public static readonly Gen<ReceiptLine> ReceiptLine =
        from line in Count
        from quantity in Count
        from damaged in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Constant(quantity)), (2, Gen.Choose(0, quantity)))
        select new ReceiptLine { Line = line, Quantity = quantity, Damaged = damaged };

    /// <summary>0 to 5 items.</summary>
    private static Gen<T[]> Few<T>(Gen<T> gen) => Gen.Choose(0, 5).SelectMany(gen.ArrayOf);

    /// <summary>
    /// Every kind of event with any values its constructor accepts: version 1 to <see cref="int.MaxValue"/> (1 for the
    /// draft), any instant, 0 to 5 lines, any tolerance decimal (the draft does not check it; <c>Rebuild</c> does).
    /// </summary>
    /// <summary>
    /// A stock movement: every kind through its own factory, 1 to int.MaxValue units, any instant; receipts and customer returns into and
    /// shipments from each bucket they allow; adjustments of every reason from outside, to outside, or between two different buckets (a third each).
    /// </summary>
    public static readonly Gen<SupplyChain.Domain.Inventory.StockMovement> StockMovement =
        from kind in Gen.Elements(Enum.GetValues<SupplyChain.Domain.Inventory.StockMovementKind>())
        from quantity in Count
        from at in Instant
        from target in Gen.Elements(SupplyChain.Domain.Inventory.StockBucket.Fulfillable, SupplyChain.Domain.Inventory.StockBucket.UnfulfillableDefective, SupplyChain.Domain.Inventory.StockBucket.UnfulfillableCarrierDamaged)
        from outOf in Gen.Elements(SupplyChain.Domain.Inventory.StockBucket.Reserved, SupplyChain.Domain.Inventory.StockBucket.Fulfillable)
        from reason in Gen.Elements(Enum.GetValues<SupplyChain.Domain.Inventory.AdjustmentReason>())
        from side in Gen.Choose(0, 2)
        from one in Gen.Elements(Enum.GetValues<SupplyChain.Domain.Inventory.StockBucket>())
        from other in Gen.Elements(Enum.GetValues<SupplyChain.Domain.Inventory.StockBucket>()).Where(b => b != one)
        let buckets = side switch
        {
            0 => (From: (SupplyChain.Domain.Inventory.StockBucket?)null, To: (SupplyChain.Domain.Inventory.StockBucket?)one),
            1 => (From: one, To: null),
            _ => (From: one, To: other),
        }
        select kind switch
        {
            SupplyChain.Domain.Inventory.StockMovementKind.InboundPlanned => SupplyChain.Domain.Inventory.StockMovement.InboundPlanned(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.InboundShipped => SupplyChain.Domain.Inventory.StockMovement.InboundShipped(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.InboundArrived => SupplyChain.Domain.Inventory.StockMovement.InboundArrived(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.Receipt => SupplyChain.Domain.Inventory.StockMovement.Receipt(quantity, at, target),
            SupplyChain.Domain.Inventory.StockMovementKind.Shipment => SupplyChain.Domain.Inventory.StockMovement.Shipment(quantity, at, outOf),
            SupplyChain.Domain.Inventory.StockMovementKind.TransferOut => SupplyChain.Domain.Inventory.StockMovement.TransferOut(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.TransferIn => SupplyChain.Domain.Inventory.StockMovement.TransferIn(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.Reservation => SupplyChain.Domain.Inventory.StockMovement.Reservation(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.Release => SupplyChain.Domain.Inventory.StockMovement.Release(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.BackorderOpened => SupplyChain.Domain.Inventory.StockMovement.BackorderOpened(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.BackorderClosed => SupplyChain.Domain.Inventory.StockMovement.BackorderClosed(quantity, at),
            SupplyChain.Domain.Inventory.StockMovementKind.CustomerReturn => SupplyChain.Domain.Inventory.StockMovement.CustomerReturn(quantity, at, target == SupplyChain.Domain.Inventory.StockBucket.UnfulfillableCarrierDamaged ? SupplyChain.Domain.Inventory.StockBucket.UnfulfillableCustomerDamaged : target),
            _ => SupplyChain.Domain.Inventory.StockMovement.Adjustment(reason, quantity, buckets.From, buckets.To, at),
        };

    public static readonly Gen<PurchaseOrderEvent> Event =
        from kind in Gen.Choose(0, 6)
        from id in OrderId
        from version in Count
        from at in Instant
        from buyer in PartyId
        from supplier in PartyId
        from tolerance in Decimal
        from orderLines in Few(OrderLine)
        from responses in Few(Response)
        from despatches in Few(DespatchLine)
        from receipts in Few(ReceiptLine)
        from shortClosed in Gen.Elements(true, false)
        select kind switch
        {
            0 => new PurchaseOrderDrafted(id, at, buyer, supplier, orderLines, tolerance),
            1 => new PurchaseOrderIssued(id, version, at),
            2 => new PurchaseOrderResponded(id, version, at, responses),
            3 => new PurchaseOrderDespatched(id, version, at, despatches),
            4 => new PurchaseOrderReceived(id, version, at, receipts),
            5 => new PurchaseOrderCancelled(id, version, at),
            _ => (PurchaseOrderEvent)new PurchaseOrderClosed(id, version, at, shortClosed),
        };

    private static Gen<string> Digits(int count) => Gen.Choose(0, 9).ArrayOf(count).Select(d => string.Concat(d));

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Cuts the pieces to at most <paramref name="length"/> UTF-16 units (never inside a pair) and mends the ends.</summary>
    private static string Fit(string[] pieces, int length)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces.Where(p => !p.Any(char.IsControl)))
        {
            if (text.Length + piece.Length <= length)
            {
                text.Append(piece);
            }
        }

        var fitted = text.ToString();
        if (fitted.Length == 0)
        {
            return "x";
        }

        if (char.IsWhiteSpace(fitted[0]))
        {
            fitted = "x" + fitted[1..];
        }

        return char.IsWhiteSpace(fitted[^1]) ? fitted[..^1] + "x" : fitted;
    }
}
