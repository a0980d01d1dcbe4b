using FsCheck;
using FsCheck.Xunit;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Invariants of every plan over random scenarios: exact cost sums and connected steps.</summary>
public sealed class FulfilmentPropertyTests
{
    private static IFulfilmentMode[] Modes(int trailingSales) =>
        [DirectExpress(Incoterm.Ddp), DirectExpress(Incoterm.Dap, LastMile()), Pickup(trailingSales), Warehouse(),
            WarehouseWithFees(trailingSales % 40, trailingSales % 35)];

    [Property(MaxTest = 60)]
    public bool Cost_parts_are_whole_cents_and_sum_exactly_to_the_total(PositiveInt quantity, PositiveInt valueCents, bool early)
    {
        var request = Request(quantity: quantity.Get % 40 + 1, unitValue: (valueCents.Get % 500_000 + 1) / 100m,
            date: early ? new NodaTime.LocalDate(2024, 6, 3) : Monday);
        return Modes(1200 + quantity.Get % 20).All(mode =>
        {
            var cost = mode.Plan(request).CostPerUnit;
            var sum = cost.Parts.Aggregate(Money.Zero(Currency.USD), (s, p) => s + p.Amount);
            return sum == cost.Total && cost.Parts.All(p => p.Amount.IsWholeMinorUnits());
        });
    }

    [Property(MaxTest = 60)]
    public bool Every_plan_s_steps_connect_end_to_end_from_the_seller_to_the_buyer(PositiveInt quantity)
    {
        var request = Request(quantity: quantity.Get % 40 + 1);
        return Modes(1200).Select(m => m.Plan(request)).All(plan =>
            plan.Legs.Zip(plan.Legs.Skip(1)).All(pair => pair.First.To == pair.Second.From)
            && plan.Origin.Name.StartsWith("Seller warehouse", StringComparison.Ordinal)
            && plan.Destination.Name == "Buyer, Chicago 60601, US"
            && plan.Handovers[^1].To == ChainActor.Buyer && plan.Handovers[^1].RiskPassesToBuyer);
    }

    [Property]
    public bool Rounding_exact_parts_loses_no_cent_and_moves_each_part_by_less_than_one_cent(NonNegativeInt a, NonNegativeInt b, NonNegativeInt c, PositiveInt divisor)
    {
        // Exact parts such as an order's freight shared by units: whole cents divided by 1..97.
        var d = divisor.Get % 97 + 1;
        decimal[] exact = [a.Get % 1_000_000 / 100m / d, b.Get % 1_000_000 / 100m / d, c.Get % 1_000_000 / 100m / d];
        var breakdown = LandedCostBreakdown.FromExactParts(Currency.EUR,
            exact.Select(x => new LandedCostPart(LandedCostKind.Freight, TradeParty.Seller, new Money(x, Currency.EUR), "generated")));
        var total = breakdown.Parts.Sum(p => p.Amount.Amount);
        return total == breakdown.Total.Amount
               && breakdown.Total.Amount == decimal.Round(exact.Sum(), 2, MidpointRounding.AwayFromZero)
               && breakdown.Parts.Select((p, i) => Math.Abs(p.Amount.Amount - exact[i])).All(diff => diff < 0.01m);
    }
}
