using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.InventoryTheory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// DESIGN.md §3, "Bad input gets a clear error" and "Bounded work", checked by reflection on every public constructor
/// and public static method (operators included) of every public type of the library: each parameter in turn gets
/// each hostile value of its type (<see cref="HostileValues.Hostile"/>: null, zero, negative, extreme and non-finite
/// numbers, undefined enum values, blank, odd and very long strings, empty, null-holding, duplicated and 100,000-item
/// collections, NodaTime's extreme and non-ISO dates, zero, negative and huge UnitsNet quantities, odd money) while the
/// other parameters get good values, and the call must finish within <see cref="Budget"/> either by returning or by
/// throwing an exception of the documented family:
/// <list type="bullet">
/// <item>always allowed: <see cref="ArgumentException"/> and its subclasses (bad arguments, DESIGN.md §3) and
/// <see cref="DomainRuleException"/> (a broken business rule); <see cref="FormatException"/> from a <c>Parse…</c>
/// method;</item>
/// <item>allowed only on a member whose XML docs list it in an <c>&lt;exception&gt;</c> tag:
/// <see cref="FormatException"/> elsewhere, <see cref="OverflowException"/> (checked arithmetic past the range of
/// <see cref="int"/> or <see cref="decimal"/>, as the inventory types and <c>Money</c> document),
/// <see cref="InvalidOperationException"/>, <see cref="NotSupportedException"/> and <see cref="AggregateException"/>
/// (whose inner exceptions must then be allowed themselves);</item>
/// <item>a <c>Try…</c> method throws nothing its docs do not list;</item>
/// <item>anything else is an escape: NullReference, IndexOutOfRange, InvalidCast, KeyNotFound, OutOfMemory,
/// DivideByZero and the rest, and so is a call that does not return in time (unbounded work).</item>
/// </list>
/// Generic types are closed with a sensible pair of arguments (<see cref="Closings"/>); generic methods and
/// compiler-generated members are skipped. One theory row per public type keeps failures readable.
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>The time one call may take before it counts as unbounded.</summary>
    /// <remarks>
    /// A hang guard, not a speed test: 10 s, because on the 2-core CI machine, with the other test classes running in
    /// parallel, a trivial constructor once took over 2 s (a `LineResponse` call, 2026-12-04) and failed the run.
    /// What the guard is for, work that grows with a hostile argument (days or units up to int.MaxValue, each step
    /// building domain objects), still runs far past it.
    /// </remarks>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly Assembly Library = typeof(DomainRuleException).Assembly;

    private static readonly Dictionary<Type, Type[]> Closings = new()
    {
        [typeof(OptimizedPolicy<,>)] = [typeof(MinMaxPolicy), typeof(SsResult)],
        [typeof(EffectiveDatedSet<,>)] = [typeof(CountryCode), typeof(ExpressRateCard)],
    };

    private static readonly Lazy<Dictionary<string, HashSet<string>>> DocumentedExceptions = new(ReadDocumentedExceptions);

    public static TheoryData<string> PublicTypes =>
        [.. Library.GetExportedTypes().Where(t => Members(t).Any()).Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    [Theory, MemberData(nameof(PublicTypes))]
    public void Hostile_arguments_get_a_documented_exception_in_bounded_time(string typeName)
    {
        var type = Library.GetType(typeName, throwOnError: true)!;
        var failures = new List<string>();
        foreach (var member in Members(type))
        {
            var good = GoodArguments(member);
            var parameters = member.GetParameters();
            foreach (var parameter in parameters.Where(p => !p.IsOut))
            {
                foreach (var hostile in HostileValues.Hostile(parameter.ParameterType))
                {
                    var args = (object?[])good.Clone();
                    args[parameter.Position] = hostile.Value;
                    var failure = Check(member, args, $"{parameter.Name} = {hostile.Label}");
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        string.Join("\n", failures.Distinct(StringComparer.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Every_kind_of_parameter_of_the_public_api_has_hostile_values_and_the_members_good_ones()
    {
        // The harness itself: a parameter type without hostile values would be tested with nothing, and a member whose
        // good arguments are all refused tests only its first check. Count how many members get a call that returns.
        var members = Library.GetExportedTypes().SelectMany(Members).ToArray();
        members.SelectMany(m => m.GetParameters()).Where(p => !p.IsOut && !HostileValues.Hostile(p.ParameterType).Any())
            .Select(p => p.ParameterType.Name).Distinct(StringComparer.Ordinal).Should().BeEmpty();
        var returning = members.Count(m => Invoke(m, GoodArguments(m)) is { Timeout: false, Exception: null });
        returning.Should().BeGreaterThan(members.Length * 3 / 4, "most members must be reached with arguments they accept");
    }

    /// <summary>The public constructors and public static methods of <paramref name="type"/> that the test calls.</summary>
    internal static IEnumerable<MethodBase> Members(Type type)
    {
        if (type.IsGenericTypeDefinition)
        {
            if (!Closings.TryGetValue(type, out var arguments))
            {
                return [];
            }

            type = type.MakeGenericType(arguments);
        }

        var constructors = type.IsAbstract ? [] : type.GetConstructors().Cast<MethodBase>();
        var statics = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsGenericMethodDefinition && !m.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal));
        // Reflection cannot pass a span (a ByRef-like type), so members taking spans are driven by hand in their own
        // tests (BatchReplenishmentPropertyTests.Hostile_columns_get_a_documented_exception).
        return constructors.Concat(statics).Where(m => m.GetParameters().Length > 0 || m is MethodInfo)
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.IsByRefLike));
    }

    private static object?[] GoodArguments(MethodBase member)
    {
        // The first good value of each parameter; when a call names a parameter in an ArgumentException, that
        // parameter moves on to its next good value (a fractile needs 0.5 where a count takes 1), a few rounds at most.
        var parameters = member.GetParameters();
        var choices = parameters.Select(p => HostileValues.Goods(p.ParameterType)).ToArray();
        var index = new int[parameters.Length];
        object?[] Args() => [.. parameters.Select((p, i) => p.IsOut ? null : choices[i].Count > 0 ? choices[i][index[i]].Value : p.HasDefaultValue ? p.DefaultValue : null)];
        for (var attempt = 0; attempt < 12; attempt++)
        {
            if (Invoke(member, Args()).Exception is not ArgumentException refusal)
            {
                break;
            }

            var named = Array.FindIndex(parameters, p => p.Name == refusal.ParamName);
            if (named < 0 || index[named] + 1 >= choices[named].Count)
            {
                break;
            }

            index[named]++;
        }

        return Args();
    }

    private static string? Check(MethodBase member, object?[] args, string what)
    {
        var outcome = Invoke(member, args);
        var name = $"{member.DeclaringType!.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))}) with {what}";
        if (outcome.Timeout)
        {
            return $"{name}: did not return within {Budget.TotalSeconds} s (unbounded work)";
        }

        if (outcome.Exception is not { } exception || Allowed(exception, member))
        {
            return null;
        }

        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
        return $"{name}: {exception.GetType().Name}: {exception.Message} ({frame})";
    }

    private static bool Allowed(Exception exception, MethodBase member)
    {
        var documented = DocumentedExceptions.Value.GetValueOrDefault(DocumentationId(member)) ?? [];
        bool Listed(Exception e) => documented.Contains(e.GetType().FullName!) || documented.Any(d => Library.GetType(d) is { } t && t.IsInstanceOfType(e));
        if (member.Name.StartsWith("Try", StringComparison.Ordinal))
        {
            return Listed(exception);
        }

        return exception switch
        {
            ArgumentException or DomainRuleException => true,
            FormatException => member.Name.StartsWith("Parse", StringComparison.Ordinal) || Listed(exception),
            AggregateException aggregate => Listed(aggregate) && aggregate.InnerExceptions.All(inner => Allowed(inner, member)),
            OverflowException or InvalidOperationException or NotSupportedException => Listed(exception),
            _ => false,
        };
    }

    private static (bool Timeout, Exception? Exception) Invoke(MethodBase member, object?[] args)
    {
        var call = Task.Run(() =>
        {
            try
            {
                _ = member is ConstructorInfo constructor ? constructor.Invoke(args) : member.Invoke(null, args);
                return null;
            }
            catch (TargetInvocationException e)
            {
                return e.InnerException;
            }
        });
        return call.Wait(Budget) ? (false, call.Result) : (true, null);
    }

    private static Dictionary<string, HashSet<string>> ReadDocumentedExceptions()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");
        File.Exists(path).Should().BeTrue("the library's XML documentation is copied next to it");
        return XDocument.Load(path).Descendants("member").ToDictionary(
            m => (string)m.Attribute("name")!,
            m => m.Elements("exception").Select(e => ((string)e.Attribute("cref")!)[2..]).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The member's id in the XML documentation file (ECMA-334 annex D), on the generic definition when closed.</summary>
    private static string DocumentationId(MethodBase member)
    {
        var declaring = member.DeclaringType!;
        if (declaring.IsConstructedGenericType)
        {
            var definition = declaring.GetGenericTypeDefinition();
            member = definition.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .OfType<MethodBase>().Single(m => m.MetadataToken == member.MetadataToken);
            declaring = definition;
        }

        var parameters = member.GetParameters();
        var list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";
        if (member.Name is "op_Implicit" or "op_Explicit")
        {
            list += "~" + TypeId(((MethodInfo)member).ReturnType);
        }

        var name = member is ConstructorInfo ? "#ctor" : member.Name;
        return $"M:{declaring.FullName!.Replace('+', '.')}.{name}{list}";
    }

    private static string TypeId(Type type)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return TypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var name = type.GetGenericTypeDefinition().FullName!;
            return name[..name.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.') + "{" + string.Join(",", type.GetGenericArguments().Select(TypeId)) + "}";
        }

        return type.FullName!.Replace('+', '.');
    }
}
