using System.Reflection;
using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit;
using SupplyChain.Domain.Serialization.SystemTextJson;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// The companion package's public API is a promise too (<c>__snapshots__/PublicApiTests.Public_api_has_not_changed_api.snap</c>):
/// one extension method; the converters stay internal so that the JSON forms can only change with a CHANGELOG line.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Package = typeof(JsonSerializerOptionsExtensions).Assembly;

    [Fact]
    public void Public_api_has_not_changed()
    {
        var api = Package.GeneratePublicApi(new ApiGeneratorOptions
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

    [Fact]
    public void The_core_package_does_not_depend_on_the_companion_or_its_dependencies()
    {
        var core = typeof(DomainRuleException).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        core.Should().NotContain(["SupplyChain.Domain.Serialization.SystemTextJson", "NodaTime.Serialization.SystemTextJson", "System.Text.Json"]);
    }

    [Fact]
    public void Public_classes_are_static_or_sealed() =>
        Package.GetExportedTypes().Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !t.IsSealed).Should().BeEmpty();
}
