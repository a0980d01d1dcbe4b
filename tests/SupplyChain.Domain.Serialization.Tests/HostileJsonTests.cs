using System.Text.Json;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Broken JSON gives a <see cref="JsonException"/> whose message names the JSON path of the broken value and the rule,
/// with the domain's own exception inside where the domain refused it; never another exception, never a half-built value.
/// </summary>
public sealed class HostileJsonTests
{
    private const string Drafted = """{"type":"PurchaseOrderDrafted","orderId":"PO-1","version":1,"at":"2026-02-02T08:00:00Z","buyer":"S","supplier":"F","overDeliveryTolerancePercent":"0","lines":[LINE]}""";
    private const string Rate = """{"base":"EUR","quote":"USD","rate":"1.0811","date":"2024-03-28","source":"ECB"}""";
    private const string Line = """{"line":10,"sku":"LAMP-01","quantity":400,"unitPrice":{"amount":"6.25","currency":"USD"},"requestedDate":"2026-03-20"}""";

    public static TheoryData<Type, string, string, string> Cases => new()
    {
        // Wrong token types.
        { typeof(Gtin), "6901234567892", "$", "expected a GTIN (a JSON string), but found a JSON number" },
        { typeof(Money), """["12.50","USD"]""", "$", "expected an amount of money (a JSON object), but found a JSON array" },
        { typeof(Money), """{"amount":true,"currency":"USD"}""", "$.amount", "expected the amount as a JSON string holding an exact decimal" },
        { typeof(Mass), """{"value":"1.5","unit":"kg"}""", "$.value", "expected the value (a JSON number), but found a JSON string" },
        { typeof(PurchaseOrderEvent), """{"type":"PurchaseOrderIssued","orderId":"PO-1","version":"2","at":"2026-02-02T09:00:00Z"}""", "$.version", "expected the version (a JSON number)" },
        { typeof(ReceiptLine), """{"line":10,"quantity":5,"damaged":null}""", "$.damaged", "expected a count (a JSON number), but found a JSON null" },
        // Identifiers that fail their own rules (the FormatException inside).
        // 690123456789: 9·3 + 8 + 7·3 + 6 + 5·3 + 4 + 3·3 + 2 + 1·3 + 0 + 9·3 + 6 = 128, so the check digit is 10 − 8 = 2.
        { typeof(Gtin), "\"6901234567893\"", "$", "the GS1 mod-10 check digit should be 2, but is 3" },
        { typeof(Sscc), "\"10614141123456789\"", "$", "not an SSCC" },
        { typeof(UnLocode), "\"XXSZX\"", "$", "'XX' is not an officially assigned ISO 3166-1 alpha-2 country code" },
        { typeof(HsCode), "\"7701.00\"", "$", "chapter 77 does not exist" },
        { typeof(Sku), "\" LAMP\"", "$", "must not start or end with white space" },
        { typeof(Currency), "\"usd\"", "$", "not an ISO 4217 currency code" },
        { typeof(Dimensions), "\"0 × 400 × 400 mm\"", "$", "must be greater than 0" },
        // Missing, unknown and repeated fields.
        { typeof(Money), """{"amount":"12.50"}""", "$", "an amount of money is missing its field 'currency'" },
        { typeof(Money), """{"amount":"12.50","currency":"USD","rate":"1.1"}""", "$.rate", "an amount of money has no field 'rate'" },
        { typeof(Money), """{"amount":"12.50","currency":"USD","Amount":"1"}""", "$.Amount", "has no field 'Amount'" },
        { typeof(Money), """{"amount":"12.50","currency":"USD","amount":"13"}""", "$.amount", "the field 'amount' of an amount of money appears twice" },
        { typeof(PurchaseOrderEvent), """{"orderId":"PO-1","version":2,"at":"2026-02-02T09:00:00Z"}""", "$", "missing its field 'type'" },
        { typeof(PurchaseOrderEvent), """{"type":"PurchaseOrderShipped","orderId":"PO-1","version":2,"at":"2026-02-02T09:00:00Z"}""", "$.type", "'PurchaseOrderShipped' is not a purchase order event type" },
        { typeof(PurchaseOrderEvent), """{"type":"PurchaseOrderIssued","orderId":"PO-1","version":2,"at":"2026-02-02T09:00:00Z","shortClosed":true}""", "$.shortClosed", "has no field 'shortClosed'" },
        { typeof(PurchaseOrderEvent), """{"type":"PurchaseOrderClosed","orderId":"PO-1","version":6,"at":"2026-02-02T09:00:00Z"}""", "$", "missing its field 'shortClosed'" },
        { typeof(PurchaseOrderEvent), Drafted.Replace("LINE", Line.Replace("\"sku\":\"LAMP-01\",", "", StringComparison.Ordinal), StringComparison.Ordinal), "$.lines[0]", "a purchase order line is missing its field 'sku'" },
        { typeof(PurchaseOrderClosed), """{"type":"PurchaseOrderIssued","orderId":"PO-1","version":2,"at":"2026-02-02T09:00:00Z"}""", "$.type", "expected a PurchaseOrderClosed, but the type says PurchaseOrderIssued" },
        // Out-of-range values (the domain's ArgumentException inside, named by its field).
        { typeof(DespatchLine), """{"line":10,"quantity":0}""", "$.quantity", "the domain refuses a despatch line" },
        { typeof(PurchaseOrderEvent), """{"type":"PurchaseOrderIssued","orderId":"PO-1","version":0,"at":"2026-02-02T09:00:00Z"}""", "$.version", "the domain refuses a purchase order event" },
        { typeof(PurchaseOrderEvent), """{"type":"PurchaseOrderIssued","orderId":"PO-1","version":2147483648,"at":"2026-02-02T09:00:00Z"}""", "$.version", "must be a whole number from -2147483648 to 2147483647" },
        { typeof(PurchaseOrderEvent), Drafted.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal).Replace("LINE", Line, StringComparison.Ordinal), "$.version", "a PurchaseOrderDrafted event is version 1" },
        { typeof(PurchaseOrderEvent), Drafted.Replace("LINE", Line.Replace("\"amount\":\"6.25\"", "\"amount\":\"-6.25\"", StringComparison.Ordinal), StringComparison.Ordinal), "$.lines[0].unitPrice", "the domain refuses a purchase order line" },
        { typeof(PurchaseOrderEvent), Drafted.Replace("LINE", Line + "," + Line.Replace("\"line\":10", "\"line\":20", StringComparison.Ordinal).Replace("\"2026-03-20\"", "\"2026-13-01\"", StringComparison.Ordinal), StringComparison.Ordinal), "$.lines[1].requestedDate", "'2026-13-01' is not the requested date" },
        { typeof(ReceiptLine), """{"line":10,"quantity":5,"damaged":6}""", "$.damaged", "the domain refuses a receipt line: Damaged units (6)" },
        { typeof(LineResponse), """{"line":10,"action":"accept","quantity":5}""", "$.quantity", "the domain refuses a line response" },
        { typeof(LineResponse), """{"line":10,"action":"Accept"}""", "$.action", "'Accept' is not an action (accept, change or reject, in lower case)" },
        { typeof(Mass), """{"value":1e400,"unit":"kg"}""", "$.value", "beyond the range of a double" },
        { typeof(Mass), """{"value":1,"unit":"KG"}""", "$.unit", "'KG' is not a unit of a mass" },
        { typeof(Length), """{"value":1,"unit":"kg"}""", "$.unit", "'kg' is not a unit of a length" },
        // Stock movements: made by the kind's own factory, so the JSON cannot claim another movement.
        { typeof(SupplyChain.Domain.Inventory.StockMovement), """{"kind":"Receipt","quantity":5,"from":"Fulfillable","to":"Fulfillable","reason":null,"at":"2026-03-23T09:00:00Z"}""", "$", "a Receipt moves from InboundReceiving to Fulfillable" },
        { typeof(SupplyChain.Domain.Inventory.StockMovement), """{"kind":"Adjustment","quantity":5,"from":null,"to":"Fulfillable","at":"2026-03-23T09:00:00Z"}""", "$", "an adjustment needs a reason" },
        { typeof(SupplyChain.Domain.Inventory.StockMovement), """{"kind":"4","quantity":5,"at":"2026-03-23T09:00:00Z"}""", "$.kind", "'4' is not a stock movement kind" },
        { typeof(SupplyChain.Domain.Inventory.StockMovement), """{"kind":"receipt","quantity":5,"at":"2026-03-23T09:00:00Z"}""", "$.kind", "'receipt' is not a stock movement kind" },
        { typeof(SupplyChain.Domain.Inventory.StockMovement), """{"kind":"Reservation","quantity":0,"at":"2026-03-23T09:00:00Z"}""", "$.quantity", "the domain refuses a stock movement: quantity must be greater than zero" },
        // Amounts: one grammar, exact or refused.
        { typeof(Money), """{"amount":"12,50","currency":"EUR"}""", "$.amount", "'12,50' is not a plain decimal" },
        { typeof(Money), """{"amount":1.25e1,"currency":"EUR"}""", "$.amount", "'1.25e1' is not a plain decimal" },
        { typeof(Money), """{"amount":" 12.50","currency":"EUR"}""", "$.amount", "is not a plain decimal" },
        { typeof(Money), """{"amount":"012.50","currency":"EUR"}""", "$.amount", "is not a plain decimal" },
        { typeof(Money), """{"amount":"12.","currency":"EUR"}""", "$.amount", "is not a plain decimal" },
        { typeof(Money), """{"amount":"0.00000000000000000000000000001","currency":"EUR"}""", "$.amount", "more digits than a decimal holds exactly" },
        { typeof(Money), """{"amount":"123456789012345678901234567890","currency":"EUR"}""", "$.amount", "more digits than a decimal holds exactly" },
        { typeof(Money), """{"amount":"9.0000000000000000000000000001","currency":"EUR"}""", "$.amount", "more digits than a decimal holds exactly" },
        // Exchange rates: the domain's rule (the DomainRuleException inside) at the field it is about.
        { typeof(ExchangeRate), Rate.Replace("\"1.0811\"", "\"0\"", StringComparison.Ordinal), "$.rate", "the domain refuses an exchange rate: rule fx.rate-positive: The exchange rate EUR/USD dated 2024-03-28 is 0" },
        { typeof(ExchangeRate), Rate.Replace("\"1.0811\"", "-1.0811", StringComparison.Ordinal), "$.rate", "rule fx.rate-positive" },
        { typeof(ExchangeRate), Rate.Replace("\"USD\"", "\"EUR\"", StringComparison.Ordinal), "$.quote", "the domain refuses an exchange rate: An exchange rate needs two different currencies, but base and quote are both EUR." },
        { typeof(ExchangeRate), Rate.Replace("\"EUR\"", "\"RMB\"", StringComparison.Ordinal), "$.base", "not an ISO 4217 currency code" },
        { typeof(ExchangeRate), Rate.Replace("\"1.0811\"", "\"1.0811e0\"", StringComparison.Ordinal), "$.rate", "the rate '1.0811e0' is not a plain decimal" },
        { typeof(ExchangeRate), Rate.Replace("\"1.0811\"", "\"0.00000000000000000000000000001\"", StringComparison.Ordinal), "$.rate", "more digits than a decimal holds exactly" },
        { typeof(ExchangeRate), Rate.Replace("\"1.0811\"", "null", StringComparison.Ordinal), "$.rate", "expected the rate as a JSON string holding an exact decimal" },
        { typeof(ExchangeRate), Rate.Replace("\"2024-03-28\"", "\"2024-02-30\"", StringComparison.Ordinal), "$.date", "'2024-02-30' is not the date" },
        { typeof(ExchangeRate), Rate.Replace("\"ECB\"", "null", StringComparison.Ordinal), "$.source", "expected the source (a JSON string), but found a JSON null" },
        { typeof(ExchangeRate), Rate.Replace(",\"source\":\"ECB\"", "", StringComparison.Ordinal), "$", "an exchange rate is missing its field 'source'" },
        { typeof(ExchangeRate), Rate.Replace("\"base\"", "\"from\"", StringComparison.Ordinal), "$.from", "an exchange rate has no field 'from'" },
        { typeof(ExchangeRate), """["EUR","USD","1.0811"]""", "$", "expected an exchange rate (a JSON object), but found a JSON array" },
        // Escaped lone surrogate: not text.
        { typeof(Sku), "\"A\\uD800B\"", "$", "must be valid UTF-16 text" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_json_names_the_path_and_the_rule(Type type, string json, string path, string rule) => Refused(type, json, path, rule);

    /// <summary>Reading <paramref name="json"/> as <paramref name="type"/> throws a <see cref="JsonException"/> naming the path and the rule.</summary>
    internal static void Refused(Type type, string json, string path, string rule)
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize(json, type, Json.Options)).Should().Throw<JsonException>().Which;
        thrown.Message.Should().Contain($"at {path}:").And.Contain(rule);
    }

    [Fact]
    public void NodaTime_values_fail_as_NodaTime_Serialization_fails_them()
    {
        // NodaTime's converters: a JsonException with the path, the pattern's parse failure inside (30 February does not exist).
        var thrown = FluentActions.Invoking(() => Json.Read<Instant>("\"2026-02-30T00:00:00Z\"")).Should().Throw<JsonException>().Which;
        thrown.Path.Should().Be("$");
        thrown.InnerException.Should().BeAssignableTo<FormatException>();
    }

    [Fact]
    public void The_domain_refusal_is_the_inner_exception()
    {
        FluentActions.Invoking(() => Json.Read<Gtin>("\"6901234567893\"")).Should().Throw<JsonException>().WithInnerException<FormatException>();
        FluentActions.Invoking(() => Json.Read<DespatchLine>("""{"line":10,"quantity":-1}""")).Should().Throw<JsonException>()
            .WithInnerException<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Quantity");
    }

    [Fact]
    public void A_refused_exchange_rate_carries_the_domain_s_rule()
    {
        var thrown = FluentActions.Invoking(() => Json.Read<ExchangeRate>(Rate.Replace("\"1.0811\"", "\"0\"", StringComparison.Ordinal))).Should().Throw<JsonException>().Which;
        thrown.InnerException.Should().BeOfType<DomainRuleException>().Which.Rule.Should().Be(DomainRules.FxRatePositive);
        // Word for word as docs/persistence.md shows it.
        thrown.Message.Should().Be("Invalid JSON at $.rate: the domain refuses an exchange rate: rule fx.rate-positive: The exchange rate EUR/USD dated 2024-03-28 is 0: a rate must be a positive number of USD for 1 EUR.");
        FluentActions.Invoking(() => Json.Read<ExchangeRate>(Rate.Replace("\"USD\"", "\"EUR\"", StringComparison.Ordinal))).Should().Throw<JsonException>()
            .WithInnerException<ArgumentException>().Which.ParamName.Should().Be("quoteCurrency");
        // A source with a lone surrogate is allowed by the domain (free text) but JSON cannot carry it: refused when written.
        FluentActions.Invoking(() => Json.Write(new ExchangeRate(Currency.EUR, Currency.USD, 1m, new LocalDate(2024, 3, 28), "E\uD800B")))
            .Should().Throw<JsonException>().WithMessage("*lone surrogate*");
    }

    [Fact]
    public void The_path_runs_from_the_caller_s_document_down_into_the_value()
    {
        // The event sits at index 1 of a list inside the caller's own object; the broken quantity deep inside it.
        var json = """{"Events":[{"type":"PurchaseOrderIssued","orderId":"PO-1","version":2,"at":"2026-02-02T09:00:00Z"},{"type":"PurchaseOrderDespatched","orderId":"PO-1","version":3,"at":"2026-02-02T10:00:00Z","lines":[{"line":10,"quantity":1},{"line":20,"quantity":0}]}]}""";
        var thrown = FluentActions.Invoking(() => Json.Read<EventLog>(json)).Should().Throw<JsonException>().Which;
        thrown.Message.Should().Be("Invalid JSON at $.Events[1].lines[1].quantity: the domain refuses a despatch line: Quantity must be greater than zero, but was 0.");
        thrown.Path.Should().Be("$.Events[1]", "System.Text.Json knows the path down to the value a converter reads");
    }

    [Fact]
    public void An_identifier_that_JSON_cannot_carry_is_refused_when_written()
    {
        // A lone surrogate is allowed by the SKU rule but is not Unicode text: it would be written as U+FFFD and read back as another SKU.
        FluentActions.Invoking(() => Json.Write(new Sku("A\uD800B"))).Should().Throw<JsonException>().WithMessage("*lone surrogate*");
    }

    [Fact]
    public void Nothing_but_a_json_exception_escapes_for_truncated_or_malformed_text()
    {
        string[] broken = ["{\"amount\":\"1\",\"currency\":", "{\"amount\" \"1\"}", "", "nul"];
        foreach (var json in broken)
        {
            FluentActions.Invoking(() => Json.Read<Money>(json)).Should().Throw<JsonException>(json);
            FluentActions.Invoking(() => Json.Read<PurchaseOrderEvent>(json)).Should().Throw<JsonException>(json);
            FluentActions.Invoking(() => Json.Read<ExchangeRate>(json)).Should().Throw<JsonException>(json);
        }
    }

    public sealed record EventLog(IReadOnlyList<PurchaseOrderEvent> Events);
}
