namespace SupplyChain.Domain.PackageTests;

public class SmokeTests
{
    [Fact]
    public void Placeholder() => typeof(DomainRuleException).Assembly.GetName().Name.Should().Be("SupplyChain.Domain");
}
