// CustomPolicy: a downstream team adds its own replenishment policy (seasonal days of cover with a promotion uplift)
// against the library's public interface, and composes it with the built-in constraints (case pack, MOQ).
// Exits with code 1 if a result is not what the hand-worked numbers below say.
using System.Globalization;
using CustomPolicy;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"  [{(ok ? "ok" : "FAILED")}] {what}");
    if (!ok)
    {
        failures++;
    }
}

// Cover 30 days (20 lead time + 10 safety), a 10-day promotion from 15 to 24 October selling 2.5 times the usual rate,
// cartons of 12, and the factory's minimum order of 48 units.
var promotion = new DateInterval(new LocalDate(2026, 10, 15), new LocalDate(2026, 10, 24));
var seasonal = new SeasonalDaysOfCoverPolicy(coverDays: 30, promotion, uplift: 2.5);
IReplenishmentPolicy policy = seasonal.RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(48);
Console.WriteLine($"Policy: {policy}");

// 1 October: the horizon 1-30 October holds all 10 promotion days.
// Target = 10/day × (20 + 10 × 2.5) = 450; position 100 on hand + 30 inbound = 130; shortfall 320 → 27 cartons = 324.
var october = new ReplenishmentContext(new LocalDate(2026, 10, 1), 10);
var decision = policy.Decide(new InventoryPosition(onHand: 100) { OnOrder = 30 }, october);
Console.WriteLine($"  {SeasonalDaysOfCoverPolicy.Explain(decision)}");
Console.WriteLine($"  {decision.Explain()}");
Check(decision.Target == 450 && decision.UnconstrainedQuantity == 320 && decision.Quantity == 324, "promotion horizon: 320 short, 27 cartons of 12 = 324");
Check(decision.Reason == SeasonalDaysOfCoverPolicy.PromotionCover, "the reason is our own code, carried as data");
Check(decision.BindingConstraints == OrderConstraints.OrderMultiple, "the case pack changed the quantity, the MOQ did not");

// 1 September: the horizon 1-30 September has no promotion day. Target 300; position 290 → 10 short → MOQ 48,
// already a multiple of 12.
var september = new ReplenishmentContext(new LocalDate(2026, 9, 1), 10);
var small = policy.Decide(new InventoryPosition(onHand: 290), september);
Console.WriteLine($"  {small.Explain()}");
Check(small.Reason == SeasonalDaysOfCoverPolicy.PlainCover && small.Quantity == 48, "a small need is raised to the MOQ of 48");

// The constraints compose in any order to the same decision.
var otherOrder = seasonal.WithMinimumOrderQuantity(48).RoundedUpToMultipleOf(12);
Check(otherOrder.Decide(new InventoryPosition(100) { OnOrder = 30 }, october) == decision, "MOQ then case pack gives the same decision as case pack then MOQ");

// Enough stock: nothing to order, and the decorators keep it that way.
var none = policy.Decide(new InventoryPosition(onHand: 500), october);
Check(none.Quantity == 0 && !none.IsOrder, "position 500 covers the target 450: no order");

// A built-in next to it, on the same position: plain days of cover ignores the promotion (30 × 10 − 130 = 170 → 180).
var builtIn = new DaysOfCoverPolicy(leadTimeDays: 20, safetyDays: 10).RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(48);
var plain = builtIn.Decide(new InventoryPosition(100) { OnOrder = 30 }, october);
Console.WriteLine($"  built-in: {plain.Explain()}");
Check(plain.Quantity == 180, "the built-in days-of-cover policy orders 180 without the uplift");

Console.WriteLine();
Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
return failures == 0 ? 0 : 1;
