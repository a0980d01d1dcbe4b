using JustInTimeSample;
using NodaTime;
using Spectre.Console.Testing;

namespace SupplyChain.Domain.Tests.Planning;

/// <summary>The rules samples/JustInTime shows, checked on its run (the numbers themselves are in its output snapshot).</summary>
public sealed class JustInTimeSampleTests
{
    private static readonly JustInTimeResults Results = Program.Run(new TestConsole().Width(80));

    [Fact]
    public void First_come_never_moves_a_promised_date_and_a_share_below_the_need_does()
    {
        // FirstComeAllocation: a later booking never moves an earlier one, so the final book keeps every promise.
        Results.FirstCome.Orders.Should().OnlyContain(o => o.Actual == o.Promised);
        // Under reserved shares a peer's later lot takes back its reserved units: some of seller A's orders are later.
        Results.SmallShare.Orders.Should().Contain(o => o.Actual > o.Promised);
        Results.ReservedShare.Orders.Should().OnlyContain(o => o.Actual >= o.Promised);
    }

    [Fact]
    public void Every_order_is_issued_on_a_Monday_review_and_arrives_24_days_after_it_is_ready()
    {
        foreach (var outcome in new[] { Results.FirstCome, Results.ReservedShare, Results.SmallShare })
        {
            outcome.Orders.Should().OnlyContain(o => o.Issued.DayOfWeek == IsoDayOfWeek.Monday);
            outcome.Orders.Where(o => o.Arrival != null).Should().OnlyContain(o => o.Arrival == o.Actual.PlusDays(Program.InboundDays));
            outcome.Skus.Should().OnlyContain(s => s.Lost <= s.Demanded && s.StockOutDays <= Program.Days);
        }
    }
}
