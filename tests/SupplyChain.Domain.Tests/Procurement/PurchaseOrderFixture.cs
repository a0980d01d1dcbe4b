using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// A seller's order to its Shenzhen factory used across the procurement tests: line 10, 400 lamps at 6.25 USD for
/// 2026-03-20; line 20, 1,000 cables at 0.85 USD for 2026-03-27. Written at <see cref="T0"/>; each later step one hour on.
/// </summary>
internal static class PurchaseOrderFixture
{
    internal static readonly Instant T0 = Instant.FromUtc(2026, 2, 2, 8, 0);
    internal static readonly LocalDate LampDate = new(2026, 3, 20);
    internal static readonly LocalDate CableDate = new(2026, 3, 27);

    internal static Instant At(int hours) => T0.Plus(Duration.FromHours(hours));

    internal static Money Usd(decimal amount) => new(amount, Currency.USD);

    internal static PurchaseOrderLine[] Lines() =>
    [
        new(10, new Sku("LAMP-01"), 400, Usd(6.25m), LampDate),
        new(20, new Sku("CABLE-1M"), 1000, Usd(0.85m), CableDate),
    ];

    internal static PurchaseOrder Draft(decimal tolerancePercent = 0m) =>
        new(new OrderId("PO-2026-001"), new PartyId("SELLER-A"), new PartyId("FACTORY-SZ"), Lines(), T0, tolerancePercent);

    internal static PurchaseOrder Issued(decimal tolerancePercent = 0m)
    {
        var order = Draft(tolerancePercent);
        order.Issue(At(1));
        return order;
    }

    internal static PurchaseOrder Confirmed(decimal tolerancePercent = 0m)
    {
        var order = Issued(tolerancePercent);
        order.Respond(At(2), [LineResponse.Accept(10), LineResponse.Accept(20)]);
        return order;
    }

    internal static DespatchLine Despatch(int line, int quantity) => new() { Line = line, Quantity = quantity };

    internal static ReceiptLine Receipt(int line, int quantity, int damaged = 0) => new() { Line = line, Quantity = quantity, Damaged = damaged };
}
