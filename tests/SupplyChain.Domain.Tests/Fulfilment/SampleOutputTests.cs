using Snapshooter;
using Snapshooter.Xunit;
using Spectre.Console.Testing;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// The samples' terminal output is a review artefact: a changed number shows up as a changed snapshot
/// (<c>__snapshots__/</c> next to this file). Rendered at a fixed width without colours, so it is stable.
/// </summary>
public sealed class SampleOutputTests
{
    private static (string Text, int Failures) Render(Func<TestConsole, int> render)
    {
        var console = new TestConsole().Width(160);
        var failures = render(console);
        return (string.Join('\n', console.Output.Split('\n').Select(line => line.TrimEnd())), failures);
    }

    [Fact]
    public void Mode_comparison_output_has_not_changed()
    {
        var (text, failures) = Render(ModeComparisonSample.ComparisonReport.Render);

        failures.Should().Be(0);
        Snapshot.Match(text, new SnapshotNameExtension("txt"));
    }

    [Fact]
    public void Direct_express_output_has_not_changed() => Match(DirectExpressSample.Report.Render);

    [Fact]
    public void Platform_pickup_output_has_not_changed() => Match(PlatformPickupSample.Report.Render);

    [Fact]
    public void Platform_warehouse_output_has_not_changed() => Match(PlatformWarehouseSample.Report.Render);

    private static void Match(Func<TestConsole, int> render)
    {
        var (text, failures) = Render(render);
        failures.Should().Be(0);
        Snapshot.Match(text, new SnapshotNameExtension("txt"));
    }
}
