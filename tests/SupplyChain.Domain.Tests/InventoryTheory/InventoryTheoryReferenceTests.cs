using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.InventoryTheory;

/// <summary>
/// Drives the public API from <c>inventory-theory/cases.json</c> (Snyder &amp; Shen worked examples, values checked
/// against stockpyl) through <see cref="InventoryTheoryMapping"/>: one mapping per <c>model</c>, never per id. Every
/// input must be read and every expected field asserted with the case's tolerance rule; an unknown model or field
/// fails.
/// </summary>
public sealed class InventoryTheoryReferenceTests
{
    public static TheoryData<ReferenceCase> Cases => ReferenceCases.InventoryTheory();

    [Theory, Trait("Family", "inventory-theory"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => InventoryTheoryMapping.Run(c.Root);
}
