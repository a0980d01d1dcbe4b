using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// The exact JSON of each type, as a person writes it, typed by hand here (not copied from the converters' output): it is
/// what is written, and what is read back. The table of docs/persistence.md shows the same forms.
/// </summary>
public sealed class TextFormTests
{
    private static void Both<T>(T value, string json)
    {
        Json.Write(value).Should().Be(json);
        Json.Read<T>(json).Should().Be(value);
    }

    [Fact]
    public void Identifiers_are_strings_as_written_on_the_label()
    {
        Both(Gtin.Parse("6901234567892"), "\"6901234567892\"");          // EAN-13 (README quick start)
        Both(Gtin.Parse("012345678905"), "\"012345678905\"");            // UPC-A keeps its 12 digits
        Both(Gln.Parse("0614141000012"), "\"0614141000012\"");
        Both(Sscc.Parse("106141411234567897"), "\"106141411234567897\"");
        Both(UnLocode.Parse("CNSZX"), "\"CNSZX\"");
        Both(CountryCode.Parse("CN"), "\"CN\"");
        Both(HsCode.Parse("85171300"), "\"85171300\"");
        Both(new Sku("LAMP-01"), "\"LAMP-01\"");
        Both(new OrderId("PO-2026-001"), "\"PO-2026-001\"");
        Both(new PartyId("FACTORY-SZ"), "\"FACTORY-SZ\"");
        Both(new ProductId("P-1"), "\"P-1\"");
        Both(new ShipmentId("EXP-0001"), "\"EXP-0001\"");
        Both(new FacilityId("SZ-WH-1"), "\"SZ-WH-1\"");
        Both(Currency.USD, "\"USD\"");
    }

    [Fact]
    public void Identifiers_are_read_in_every_form_their_Parse_accepts()
    {
        Json.Read<UnLocode>("\"cnszx\"").Should().Be(UnLocode.Parse("CNSZX"));     // normalised to upper case
        Json.Read<HsCode>("\"8517.13.00\"").Should().Be(HsCode.Parse("85171300"));  // separators dropped
        Json.Write(Json.Read<HsCode>("\"8517.13.00\"")).Should().Be("\"85171300\"");
    }

    [Fact]
    public void Money_is_an_exact_decimal_string_with_the_currency()
    {
        Both(new Money(12.50m, Currency.USD), """{"amount":"12.50","currency":"USD"}""");
        Json.Write(new Money(12.5m, Currency.USD)).Should().Be("""{"amount":"12.50","currency":"USD"}""", "at least the currency's 2 decimals, as Money.ToString writes");
        Both(new Money(1500m, Currency.JPY), """{"amount":"1500","currency":"JPY"}""");
        Both(new Money(0.0125m, Currency.USD), """{"amount":"0.0125","currency":"USD"}""");   // a unit cost finer than a cent is kept
        Both(new Money(-3.005m, Currency.Parse("BHD")), """{"amount":"-3.005","currency":"BHD"}""");
    }

    [Fact]
    public void Money_is_also_read_from_a_json_number_without_going_through_a_double()
    {
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; read as text it stays 0.3 exactly.
        Json.Read<Money>("""{"amount": 0.3, "currency": "USD"}""").Amount.Should().Be(0.3m);
        Json.Read<Money>("""{"currency": "EUR", "amount": 12.50}""").Should().Be(new Money(12.50m, Currency.EUR));
        // 28 decimals, the most a decimal holds: every digit kept.
        Json.Read<Money>("""{"amount": "0.1234567890123456789012345678", "currency": "USD"}""").Amount.Should().Be(0.1234567890123456789012345678m);
    }

    [Fact]
    public void An_exchange_rate_is_as_the_feed_publishes_it()
    {
        // The ECB's euro reference rate of Thursday 28 March 2024: 1 EUR = 1.0811 USD (docs/exchange-rates.md).
        var ecb = new ExchangeRate(Currency.EUR, Currency.USD, 1.0811m, new LocalDate(2024, 3, 28), "ECB");
        Both(ecb, """{"base":"EUR","quote":"USD","rate":"1.0811","date":"2024-03-28","source":"ECB"}""");
        // The rate is written exactly as held: 1.08110 keeps its fifth decimal (and equals 1.0811).
        Json.Write(new ExchangeRate(Currency.EUR, Currency.USD, 1.08110m, new LocalDate(2024, 3, 28), "ECB"))
            .Should().Be("""{"base":"EUR","quote":"USD","rate":"1.08110","date":"2024-03-28","source":"ECB"}""");
        // Read from a JSON number as text, never through a double; fields in any order; an empty source is a source.
        Json.Read<ExchangeRate>("""{"source": "", "date": "2024-03-28", "rate": 7.8136, "quote": "CNY", "base": "EUR"}""")
            .Should().Be(new ExchangeRate(Currency.EUR, Currency.CNY, 7.8136m, new LocalDate(2024, 3, 28), string.Empty));
    }

    [Fact]
    public void A_box_is_its_own_text_form()
    {
        var box = new Dimensions(Length.FromCentimeters(60), Length.FromCentimeters(40), Length.FromInches(12));   // 12 in = 304.8 mm
        Both(box, "\"600 \\u00D7 400 \\u00D7 304.8 mm\"");          // the default encoder escapes × (U+00D7)
        Json.Read<Dimensions>("\"304.8 × 600 × 400 mm\"").Should().Be(box);   // read with a plain ×, sides in any order
    }

    [Fact]
    public void Quantities_are_a_number_and_the_unit_a_person_writes()
    {
        Both(Mass.FromKilograms(1.5), """{"value":1.5,"unit":"kg"}""");
        Both(Mass.FromPounds(2.2), """{"value":2.2,"unit":"lb"}""");
        Both(Mass.FromGrams(1500), """{"value":1500,"unit":"g"}""");     // kept in grams: the unit is part of the value
        Both(Length.FromCentimeters(60), """{"value":60,"unit":"cm"}""");
        Both(Length.FromInches(12), """{"value":12,"unit":"in"}""");
        Both(Volume.FromLiters(20), """{"value":20,"unit":"l"}""");
        Both(Volume.FromCubicMeters(0.096), """{"value":0.096,"unit":"m\u00B3"}""");
        Both(Speed.FromKilometersPerHour(80), """{"value":80,"unit":"km/h"}""");
        Json.Read<Mass>("""{"unit": "lbs", "value": 3}""").Should().Be(Mass.FromPounds(3));   // any abbreviation that names one unit
        Json.Read<Volume>("""{"value": 0.5, "unit": "m³"}""").Should().Be(Volume.FromCubicMeters(0.5));
        Both(Mass.From(2, UnitsNet.Units.MassUnit.ShortHundredweight), """{"value":2,"unit":"ShortHundredweight"}""");  // "cwt" names two units
    }

    [Fact]
    public void NodaTime_values_are_iso_strings()
    {
        Both(Instant.FromUtc(2026, 2, 2, 8, 0), "\"2026-02-02T08:00:00Z\"");
        Both(new LocalDate(2026, 3, 20), "\"2026-03-20\"");
        Both(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], "\"Asia/Shanghai\"");
    }

    [Fact]
    public void A_draft_event_reads_as_an_order_clerk_would_write_it()
    {
        var drafted = new PurchaseOrderDrafted(new OrderId("PO-2026-001"), Instant.FromUtc(2026, 2, 2, 8, 0), new PartyId("SELLER-A"), new PartyId("FACTORY-SZ"),
            [new PurchaseOrderLine(10, new Sku("LAMP-01"), 400, new Money(6.25m, Currency.USD), new LocalDate(2026, 3, 20))], 2.5m);
        Both<PurchaseOrderEvent>(drafted,
            """{"type":"PurchaseOrderDrafted","orderId":"PO-2026-001","version":1,"at":"2026-02-02T08:00:00Z","buyer":"SELLER-A","supplier":"FACTORY-SZ","overDeliveryTolerancePercent":"2.5","lines":[{"line":10,"sku":"LAMP-01","quantity":400,"unitPrice":{"amount":"6.25","currency":"USD"},"requestedDate":"2026-03-20"}]}""");
    }

    [Fact]
    public void The_other_events_read_as_written()
    {
        var id = new OrderId("PO-2026-001");
        Both<PurchaseOrderEvent>(new PurchaseOrderIssued(id, 2, Instant.FromUtc(2026, 2, 2, 9, 0)),
            """{"type":"PurchaseOrderIssued","orderId":"PO-2026-001","version":2,"at":"2026-02-02T09:00:00Z"}""");
        Both<PurchaseOrderEvent>(new PurchaseOrderResponded(id, 3, Instant.FromUtc(2026, 2, 3, 9, 0), [LineResponse.Change(10, 432, new LocalDate(2026, 3, 25)), LineResponse.Accept(20), LineResponse.Reject(30)]),
            """{"type":"PurchaseOrderResponded","orderId":"PO-2026-001","version":3,"at":"2026-02-03T09:00:00Z","lines":[{"line":10,"action":"change","quantity":432,"promisedDate":"2026-03-25"},{"line":20,"action":"accept"},{"line":30,"action":"reject"}]}""");
        Both<PurchaseOrderEvent>(new PurchaseOrderDespatched(id, 4, Instant.FromUtc(2026, 3, 20, 6, 0), [new DespatchLine { Line = 10, Quantity = 440 }]),
            """{"type":"PurchaseOrderDespatched","orderId":"PO-2026-001","version":4,"at":"2026-03-20T06:00:00Z","lines":[{"line":10,"quantity":440}]}""");
        Both<PurchaseOrderEvent>(new PurchaseOrderReceived(id, 5, Instant.FromUtc(2026, 4, 28, 6, 0), [new ReceiptLine { Line = 10, Quantity = 440, Damaged = 2 }]),
            """{"type":"PurchaseOrderReceived","orderId":"PO-2026-001","version":5,"at":"2026-04-28T06:00:00Z","lines":[{"line":10,"quantity":440,"damaged":2}]}""");
        Both<PurchaseOrderEvent>(new PurchaseOrderClosed(id, 6, Instant.FromUtc(2026, 4, 29, 6, 0), shortClosed: false),
            """{"type":"PurchaseOrderClosed","orderId":"PO-2026-001","version":6,"at":"2026-04-29T06:00:00Z","shortClosed":false}""");
        Both<PurchaseOrderEvent>(new PurchaseOrderCancelled(id, 2, Instant.FromUtc(2026, 2, 2, 9, 30)),
            """{"type":"PurchaseOrderCancelled","orderId":"PO-2026-001","version":2,"at":"2026-02-02T09:30:00Z"}""");
    }

    [Fact]
    public void The_type_may_come_anywhere_and_optional_fields_may_be_left_out()
    {
        Json.Read<PurchaseOrderEvent>("""{"orderId": "PO-1", "version": 2, "at": "2026-02-02T09:00:00Z", "type": "PurchaseOrderIssued"}""")
            .Should().Be(new PurchaseOrderIssued(new OrderId("PO-1"), 2, Instant.FromUtc(2026, 2, 2, 9, 0)));
        Json.Read<ReceiptLine>("""{"line": 10, "quantity": 5}""").Should().Be(new ReceiptLine { Line = 10, Quantity = 5 });   // damaged: 0
        Json.Read<LineResponse>("""{"line": 10, "action": "change", "quantity": 12, "promisedDate": null}""").Should().Be(LineResponse.Change(10, 12, null));
    }

    [Fact]
    public void A_stock_movement_is_written_with_its_buckets_and_reads_back_with_the_fixed_ones_left_out()
    {
        // 96 mugs received into fulfillable on 2026-03-23 at 09:00 UTC: a receipt always comes out of InboundReceiving.
        var receipt = SupplyChain.Domain.Inventory.StockMovement.Receipt(96, NodaTime.Instant.FromUtc(2026, 3, 23, 9, 0));

        Json.Write(receipt).Should().Be("""{"kind":"Receipt","quantity":96,"from":"InboundReceiving","to":"Fulfillable","reason":null,"at":"2026-03-23T09:00:00Z"}""");
        Json.Read<SupplyChain.Domain.Inventory.StockMovement>("""{"at":"2026-03-23T09:00:00Z","quantity":96,"kind":"Receipt"}""").Should().Be(receipt);
    }
}
