// CustomPolicy: a downstream team adds its own replenishment policy (seasonal days of cover with a promotion uplift)
// against the library's public interface, and composes it with the built-in constraints (case pack, MOQ). The
// hand-worked numbers in the comments are checked by tests/SupplyChain.Domain.Tests/Replenishment/CustomPolicySampleTests.cs.
using System.Globalization;
using CustomPolicy;
using NodaTime;
using SamplePlainText;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Cover 30 days (20 lead time + 10 safety), a 10-day promotion from 15 to 24 October selling 2.5 times the usual rate,
// cartons of 12, and the factory's minimum order of 48 units.
var promotion = new DateInterval(new LocalDate(2026, 10, 15), new LocalDate(2026, 10, 24));
var seasonal = new SeasonalDaysOfCoverPolicy(coverDays: 30, promotion, uplift: 2.5);
IReplenishmentPolicy policy = seasonal.RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(48);
Text.Say($"Policy: {policy}", indent: 0);

// 1 October: the horizon 1-30 October holds all 10 promotion days.
// Target = 10/day × (20 + 10 × 2.5) = 450; position 100 on hand + 30 inbound = 130; shortfall 320 → 27 cartons = 324.
var october = new ReplenishmentContext(new LocalDate(2026, 10, 1), 10);
var decision = policy.Decide(new InventoryPosition(onHand: 100) { OnOrder = 30 }, october);
Text.Say("1 October, 100 on hand and 30 on order:");
Text.Say(SeasonalDaysOfCoverPolicy.Explain(decision), indent: 4);
Text.Say(decision.Explain(), indent: 4);

// 1 September: the horizon 1-30 September has no promotion day. Target 300; position 290 → 10 short → MOQ 48.
var september = new ReplenishmentContext(new LocalDate(2026, 9, 1), 10);
Text.Say("1 September, 290 on hand:");
Text.Say(policy.Decide(new InventoryPosition(onHand: 290), september).Explain(), indent: 4);

// A built-in next to it, on the same position: plain days of cover ignores the promotion (30 × 10 − 130 = 170 → 180).
var builtIn = new DaysOfCoverPolicy(leadTimeDays: 20, safetyDays: 10).RoundedUpToMultipleOf(12).WithMinimumOrderQuantity(48);
Text.Say("The built-in days-of-cover policy on 1 October:");
Text.Say(builtIn.Decide(new InventoryPosition(100) { OnOrder = 30 }, october).Explain(), indent: 4);
