using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// The public API is a promise: this snapshot (<c>__snapshots__/PublicApiTests.Public_api_has_not_changed.snap</c>)
/// lists every public member. A failure is a review prompt: accept the new snapshot (delete it and run the tests
/// outside CI) <em>and</em> write the CHANGELOG line in the same commit.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_has_not_changed()
    {
        var api = typeof(DomainRuleException).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });

        Snapshot.Match(api.Split('\n').Select(line => line.TrimEnd('\r')).ToArray(), new SnapshotNameExtension("api"));
    }
}
