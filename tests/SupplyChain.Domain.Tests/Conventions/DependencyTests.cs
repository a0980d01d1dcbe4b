using System.Text.RegularExpressions;
using SupplyChain.Domain.Tests.Docs;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>
/// The parts of the model depend on each other only as the design's dependency table says (shared/DESIGN.md §2: "Arrows
/// point one way (down this table)"), checked on the source: every <c>SupplyChain.Domain.X</c> a part's files name
/// (in a using directive or a qualified name) must be the part itself, the root namespace, or a part it may reach
/// through the table's arrows.
/// </summary>
public sealed partial class DependencyTests
{
    // The "depends on" column of DESIGN.md §2, as written there (direct arrows).
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        ["Identifiers"] = [],
        ["Monetary"] = [],
        ["Parties"] = ["Identifiers"],
        ["Products"] = ["Identifiers", "Monetary", "Parties"],
        ["Trade"] = ["Identifiers", "Monetary"],
        ["Shipping"] = ["Parties", "Products", "Trade"],
        ["Fulfilment"] = ["Shipping", "Products"],
        ["Inventory"] = ["Products"],
        ["InventoryTheory"] = [],
        ["Replenishment"] = ["Inventory", "InventoryTheory", "Demand"],
        ["Demand"] = [],
        ["Analytics"] = ["Shipping", "Inventory", "Demand", "Products"],
        ["Simulation"] = ["Replenishment", "Fulfilment"],
    };

    public static TheoryData<string> Parts => [.. Table.Keys];

    [Theory, MemberData(nameof(Parts))]
    public void A_part_names_only_the_parts_it_may_depend_on(string part)
    {
        var allowed = Reachable(part);
        var folder = Path.Combine(ReadmeTests.RepositoryRoot(), "src", "SupplyChain.Domain", part);
        Directory.Exists(folder).Should().BeTrue($"the part {part} is a folder of src/SupplyChain.Domain");

        var offending = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => NamedParts().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetFileName(file), Part: m.Groups["part"].Value)))
            .Where(x => Table.ContainsKey(x.Part) && x.Part != part && !allowed.Contains(x.Part))
            .Select(x => $"{x.File} names {x.Part}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        offending.Should().BeEmpty($"{part} may depend on {(allowed.Count == 0 ? "no other part" : string.Join(", ", allowed.Order(StringComparer.Ordinal)))} only");
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_part_of_the_table()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(ReadmeTests.RepositoryRoot(), "src", "SupplyChain.Domain"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"));
        folders.Should().BeSubsetOf(Table.Keys);
    }

    // The parts reachable from a part by following the arrows (the table's arrows are transitive: Fulfilment uses Trade
    // through Shipping).
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

    [GeneratedRegex(@"SupplyChain\.Domain\.(?<part>[A-Z][A-Za-z]*)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedParts();
}
