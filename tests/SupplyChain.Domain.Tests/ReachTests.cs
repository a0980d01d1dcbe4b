using FsCheck.Fluent;
using Xunit.Sdk;

namespace SupplyChain.Domain.Tests;

/// <summary>The reach helper itself: it draws as many values as asked, replays them, and fails on a missed case.</summary>
public sealed class ReachTests
{
    [Fact]
    public void Sample_draws_the_number_asked_for_and_replays_with_the_fixed_seed()
    {
        // FsCheck's Sample takes (how many, seed, size): swapping the two numbers silently draws size-many values.
        var first = Reach.Sample(Gen.Choose(0, 1_000_000), 300);
        first.Should().HaveCount(300);
        Reach.Sample(Gen.Choose(0, 1_000_000), 300).Should().Equal(first);
    }

    [Fact]
    public void Covers_fails_naming_a_claimed_case_that_no_draw_reaches()
    {
        // Choose(0, 9) never gives 10, so a claim of "ten" must fail and say so; 0 to 9 each come up about 20 times in 200.
        static IEnumerable<string> Label(int i) => [i.ToString(System.Globalization.CultureInfo.InvariantCulture)];

        Reach.Covers(Gen.Choose(0, 9), 200, Label, Enumerable.Range(0, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        FluentActions.Invoking(() => Reach.Covers(Gen.Choose(0, 9), 200, Label, ["3", "10"]))
            .Should().Throw<XunitException>().WithMessage("*found*\"10\"*");
    }
}
