using System.Reflection;
using System.Runtime.CompilerServices;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>House rules from shared/STYLE.md, checked on every public type of the library.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(DomainRuleException).Assembly.GetExportedTypes();

    [Fact]
    public void Public_classes_are_sealed_abstract_or_static() =>
        PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !t.IsSubclassOf(typeof(Delegate)))
            .Select(t => t.FullName)
            .Should().BeEmpty("extension points are interfaces; concrete types are sealed");

    [Fact]
    public void Public_structs_are_readonly() =>
        PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName)
            .Should().BeEmpty();

    [Fact]
    public void Equatable_types_have_equality_operators() =>
        PublicTypes.Where(t => !t.IsInterface && !t.IsGenericTypeDefinition && t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t)))
            .Where(t => t.GetMethod("op_Equality", [t, t]) is null)
            .Select(t => t.FullName)
            .Should().BeEmpty();

    [Fact]
    public void Exceptions_are_sealed() =>
        PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t) && !t.IsSealed)
            .Select(t => t.FullName)
            .Should().BeEmpty();

    [Fact]
    public void Init_setters_cannot_skip_a_constructor_rule()
    {
        // A `with` expression copies a record or a struct and then runs only the init accessors it names, so a rule
        // the constructor checks across properties would be skipped. Named options (init setters) therefore live on
        // sealed classes, which have no `with`, each accessor checking its own value; a record may have them only
        // where the init properties take part in no rule (listed here, with why).
        var standAlone = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SupplyChain.Domain.Shipping.Leg"] = "the facilities and the transit-time distribution take part in no rule of the leg",
            ["SupplyChain.Domain.Fulfilment.LastMile.LastMileHop"] = "the facility takes part in no rule with the stop's name or transit time",
            ["SupplyChain.Domain.Fulfilment.PlatformFees.WeightStepCharge"] = "the base weight is checked in its own accessor and takes part in no rule with the charge or the step",
            ["SupplyChain.Domain.Simulation.CostRates"] = "each rate is checked in its own accessor and takes part in no rule with the others",
            ["SupplyChain.Domain.Replenishment.RestockLeadTime"] = "each lead time is checked in its own accessor and takes part in no rule across properties (Days is computed when read)",
            ["SupplyChain.Domain.Replenishment.ReplenishmentContext"] = "the lead time and units sold are checked in their own accessors and take part in no rule with the demand or the date",
            ["SupplyChain.Domain.Parties.Address"] = "the postal code is checked (not blank) in its own accessor and takes part in no rule with the country or the city",
            ["SupplyChain.Domain.Demand.DailySales"] = "the two flags take part in no rule: any pair of flags is valid with any date and units",
            ["SupplyChain.Domain.Analytics.OrderLineOutcome"] = "each value is checked in its own accessor and takes part in no rule with the others (a line may ship more than was ordered)",
            ["SupplyChain.Domain.Analytics.PerfectOrderAssessment"] = "the four checks are independent facts and the number of orders is checked in its own accessor; no rule spans them",
            ["SupplyChain.Domain.Inventory.InventoryPosition"] = "on order and backorders are checked in their own accessors; reserved is checked against on hand, which only the constructor sets, so `with` cannot break reserved ≤ on hand",
            ["SupplyChain.Domain.Procurement.DespatchLine"] = "each value is checked in its own accessor and takes part in no rule with the other",
            ["SupplyChain.Domain.Procurement.ReceiptLine"] = "damaged ≤ quantity is checked in both accessors against the other's value, which `with` copies first, so no copy can break it",
            ["SupplyChain.Domain.Replenishment.ReplenishmentDecision"] = "the trigger level and target are checked (finite) in their own accessors; the constraints are applied by the policy's own methods, not by init",
        };
        PublicTypes.Where(t => (t.IsValueType || t.GetMethod("<Clone>$") is not null) && !standAlone.ContainsKey(t.FullName!))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .Should().BeEmpty("a `with` expression would skip the validating constructor");
    }

    [Fact]
    public void No_public_member_uses_System_DateTime()
    {
        static bool IsClock(Type t) => t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateTime?) || t == typeof(DateTimeOffset?);
        PublicTypes.SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m switch
            {
                PropertyInfo p => IsClock(p.PropertyType),
                MethodInfo method => IsClock(method.ReturnType) || method.GetParameters().Any(p => IsClock(p.ParameterType)),
                ConstructorInfo c => c.GetParameters().Any(p => IsClock(p.ParameterType)),
                _ => false,
            })
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .Should().BeEmpty("time is NodaTime: Instant, LocalDate, Period, Duration");
    }

    [Fact]
    public void No_type_is_named_like_its_namespace() =>
        PublicTypes.Where(t => t.Namespace is { } ns && ns.Split('.')[^1] == t.Name)
            .Select(t => t.FullName)
            .Should().BeEmpty("Inventory.Inventory and Money.Money read badly and clash");

    [Fact]
    public void Namespaces_follow_the_design_folders()
    {
        string[] allowed =
        [
            "SupplyChain.Domain", "SupplyChain.Domain.Identifiers", "SupplyChain.Domain.Monetary",
            "SupplyChain.Domain.Parties", "SupplyChain.Domain.Products", "SupplyChain.Domain.Trade",
            "SupplyChain.Domain.Shipping", "SupplyChain.Domain.Procurement", "SupplyChain.Domain.Fulfilment", "SupplyChain.Domain.Fulfilment.Pickup",
            "SupplyChain.Domain.Fulfilment.Inbound", "SupplyChain.Domain.Fulfilment.PlatformFees",
            "SupplyChain.Domain.Fulfilment.LastMile", "SupplyChain.Domain.Inventory",
            "SupplyChain.Domain.InventoryTheory", "SupplyChain.Domain.Replenishment", "SupplyChain.Domain.Demand",
            "SupplyChain.Domain.Analytics", "SupplyChain.Domain.Simulation",
            "SupplyChain.Domain.Planning", "SupplyChain.Domain.Orders",
        ];
        PublicTypes.Where(t => !allowed.Contains(t.Namespace)).Select(t => t.FullName).Should().BeEmpty();
    }
}
