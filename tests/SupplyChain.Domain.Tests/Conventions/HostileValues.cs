using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Tests.Fulfilment;
using UnitsNet;
using Duration = NodaTime.Duration;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>An argument for a reflective call, with the label a failure message shows.</summary>
internal sealed record Sample(string Label, object? Value);

/// <summary>
/// The argument tables of <see cref="HostileInputTests"/>: per parameter type, the hostile values to try and the good
/// values to fill the other parameters with. Types without an entry are built from the library's own public members
/// (a built-in instance, then a constructor or factory fed with good values), so a new type is covered without an edit.
/// </summary>
internal static class HostileValues
{
    /// <summary>The length of the "very long" list and string: large enough that quadratic work on it takes minutes.</summary>
    internal const int LongLength = 100_000;

    private const int MaxBuildDepth = 4;
    private static readonly Assembly Library = typeof(DomainRuleException).Assembly;
    private static readonly LocalDate Monday = new(2026, 3, 2);
    private static readonly Dictionary<Type, Sample[]> Good = new()
    {
        [typeof(int)] = Samples(1, 10, 100, 0, 2, 1000),
        [typeof(long)] = Samples(1L, 42L, 0L),
        [typeof(double)] = Samples(0.5, 1.0, 10.0, 100.0, 0.1, 2.0, 1000.0, 0.0),
        [typeof(decimal)] = Samples(1m, 0.5m, 10m, 100m, 0.1m, 0m),
        [typeof(bool)] = Samples(false, true),
        [typeof(string)] = Samples("A", "SKU-1", "US", "USD", "CNSZX", "9405.21", "4006381333931", "0614141", "Shenzhen"),
        [typeof(LocalDate)] = Samples(Monday, new LocalDate(2025, 1, 1), new LocalDate(2024, 2, 5)),
        [typeof(Instant)] = Samples(Instant.FromUtc(2026, 3, 2, 9, 0)),
        [typeof(LocalTime)] = Samples(new LocalTime(18, 0)),
        [typeof(Duration)] = Samples(Duration.FromDays(1)),
        [typeof(Period)] = Samples(Period.FromDays(1)),
        [typeof(DateTimeZone)] = Samples(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]),
        [typeof(DateInterval)] = Samples(new DateInterval(new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 20))),
        [typeof(Length)] = Samples(Length.FromCentimeters(30), Length.FromMeters(1), Length.FromCentimeters(10)),
        [typeof(Mass)] = Samples(Mass.FromKilograms(1.2), Mass.FromKilograms(13), Mass.FromKilograms(100)),
        [typeof(Volume)] = Samples(Volume.FromLiters(10), Volume.FromCubicMeters(1)),
        [typeof(Speed)] = Samples(Speed.FromKilometersPerHour(40)),
        [typeof(Currency)] = Samples(Currency.USD, Currency.EUR),
        [typeof(Money)] = Samples(new Money(10m, Currency.USD), new Money(1m, Currency.USD), Money.Zero(Currency.USD)),
        [typeof(CountryCode)] = Samples(FulfilmentScenario.US, FulfilmentScenario.CN),
        [typeof(HsCode)] = Samples(HsCode.Parse("9405.21")),
        [typeof(UnLocode)] = Samples(UnLocode.Parse("CNSZX"), UnLocode.Parse("USCHI")),
        [typeof(Gtin)] = Samples(Gtin.Parse("4006381333931")),
    };

    private static readonly Dictionary<Type, Sample[]> Built = [];

    static HostileValues()
    {
        // The hand-worked fulfilment scenario: a product, facilities and modes that fit together.
        object[] scenario =
        [
            FulfilmentScenario.Lamp(), FulfilmentScenario.SellerWarehouse, FulfilmentScenario.Chicago, FulfilmentScenario.Request(),
            FulfilmentScenario.RateCard(), FulfilmentScenario.Tariff(), FulfilmentScenario.LastMile(), FulfilmentScenario.Terms(),
            FulfilmentScenario.Programme, FulfilmentScenario.Thursdays, FulfilmentScenario.ExampleFeeTable(),
            FulfilmentScenario.DirectExpress(), FulfilmentScenario.Pickup(), FulfilmentScenario.Warehouse(),
            new SupplyChain.Domain.Fulfilment.SellerPrices(new Money(24.99m, Currency.USD)) { UnitCost = new Money(6.80m, Currency.USD) },
        ];
        foreach (var value in scenario)
        {
            Good[value.GetType()] = [new Sample(value.GetType().Name + " (scenario)", value)];
        }
    }

    /// <summary>The hostile values for a parameter of <paramref name="type"/>.</summary>
    internal static IEnumerable<Sample> Hostile(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [new Sample("null", null), .. Hostile(underlying)];
        }

        if (type.IsEnum)
        {
            return [new Sample("undefined (-1)", Enum.ToObject(type, -1)), new Sample("undefined (int.MaxValue)", Enum.ToObject(type, int.MaxValue)), new Sample("default", Activator.CreateInstance(type))];
        }

        if (ElementType(type) is { } element)
        {
            return HostileCollections(type, element);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return HostileDictionaries(type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Func<,>))
        {
            var result = type.GetGenericArguments()[1];
            return [new Sample("null", null), .. Hostile(result).Take(6).Select(h => new Sample("a function returning " + h.Label, Constant(type, h.Value)))];
        }

        var known = Scalars(type);
        if (known is not null)
        {
            return known;
        }

        return type.IsValueType ? [new Sample("default", Activator.CreateInstance(type))] : [new Sample("null", null)];
    }

    /// <summary>Good values for a parameter of <paramref name="type"/>, best first; empty when none can be built.</summary>
    internal static IReadOnlyList<Sample> Goods(Type type) => Goods(type, 0);

    /// <summary>Describes an argument value for a failure message.</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string s when s.Length > 20 => $"string of {s.Length} chars",
        string s => $"\"{s}\"",
        ICollection c => $"{value.GetType().Name} of {c.Count}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name,
    };

    private static IReadOnlyList<Sample> Goods(Type type, int depth)
    {
        if (Good.TryGetValue(type, out var known))
        {
            return known;
        }

        if (Built.TryGetValue(type, out var built))
        {
            return built;
        }

        if (depth > MaxBuildDepth)
        {
            return [];
        }

        Built[type] = [];   // breaks cycles while this type is being built
        var samples = Build(type, depth).Where(s => s.Value is not null).Take(3).ToArray();
        Built[type] = samples;
        return samples;
    }

    private static IEnumerable<Sample> Build(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Goods(underlying, depth + 1);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Select(v => new Sample(v.ToString()!, v));
        }

        if (ElementType(type) is { } element)
        {
            return Goods(element, depth + 1).Take(1).Select(g => new Sample($"[{g.Label}]", Collection(type, element, [g.Value])));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            var (key, value) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
            return Goods(key, depth + 1).Take(1).SelectMany(k => Goods(value, depth + 1).Take(1).Select(v => new Sample($"{{{k.Label}: {v.Label}}}", Dictionary(key, value, k.Value, v.Value))));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Func<,>))
        {
            return Goods(type.GetGenericArguments()[1], depth + 1).Take(1).Select(g => new Sample("a function returning " + g.Label, Constant(type, g.Value)));
        }

        return BuiltIns(type).Concat(Constructed(type, depth));
    }

    /// <summary>Built-in instances: public static properties and fields of exported types that hold a <paramref name="type"/>.</summary>
    private static IEnumerable<Sample> BuiltIns(Type type)
    {
        foreach (var holder in Library.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var property in holder.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (type.IsAssignableFrom(property.PropertyType) && property.GetIndexParameters().Length == 0)
                {
                    yield return new Sample($"{holder.Name}.{property.Name}", property.GetValue(null));
                }
            }

            foreach (var field in holder.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (type.IsAssignableFrom(field.FieldType) && !field.IsLiteral)
                {
                    yield return new Sample($"{holder.Name}.{field.Name}", field.GetValue(null));
                }
            }
        }
    }

    /// <summary>Instances made by a public constructor or static factory of a concrete type assignable to <paramref name="type"/>.</summary>
    private static IEnumerable<Sample> Constructed(Type type, int depth)
    {
        var concrete = type.IsAbstract || type.IsInterface
            ? Library.GetExportedTypes().Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && type.IsAssignableFrom(t))
            : [type];
        foreach (var candidate in concrete)
        {
            var makers = candidate.GetConstructors().Cast<MethodBase>()
                .Concat(candidate.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsGenericMethodDefinition && m.ReturnType == candidate && !m.IsSpecialName && m.GetParameters().All(p => !p.ParameterType.IsByRef)))
                .OrderBy(m => m.GetParameters().Length);
            foreach (var maker in makers)
            {
                var made = TryMake(maker, depth);
                if (made is not null)
                {
                    yield return new Sample($"{candidate.Name} via {maker.Name}", made);
                }
            }
        }
    }

    /// <summary>Calls <paramref name="maker"/> with good values, changing the one a refusal names, until it returns.</summary>
    private static object? TryMake(MethodBase maker, int depth)
    {
        var parameters = maker.GetParameters();
        var choices = parameters.Select(p => Goods(p.ParameterType, depth + 1)).ToArray();
        if (choices.Any(c => c.Count == 0) && !parameters.All(p => p.HasDefaultValue || choices[p.Position].Count > 0))
        {
            return null;
        }

        var index = new int[parameters.Length];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var args = parameters.Select((p, i) => choices[i].Count > 0 ? choices[i][index[i]].Value : p.DefaultValue).ToArray();
            try
            {
                return maker is ConstructorInfo constructor ? constructor.Invoke(args) : maker.Invoke(null, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException refusal)
            {
                var named = Array.FindIndex(parameters, p => p.Name == refusal.ParamName);
                if (named < 0 || index[named] + 1 >= choices[named].Count)
                {
                    return null;
                }

                index[named]++;
            }
            catch (TargetInvocationException)
            {
                return null;
            }
        }

        return null;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
               || definition == typeof(IList<>) || definition == typeof(List<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static IEnumerable<Sample> HostileCollections(Type type, Type element)
    {
        yield return new Sample("null", null);
        yield return new Sample("empty", Collection(type, element, []));
        if (!element.IsValueType || Nullable.GetUnderlyingType(element) is not null)
        {
            yield return new Sample("[null]", Collection(type, element, [null]));
        }

        foreach (var hostile in Hostile(element).Where(h => h.Value is not null).Take(10))
        {
            yield return new Sample($"[{hostile.Label}]", Collection(type, element, [hostile.Value]));
        }

        if (Goods(element) is [var good, ..])
        {
            yield return new Sample($"[{good.Label}, the same again]", Collection(type, element, [good.Value, good.Value]));
            yield return new Sample($"{LongLength:N0} × {good.Label}", Collection(type, element, Enumerable.Repeat(good.Value, LongLength).ToArray()));
        }
    }

    private static IEnumerable<Sample> HostileDictionaries(Type type)
    {
        var (key, value) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
        yield return new Sample("null", null);
        yield return new Sample("empty", Dictionary(key, value, null, null));
        if (Goods(key) is [var goodKey, ..])
        {
            foreach (var hostile in Hostile(value).Take(6))
            {
                yield return new Sample($"{{{goodKey.Label}: {hostile.Label}}}", Dictionary(key, value, goodKey.Value, hostile.Value));
            }
        }
    }

    private static object Collection(Type type, Type element, object?[] items)
    {
        var array = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        if (type.IsArray)
        {
            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in array)
        {
            list.Add(item);
        }

        return list;
    }

    private static object Dictionary(Type key, Type value, object? k, object? v)
    {
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        if (k is not null)
        {
            dictionary[k] = v;
        }

        return dictionary;
    }

    private static Delegate Constant(Type funcType, object? value)
    {
        var arguments = funcType.GetGenericArguments();
        var parameter = Expression.Parameter(arguments[0]);
        return Expression.Lambda(funcType, Expression.Constant(value, arguments[1]), parameter).Compile();
    }

    private static Sample[] Samples(params object[] values) =>
        [.. values.Select(v => new Sample(Describe(v), v))];

    private static Sample[]? Scalars(Type type)
    {
        if (type == typeof(int))
        {
            return [new("0", 0), new("-1", -1), new("int.MinValue", int.MinValue), new("int.MaxValue", int.MaxValue)];
        }

        if (type == typeof(long))
        {
            return [new("0L", 0L), new("-1L", -1L), new("long.MinValue", long.MinValue), new("long.MaxValue", long.MaxValue)];
        }

        if (type == typeof(double))
        {
            return
            [
                new("0.0", 0.0), new("-0.0", -0.0), new("-1.0", -1.0), new("NaN", double.NaN), new("+Infinity", double.PositiveInfinity),
                new("-Infinity", double.NegativeInfinity), new("double.MaxValue", double.MaxValue), new("double.MinValue", double.MinValue),
                new("double.Epsilon", double.Epsilon), new("1e9", 1e9), new("1e15", 1e15),
            ];
        }

        if (type == typeof(decimal))
        {
            return [new("0m", 0m), new("-1m", -1m), new("decimal.MaxValue", decimal.MaxValue), new("decimal.MinValue", decimal.MinValue), new("1e-28m", 0.0000000000000000000000000001m)];
        }

        if (type == typeof(bool))
        {
            return [new("false", false), new("true", true)];
        }

        if (type == typeof(string))
        {
            return
            [
                new("null", null), new("\"\"", string.Empty), new("white space", " \t\n"), new("\"\\0\"", "\0"), new("a lone surrogate", "\uD800"),
                new("Arabic-Indic digits", "\u0661\u0662\u0663\u0664"), new($"{LongLength:N0} nines", new string('9', LongLength)),
            ];
        }

        return NodaTimeValues(type) ?? UnitsNetValues(type) ?? LibraryValues(type);
    }

    private static Sample[]? NodaTimeValues(Type type)
    {
        if (type == typeof(LocalDate))
        {
            return
            [
                new("LocalDate.MinIsoValue", LocalDate.MinIsoValue), new("LocalDate.MaxIsoValue", LocalDate.MaxIsoValue), new("default(LocalDate)", default(LocalDate)),
                new("a Julian date", new LocalDate(2026, 3, 2, CalendarSystem.Julian)), new("a Hebrew date", new LocalDate(5786, 1, 1, CalendarSystem.HebrewCivil)),
            ];
        }

        if (type == typeof(Instant))
        {
            return
            [
                new("Instant.MinValue", Instant.MinValue), new("Instant.MaxValue", Instant.MaxValue), new("default(Instant)", default(Instant)),
            ];
        }

        if (type == typeof(Duration))
        {
            return [new("Duration.MinValue", Duration.MinValue), new("Duration.MaxValue", Duration.MaxValue), new("Duration.Zero", Duration.Zero), new("Duration.Epsilon", Duration.Epsilon), new("-1 day", Duration.FromDays(-1))];
        }

        if (type == typeof(Period))
        {
            return [new("null", null), new("Period.Zero", Period.Zero), new("-1 day", Period.FromDays(-1)), new("int.MaxValue days", Period.FromDays(int.MaxValue)), new("long.MaxValue ticks", Period.FromTicks(long.MaxValue))];
        }

        if (type == typeof(LocalTime))
        {
            return [new("LocalTime.MinValue", LocalTime.MinValue), new("LocalTime.MaxValue", LocalTime.MaxValue)];
        }

        if (type == typeof(DateTimeZone))
        {
            return [new("null", null), new("UTC", DateTimeZone.Utc), new("UTC+18", DateTimeZone.ForOffset(Offset.MaxValue)), new("UTC-18", DateTimeZone.ForOffset(Offset.MinValue))];
        }

        if (type == typeof(DateInterval))
        {
            return [new("null", null), new("all ISO dates", new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)), new("one Julian day", new DateInterval(new LocalDate(2026, 3, 2, CalendarSystem.Julian), new LocalDate(2026, 3, 2, CalendarSystem.Julian)))];
        }

        return type == typeof(IsoDayOfWeek)
            ? [new("IsoDayOfWeek.None", IsoDayOfWeek.None), new("(IsoDayOfWeek)8", (IsoDayOfWeek)8), new("(IsoDayOfWeek)(-1)", (IsoDayOfWeek)(-1))]
            : null;
    }

    private static Sample[]? UnitsNetValues(Type type)
    {
        // UnitsNet refuses NaN and infinite values when a quantity is made, so the hostile ones are zero, negative,
        // sub-normal and huge (which overflow to infinity when converted to a smaller unit).
        if (type == typeof(Length))
        {
            return Quantities(v => Length.FromMeters(v), "m");
        }

        if (type == typeof(Mass))
        {
            return Quantities(v => Mass.FromKilograms(v), "kg");
        }

        if (type == typeof(Volume))
        {
            return Quantities(v => Volume.FromCubicMeters(v), "m³");
        }

        return type == typeof(Speed) ? Quantities(v => Speed.FromMetersPerSecond(v), "m/s") : null;
    }

    private static Sample[] Quantities<T>(Func<double, T> from, string unit) =>
    [
        new($"default({typeof(T).Name})", default(T)), new($"0 {unit}", from(0)), new($"-1 {unit}", from(-1)),
        new($"double.Epsilon {unit}", from(double.Epsilon)), new($"1e15 {unit}", from(1e15)), new($"double.MaxValue {unit}", from(double.MaxValue)),
        new($"double.MinValue {unit}", from(double.MinValue)),
    ];

    private static Sample[]? LibraryValues(Type type)
    {
        if (type == typeof(Money))
        {
            return
            [
                new("null", null), new("decimal.MaxValue USD", new Money(decimal.MaxValue, Currency.USD)),
                new("decimal.MinValue USD", new Money(decimal.MinValue, Currency.USD)), new("-1 USD", new Money(-1m, Currency.USD)),
                new("0.001 USD", new Money(0.001m, Currency.USD)), new("1 JPY", new Money(1m, Currency.JPY)), new("1 EUR", new Money(1m, Currency.EUR)),
                new("1 XAU (no minor unit)", new Money(1m, Currency.Parse("XAU"))),
            ];
        }

        return null;
    }
}
