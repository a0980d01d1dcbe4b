using System.Reflection;
using NodaTime;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Fulfilment.PlatformFees;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.EffectiveDating;

/// <summary>Issue 13: one effective-dating vocabulary for every dated rule of the library.</summary>
public sealed class EffectiveDatingConventionTests
{
    private static readonly Type[] PublicTypes = typeof(IEffectiveDated).Assembly.GetExportedTypes();

    // Words that other dated rules used before issue 13 (EffectiveFrom/Until, From/Until, ValidTo, IsValidOn).
    private static readonly string[] OldWords = ["EffectiveFrom", "EffectiveUntil", "EffectiveTo", "ValidTo", "From", "Until", "IsValidOn"];

    [Fact]
    public void Every_dated_rule_implements_the_one_interface()
    {
        Type[] dated =
        [
            typeof(FulfilmentFeeTable), typeof(SizeTierTable), typeof(DimensionalWeightDivisor), typeof(LowInventoryLevelFeeRule),
            typeof(ExpressRateCard), typeof(ChargeableWeightRule), typeof(LowValueRegime), typeof(LowValueSuspension),
            typeof(SourcingAgreement), typeof(CustomsMeasure), typeof(ImportVatRate),
        ];

        PublicTypes.Where(t => !t.IsInterface && t.GetProperty(nameof(IEffectiveDated.ValidFrom)) is not null)
            .Should().BeEquivalentTo(dated, "the issue names these rules, and any public type with a ValidFrom is one");
        dated.Where(t => !typeof(IEffectiveDated).IsAssignableFrom(t)).Should().BeEmpty();
    }

    [Fact]
    public void No_public_member_uses_another_word_for_a_validity()
    {
        var offending = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => OldWords.Contains(m.Name, StringComparer.Ordinal) && ReturnsADate(m))
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToList();

        offending.Should().BeEmpty("a validity is ValidFrom/ValidUntil and the check is IsInForce(day)");
    }

    [Fact]
    public void A_validity_that_ends_before_it_starts_is_refused_in_either_order()
    {
        var start = new LocalDate(2026, 3, 1);
        var end = new LocalDate(2026, 2, 28);
        var de = CountryCode.Parse("DE");

        FluentActions.Invoking(() => new ImportVatRate(de, 19m) { ValidFrom = start, ValidUntil = end })
            .Should().Throw<ArgumentException>().WithParameterName("ValidUntil");
        FluentActions.Invoking(() => new ImportVatRate(de, 19m) { ValidUntil = end, ValidFrom = start })
            .Should().Throw<ArgumentException>().WithParameterName("ValidFrom");
        new ImportVatRate(de, 19m) { ValidFrom = start, ValidUntil = start }.IsInForce(start)
            .Should().BeTrue("a one-day validity holds on its day");
    }

    private static bool ReturnsADate(MemberInfo member) => member switch
    {
        PropertyInfo p => p.PropertyType == typeof(LocalDate) || p.PropertyType == typeof(LocalDate?),
        MethodInfo m => m.GetParameters().Any(p => p.ParameterType == typeof(LocalDate)) && m.ReturnType == typeof(bool),
        _ => false,
    };
}
