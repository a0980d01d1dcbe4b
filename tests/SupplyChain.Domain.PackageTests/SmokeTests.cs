using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.PackageTests;

/// <summary>
/// A consumer's view of the package. In CI these run against the packed .nupkg (FROM_PACKAGE); in the solution they
/// run against the project, so that a fresh clone can run every test before anything is packed.
/// </summary>
public sealed class SmokeTests
{
    [Fact]
    public void The_public_API_works_from_the_package()
    {
        Gtin.Parse("4006381333931").Gtin14.Should().Be("04006381333931");
        new Money(100m, Currency.USD).Allocate(3).Sum(m => m.Amount).Should().Be(100m);
        UnLocode.Parse("cnszx").Value.Should().Be("CNSZX");
    }

#if FROM_PACKAGE
    [Fact]
    public void The_assembly_comes_from_the_restored_package_with_its_XML_docs()
    {
        // The packed build is Release; this test project builds in Debug, so a project reference would say Debug.
        var configuration = typeof(Gtin).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        configuration.Should().Be("Release", "the library must be restored from the packed .nupkg, not built from source");

        Directory.GetFiles(PackageFiles.Restored("SupplyChain.Domain"), "SupplyChain.Domain.xml", SearchOption.AllDirectories)
            .Should().ContainSingle("IntelliSense needs the XML docs in the package");
    }

    [Fact]
    public void The_package_carries_its_readme_licence_and_symbols()
    {
        PackageFiles.Of("SupplyChain.Domain", ".snupkg").Should().ContainSingle("a symbols package is published beside it");
        var nuspec = PackageFiles.Nuspec("SupplyChain.Domain", out var entries);
        entries.Should().Contain("README.md").And.Contain("lib/net10.0/SupplyChain.Domain.dll");
        nuspec.Should().Contain("<license type=\"expression\">MIT</license>")
            .And.Contain("<readme>README.md</readme>")
            .And.Contain("<dependency id=\"NodaTime\"")
            .And.Contain("<dependency id=\"UnitsNet\"");
    }
#endif
}
