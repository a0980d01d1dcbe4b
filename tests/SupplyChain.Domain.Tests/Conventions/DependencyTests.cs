using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using SupplyChain.Domain.Tests.Docs;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// The parts of the model depend on each other only as the design's dependency table says (shared/DESIGN.md §2:
/// "Arrows point one way"), checked on the <b>compiled assembly</b> with System.Reflection.Metadata: for every type of
/// a namespace, the library types it names in its signatures (base type, interfaces, fields, properties, events,
/// method parameters and returns, generic constraints, custom attributes) and in its method bodies (every type,
/// method, field and signature token of the IL, and the locals) must belong to the namespace itself, to the shared
/// kernel (the root namespace and <c>Internal</c>), or to a part it may reach through the table's arrows.
/// Compiler-generated types (closures, iterators, local functions) are nested in the type that wrote them and count
/// as that type's namespace.
/// </summary>
public sealed class DependencyTests
{
    private const string Root = "SupplyChain.Domain";

    // The "depends on" column of DESIGN.md §2, per namespace below the root (direct arrows; reach is transitive).
    // The root namespace (DomainRuleException, DomainRules, IEffectiveDated, EffectiveDatedSet, Guard, ErrorMessages) and Internal (shared helpers) are the
    // shared kernel: every part may use them, and they use no part.
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        [""] = [],
        ["Internal"] = [],
        ["Identifiers"] = [],
        ["Monetary"] = [],
        ["Parties"] = ["Identifiers"],
        ["Products"] = ["Identifiers", "Monetary", "Parties"],
        ["Trade"] = ["Identifiers", "Monetary"],
        ["Shipping"] = ["Parties", "Products", "Trade"],
        ["Procurement"] = ["Identifiers", "Monetary", "Parties", "Products", "Trade"],
        ["Fulfilment"] = ["Shipping", "Products", "Trade", "Procurement", "Fulfilment.Pickup", "Fulfilment.Inbound", "Fulfilment.PlatformFees", "Fulfilment.LastMile"],
        ["Fulfilment.Pickup"] = ["Shipping"],
        ["Fulfilment.Inbound"] = ["Products", "Shipping"],
        ["Fulfilment.PlatformFees"] = ["Shipping"],
        ["Fulfilment.LastMile"] = ["Shipping"],
        ["Inventory"] = ["Products"],
        ["Orders"] = ["Fulfilment", "Inventory", "Shipping", "Products", "Parties"],
        ["InventoryTheory"] = [],
        ["Replenishment"] = ["Inventory", "InventoryTheory", "Demand"],
        ["Demand"] = [],
        ["Planning"] = ["Procurement", "Replenishment", "Fulfilment", "Inventory", "Demand"],
        ["Analytics"] = ["Shipping", "Inventory", "Demand", "Products", "Procurement", "Orders"],
        ["Simulation"] = ["Replenishment", "Fulfilment", "Procurement"],
    };

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Uses = new(ReadAssembly);

    public static TheoryData<string> Parts => [.. Table.Keys.Where(k => k.Length > 0)];

    [Theory, MemberData(nameof(Parts))]
    public void A_part_uses_only_the_parts_it_may_depend_on(string part)
    {
        var allowed = Reachable(part);
        var used = Uses.Value.TryGetValue(part, out var set) ? set : [];
        var offending = used.Where(u => u != part && !IsKernel(u) && !allowed.Contains(u))
            .Order(StringComparer.Ordinal)
            .ToList();

        offending.Should().BeEmpty($"{part} may depend on {(allowed.Count == 0 ? "no other part" : string.Join(", ", allowed.Order(StringComparer.Ordinal)))} only (it uses {string.Join(", ", used.Order(StringComparer.Ordinal))})");
    }

    [Fact]
    public void The_shared_kernel_uses_no_part() =>
        Uses.Value.Where(p => IsKernel(p.Key))
            .SelectMany(p => p.Value.Where(u => !IsKernel(u) && !Table[p.Key].Contains(u)).Select(u => $"{Name(p.Key)} uses {u}"))
            .Should().BeEmpty("every part may use the root namespace and Internal, so they must not use a part");

    [Fact]
    public void Every_namespace_of_the_assembly_is_in_the_table() =>
        Uses.Value.Keys.Should().BeSubsetOf(Table.Keys, "a new namespace needs its row in DESIGN.md §2 and here");

    [Fact]
    public void Every_folder_of_the_library_is_a_namespace_of_the_table()
    {
        var source = Path.Combine(ReadmeTests.RepositoryRoot(), "src", "SupplyChain.Domain");
        var folders = Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(source, d).Replace(Path.DirectorySeparatorChar, '.'))
            .Where(name => !name.StartsWith("bin", StringComparison.Ordinal) && !name.StartsWith("obj", StringComparison.Ordinal));
        folders.Should().BeSubsetOf(Table.Keys);
    }

    // The test must be able to fail: a part that names a part it may not reach is caught (Simulation -> Fulfilment ->
    // ... is allowed; Fulfilment.Pickup's allowed set does not hold the Fulfilment root; Products's does not hold
    // Analytics).
    [Fact]
    public void The_reach_follows_the_arrows_and_no_further()
    {
        Reachable("Simulation").Should().Contain(["Replenishment", "Fulfilment", "Fulfilment.Pickup", "Shipping", "Trade", "Identifiers"]);
        Reachable("Fulfilment.Pickup").Should().NotContain("Fulfilment");
        Reachable("Products").Should().NotContain("Analytics");
        Uses.Value["Fulfilment"].Should().Contain(["Fulfilment.Pickup", "Shipping"], "the modes use the pickup planner and shipping (proves the IL reader sees uses)");
        Uses.Value["Trade"].Should().Contain("Identifiers", "duty rates are keyed by HS code and country");
    }

    private static bool IsKernel(string part) => part is "" or "Internal";

    private static string Name(string part) => part.Length == 0 ? Root : part;

    private static HashSet<string> Reachable(string part)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(Table[part]);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in Table[next])
                {
                    stack.Push(further);
                }
            }
        }

        return seen;
    }

    // Part -> the parts its types use, read from the compiled library.
    private static Dictionary<string, HashSet<string>> ReadAssembly()
    {
        using var stream = File.OpenRead(typeof(DomainRuleException).Assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var walker = new Walker(reader, pe);
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var part = walker.PartOf(handle);
            if (part is null)
            {
                continue;
            }

            if (!uses.TryGetValue(part, out var set))
            {
                uses[part] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            walker.CollectType(handle, set);
        }

        return uses;
    }

    // Collects the library namespaces a type names, in its signatures and its IL.
    private sealed class Walker(MetadataReader reader, PEReader pe) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes).GetFields()
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        // The namespace below the root of a type of the library (nested types count as their outermost type's), or
        // null for the module's <Module> type and anything outside SupplyChain.Domain.
        public string? PartOf(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            while (type.IsNested)
            {
                type = reader.GetTypeDefinition(type.GetDeclaringType());
            }

            var ns = reader.GetString(type.Namespace);
            return ns == Root ? string.Empty : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..] : null;
        }

        public void CollectType(TypeDefinitionHandle handle, HashSet<string> into)
        {
            var type = reader.GetTypeDefinition(handle);
            AddEntity(type.BaseType, into);
            foreach (var i in type.GetInterfaceImplementations())
            {
                AddEntity(reader.GetInterfaceImplementation(i).Interface, into);
            }

            AddAttributes(type.GetCustomAttributes(), into);
            AddGenericParameters(type.GetGenericParameters(), into);
            foreach (var f in type.GetFields())
            {
                var field = reader.GetFieldDefinition(f);
                into.UnionWith(field.DecodeSignature(this, null));
                AddAttributes(field.GetCustomAttributes(), into);
            }

            foreach (var p in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(p);
                AddSignature(property.DecodeSignature(this, null), into);
                AddAttributes(property.GetCustomAttributes(), into);
            }

            foreach (var e in type.GetEvents())
            {
                AddEntity(reader.GetEventDefinition(e).Type, into);
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                AddSignature(method.DecodeSignature(this, null), into);
                AddAttributes(method.GetCustomAttributes(), into);
                AddGenericParameters(method.GetGenericParameters(), into);
                foreach (var parameter in method.GetParameters())
                {
                    AddAttributes(reader.GetParameter(parameter).GetCustomAttributes(), into);
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    AddBody(pe.GetMethodBody(method.RelativeVirtualAddress), into);
                }
            }
        }

        private void AddBody(MethodBodyBlock body, HashSet<string> into)
        {
            if (!body.LocalSignature.IsNil)
            {
                foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null))
                {
                    into.UnionWith(local);
                }
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                var first = il.ReadByte();
                var value = first == 0xFE ? unchecked((short)(0xFE00 | il.ReadByte())) : first;
                switch (Operands[value])
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineString:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read first: `Offset += 4 * ReadInt32()` would add to the offset before the read
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineSig:
                        var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)MetadataTokens.EntityHandle(il.ReadInt32()));
                        AddSignature(signature.DecodeMethodSignature(this, null), into);
                        break;
                    default: // InlineField, InlineMethod, InlineTok, InlineType
                        AddEntity(MetadataTokens.EntityHandle(il.ReadInt32()), into);
                        break;
                }
            }
        }

        private void AddEntity(EntityHandle handle, HashSet<string> into)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    if (PartOf((TypeDefinitionHandle)handle) is { } part)
                    {
                        into.Add(part);
                    }

                    break;
                case HandleKind.TypeSpecification:
                    into.UnionWith(reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null));
                    break;
                case HandleKind.MethodDefinition:
                    AddEntity(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType(), into);
                    break;
                case HandleKind.FieldDefinition:
                    AddEntity(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType(), into);
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    AddEntity(member.Parent, into);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        AddSignature(member.DecodeMethodSignature(this, null), into);
                    }
                    else
                    {
                        into.UnionWith(member.DecodeFieldSignature(this, null));
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    AddEntity(specification.Method, into);
                    foreach (var argument in specification.DecodeSignature(this, null))
                    {
                        into.UnionWith(argument);
                    }

                    break;
                default: // TypeReference (another assembly), strings, module references
                    break;
            }
        }

        private void AddAttributes(CustomAttributeHandleCollection attributes, HashSet<string> into)
        {
            foreach (var a in attributes)
            {
                AddEntity(reader.GetCustomAttribute(a).Constructor, into);
            }
        }

        private void AddGenericParameters(GenericParameterHandleCollection parameters, HashSet<string> into)
        {
            foreach (var p in parameters)
            {
                foreach (var c in reader.GetGenericParameter(p).GetConstraints())
                {
                    AddEntity(reader.GetGenericParameterConstraint(c).Type, into);
                }
            }
        }

        private static void AddSignature(MethodSignature<ImmutableArray<string>> signature, HashSet<string> into)
        {
            into.UnionWith(signature.ReturnType);
            foreach (var parameter in signature.ParameterTypes)
            {
                into.UnionWith(parameter);
            }
        }

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
            PartOf(handle) is { } part ? [part] : [];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) =>
            [.. modifier, .. unmodifiedType];

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
    }
}
