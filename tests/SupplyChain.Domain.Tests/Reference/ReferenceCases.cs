using System.Text.Json;

namespace SupplyChain.Domain.Tests.Reference;

/// <summary>
/// Loads the reference cases: the project's own copy under <c>Reference/Data</c> (a copy of
/// <c>../shared/reference</c>), or the folder named by <c>SUPPLYCHAIN_REFERENCE_DIR</c> when that is set (same
/// layout: <c>domain/&lt;family&gt;.json</c>, <c>inventory-theory/cases.json</c>).
/// </summary>
public static class ReferenceCases
{
    public const string EnvironmentVariable = "SUPPLYCHAIN_REFERENCE_DIR";

    public static string Root
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(fromEnvironment)
                ? Path.Combine(AppContext.BaseDirectory, "Reference", "Data")
                : fromEnvironment;
        }
    }

    /// <summary>The cases of <c>domain/&lt;family&gt;.json</c> as theory rows.</summary>
    public static TheoryData<ReferenceCase> Domain(string family) => Load(Path.Combine("domain", family + ".json"), family);

    /// <summary>The cases of <c>inventory-theory/cases.json</c> as theory rows.</summary>
    public static TheoryData<ReferenceCase> InventoryTheory() => Load(Path.Combine("inventory-theory", "cases.json"), "inventory-theory");

    private static TheoryData<ReferenceCase> Load(string relativePath, string expectedFamily)
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference file {path} does not exist (reference root: {Root}).", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var family = document.RootElement.GetProperty("family").GetString();
        if (family != expectedFamily)
        {
            throw new InvalidDataException($"{path} declares family '{family}', expected '{expectedFamily}'.");
        }

        var data = new TheoryData<ReferenceCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString() ?? throw new InvalidDataException($"A case in {path} has no id.");
            if (!ids.Add(id))
            {
                throw new InvalidDataException($"{path} has two cases with id {id}.");
            }

            data.Add(new ReferenceCase(family, id, item.GetRawText()));
        }

        return data;
    }
}
