using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// The purchase-order reference family (Reference/Data/domain/README.md, "purchase-order.json"): one theory row per
/// case, one generic mapping. Every command is applied in turn to one order; a refused command must leave the order
/// exactly as it was; the derived state is then compared with every field of <c>expected</c>, and an order rebuilt from
/// the history must have the same state.
/// </summary>
public sealed class PurchaseOrderReferenceCaseTests
{
    private static readonly string[] ExpectedFields = ["rejectedCommandIndexes", "status", "lines", "confirmedValue", "promisedDate"];

    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("purchase-order");

    [Theory]
    [Trait("Family", "purchase-order")]
    [MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("order", "overDeliveryTolerancePercent", "commands", "expected");

        var orderJson = j.GetProperty("order");
        orderJson.OnlyFields("order", "lines");
        var lines = orderJson.GetProperty("lines").EnumerateArray().Select(LineOf).ToList();
        var commands = j.GetProperty("commands").EnumerateArray().ToList();

        // The file gives no draft instant: the order is drafted at the earliest instant of the case, which cannot be
        // later than any command, so the time rule refuses exactly what it refuses against the accepted commands.
        var draftedAt = commands.Count == 0 ? Instant.FromUtc(2000, 1, 1, 0, 0) : commands.Min(cmd => InstantOf(cmd.Str("at")));
        var order = new PurchaseOrder(
            new OrderId("PO-REF"), new PartyId("SELLER"), new PartyId("FACTORY"), lines, draftedAt, j.Decimal("overDeliveryTolerancePercent"));

        var rejected = new List<int>();
        for (var index = 0; index < commands.Count; index++)
        {
            var before = Describe(order);
            try
            {
                Apply(order, commands[index]);
            }
            catch (Exception e) when (e is DomainRuleException or ArgumentException)
            {
                // A refused command changes nothing: same version, same derived state.
                rejected.Add(index);
                Describe(order).Should().Equal(before, $"case {c.Id}: refused command {index} must leave the order unchanged ({e.Message})");
            }
        }

        var expected = j.GetProperty("expected");
        expected.OnlyFields("expected", ExpectedFields);
        expected.EnumerateObject().Should().NotBeEmpty($"case {c.Id}: an expected object that asserts nothing fails");
        foreach (var field in expected.EnumerateObject())
        {
            var value = field.Value;
            switch (field.Name)
            {
                case "rejectedCommandIndexes":
                    rejected.Should().Equal(value.EnumerateArray().Select(v => v.GetInt32()), "rejected command indexes");
                    break;
                case "status":
                    StatusText(order.Status).Should().Be(value.GetString(), "status");
                    break;
                case "lines":
                    var expectedLines = value.EnumerateArray().ToList();
                    order.Lines.Should().HaveSameCount(expectedLines, "one entry per order line");
                    for (var i = 0; i < expectedLines.Count; i++)
                    {
                        var e = expectedLines[i];
                        e.OnlyFields("expected line", "line", "confirmed", "despatched", "received", "damaged", "open");
                        var actual = order.Lines[i];
                        var where = $"line {e.Int("line")}";
                        actual.Line.Should().Be(e.Int("line"), "lines in the order of order.lines");
                        actual.Confirmed.Should().Be(e.Int("confirmed"), $"{where} confirmed");
                        actual.Despatched.Should().Be(e.Int("despatched"), $"{where} despatched");
                        actual.Received.Should().Be(e.Int("received"), $"{where} received");
                        actual.Damaged.Should().Be(e.Int("damaged"), $"{where} damaged");
                        actual.Open.Should().Be(e.Int("open"), $"{where} open");
                    }

                    break;
                case "confirmedValue":
                    order.ConfirmedValue.Should().Be(MoneyOf(value), "confirmed value, exact");
                    break;
                case "promisedDate":
                    order.PromisedDate.Should().Be(value.ValueKind == JsonValueKind.Null ? null : DateOf(value.GetString()!), "promised date");
                    break;
                default:
                    throw new InvalidDataException($"Case {c.Id}: unknown expected field '{field.Name}'.");
            }
        }

        // What happened is enough to know where the order stands: rebuilt from its history, it is the same order.
        var rebuilt = PurchaseOrder.Rebuild(order.History);
        Describe(rebuilt).Should().Equal(Describe(order));
        rebuilt.History.Should().Equal(order.History);
    });

    private static void Apply(PurchaseOrder order, JsonElement command)
    {
        var type = command.Str("type");
        var at = InstantOf(command.Str("at"));
        var hasLines = type is "RESPOND" or "DESPATCH" or "RECEIVE";
        command.OnlyFields($"command {type}", hasLines ? ["type", "at", "lines"] : ["type", "at"]);
        var items = hasLines ? command.GetProperty("lines").EnumerateArray().ToList() : [];
        switch (type)
        {
            case "ISSUE":
                order.Issue(at);
                break;
            case "RESPOND":
                order.Respond(at, items.Select(ResponseOf).ToList());
                break;
            case "DESPATCH":
                order.Despatch(at, items.Select(l =>
                {
                    l.OnlyFields("despatch line", "line", "quantity");
                    return new DespatchLine { Line = l.Int("line"), Quantity = l.Int("quantity") };
                }).ToList());
                break;
            case "RECEIVE":
                order.Receive(at, items.Select(l =>
                {
                    l.OnlyFields("receipt line", "line", "quantity", "damaged");
                    return new ReceiptLine { Line = l.Int("line"), Quantity = l.Int("quantity"), Damaged = l.Int("damaged") };
                }).ToList());
                break;
            case "CANCEL":
                order.Cancel(at);
                break;
            case "CLOSE":
                order.Close(at);
                break;
            default:
                throw new InvalidDataException($"Unknown command type '{type}'.");
        }
    }

    private static LineResponse ResponseOf(JsonElement l)
    {
        l.OnlyFields("response line", "line", "action", "quantity", "promisedDate");
        var action = l.Str("action") switch
        {
            "ACCEPT" => LineResponseAction.Accept,
            "CHANGE" => LineResponseAction.Change,
            "REJECT" => LineResponseAction.Reject,
            var other => throw new InvalidDataException($"Unknown response action '{other}'."),
        };

        // Optional fields are absent, never null (README); the library judges the shape.
        int? quantity = l.Has("quantity") ? l.Int("quantity") : null;
        LocalDate? promised = l.Has("promisedDate") ? DateOf(l.Str("promisedDate")) : null;
        return new LineResponse(l.Int("line"), action, quantity, promised);
    }

    private static PurchaseOrderLine LineOf(JsonElement l)
    {
        l.OnlyFields("order line", "line", "sku", "quantity", "unitPrice", "requestedDate");
        return new PurchaseOrderLine(l.Int("line"), new Sku(l.Str("sku")), l.Int("quantity"), MoneyOf(l.GetProperty("unitPrice")), DateOf(l.Str("requestedDate")));
    }

    internal static Money MoneyOf(JsonElement money)
    {
        money.OnlyFields("money", "amount", "currency");
        return new Money(money.Decimal("amount"), Currency.Parse(money.Str("currency")));
    }

    internal static string StatusText(PurchaseOrderStatus status) => status switch
    {
        PurchaseOrderStatus.Draft => "DRAFT",
        PurchaseOrderStatus.Issued => "ISSUED",
        PurchaseOrderStatus.Confirmed => "CONFIRMED",
        PurchaseOrderStatus.Rejected => "REJECTED",
        PurchaseOrderStatus.PartiallyDespatched => "PARTIALLY_DESPATCHED",
        PurchaseOrderStatus.Despatched => "DESPATCHED",
        PurchaseOrderStatus.PartiallyReceived => "PARTIALLY_RECEIVED",
        PurchaseOrderStatus.Received => "RECEIVED",
        PurchaseOrderStatus.Cancelled => "CANCELLED",
        PurchaseOrderStatus.Closed => "CLOSED",
        _ => throw new InvalidDataException($"Unmapped status {status}."),
    };

    /// <summary>Every derived fact of an order, as text, to compare two orders.</summary>
    internal static string[] Describe(PurchaseOrder order) =>
    [
        order.Version.ToString(CultureInfo.InvariantCulture), order.Status.ToString(), order.ConfirmedValue.ToString(),
        order.PromisedDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-", .. order.Lines.Select(l => $"{l} {l.Answer} {l.PromisedDate}"),
    ];

    private static Instant InstantOf(string text) => InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    private static LocalDate DateOf(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
