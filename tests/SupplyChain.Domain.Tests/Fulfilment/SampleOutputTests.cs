using Snapshooter;
using Snapshooter.Xunit;
using Spectre.Console.Testing;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The samples' terminal output is a review artefact: a changed number shows up as a changed snapshot
/// (<c>__snapshots__/</c> next to this file). Rendered at 80 columns without colours, as Spectre.Console renders when the
/// output goes to a file, so the snapshots show what a user of an 80-column terminal sees.
/// </summary>
public sealed class SampleOutputTests
{
    /// <summary>The width Spectre.Console renders at when the output is redirected, and the narrowest usual terminal.</summary>
    public const int Columns = 80;

    /// <summary>Runs a sample against an 80-column test console and returns its output, lines trimmed at the end.</summary>
    private static string Render(Action<TestConsole> run)
    {
        var console = new TestConsole().Width(Columns);
        run(console);
        return string.Join('\n', console.Output.Split('\n').Select(line => line.TrimEnd()));
    }

    [Fact]
    public void Mode_comparison_output_has_not_changed() => Match(console => ModeComparisonSample.Program.Run(console));

    [Fact]
    public void Direct_express_output_has_not_changed() => Match(console => DirectExpressSample.Program.Run(console));

    [Fact]
    public void Platform_pickup_output_has_not_changed() => Match(console => PlatformPickupSample.Program.Run(console));

    [Fact]
    public void Platform_warehouse_output_has_not_changed() => Match(console => PlatformWarehouseSample.Program.Run(console));

    [Fact]
    public void Policy_lab_output_has_not_changed() => Match(console => PolicyLabSample.Program.Run(console, TextWriter.Null));

    [Fact]
    public void Just_in_time_output_has_not_changed() => Match(console => JustInTimeSample.Program.Run(console));

    [Fact]
    public void Last_mile_output_has_not_changed() => Match(console => LastMileSample.Program.Run(console));

    private static void Match(Action<TestConsole> run)
    {
        var text = Render(run);
        text.Split('\n').Should().AllSatisfy(line => line.Length.Should().BeLessThanOrEqualTo(Columns, "a line must fit 80 columns: {0}", line));
        text.Should().NotContain("checks passed", "the samples' checks are these tests, not part of what a user sees");
        Snapshot.Match(text, new SnapshotNameExtension("txt"));
    }
}
