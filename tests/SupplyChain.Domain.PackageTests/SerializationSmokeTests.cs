using System.Text.Json;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Serialization.SystemTextJson;

namespace SupplyChain.Domain.PackageTests;

/// <summary>
/// A consumer's view of the companion package SupplyChain.Domain.Serialization.SystemTextJson (issue 17): in CI against
/// the packed .nupkg (FROM_PACKAGE), in the solution against the project.
/// </summary>
public sealed class SerializationSmokeTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForSupplyChainDomain();

    [Fact]
    public void A_purchase_order_is_stored_as_json_and_rebuilt_from_the_package()
    {
        var order = new PurchaseOrder(new OrderId("PO-1"), new PartyId("SELLER"), new PartyId("FACTORY"),
            [new PurchaseOrderLine(10, new Sku("LAMP-01"), 400, new Money(6.25m, Currency.USD), new LocalDate(2026, 3, 20))],
            Instant.FromUtc(2026, 2, 2, 8, 0));
        order.Issue(Instant.FromUtc(2026, 2, 2, 9, 0));
        order.Respond(Instant.FromUtc(2026, 2, 3, 9, 0), [LineResponse.Accept(10)]);

        var json = JsonSerializer.Serialize(order.History, Options);
        var rebuilt = PurchaseOrder.Rebuild(JsonSerializer.Deserialize<List<PurchaseOrderEvent>>(json, Options)!);

        rebuilt.History.Should().Equal(order.History);
        rebuilt.Status.Should().Be(PurchaseOrderStatus.Confirmed);
        JsonSerializer.Serialize(Gtin.Parse("6901234567892"), Options).Should().Be("\"6901234567892\"");
        JsonSerializer.Serialize(new Money(12.5m, Currency.USD), Options).Should().Be("""{"amount":"12.50","currency":"USD"}""");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Gtin>("\"6901234567893\"", Options)).Should().Throw<JsonException>();
    }

#if FROM_PACKAGE
    [Fact]
    public void The_companion_assembly_comes_from_its_restored_package_with_its_XML_docs()
    {
        var configuration = typeof(JsonSerializerOptionsExtensions).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        configuration.Should().Be("Release", "the converters must be restored from the packed .nupkg, not built from source");

        Directory.GetFiles(PackageFiles.Restored("SupplyChain.Domain.Serialization.SystemTextJson"), "SupplyChain.Domain.Serialization.SystemTextJson.xml", SearchOption.AllDirectories)
            .Should().ContainSingle("IntelliSense needs the XML docs in the package");
    }

    [Fact]
    public void The_companion_package_depends_on_the_core_package_and_the_core_package_gains_nothing()
    {
        PackageFiles.Of("SupplyChain.Domain.Serialization.SystemTextJson", ".snupkg").Should().ContainSingle("a symbols package is published beside it");

        var companion = PackageFiles.Nuspec("SupplyChain.Domain.Serialization.SystemTextJson", out var entries);
        entries.Should().Contain("README.md").And.Contain("lib/net10.0/SupplyChain.Domain.Serialization.SystemTextJson.dll");
        companion.Should().Contain("<license type=\"expression\">MIT</license>")
            .And.Contain("<readme>README.md</readme>")
            .And.Contain("<dependency id=\"SupplyChain.Domain\"")
            .And.Contain("<dependency id=\"NodaTime.Serialization.SystemTextJson\"")
            .And.Contain("<dependency id=\"UnitsNet\"");

        var core = PackageFiles.Nuspec("SupplyChain.Domain", out _);
        core.Should().NotContain("Serialization", "the core package gains no dependency (issue 17)");
    }
#endif
}
