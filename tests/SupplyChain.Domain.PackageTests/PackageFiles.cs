#if FROM_PACKAGE
using System.IO.Compression;

namespace SupplyChain.Domain.PackageTests;

/// <summary>The packed files in artifacts/packages, found by package id (SupplyChain.Domain.* also matches the companion package, so ids are matched exactly).</summary>
internal static class PackageFiles
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SupplyChain.Domain.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string Folder => Path.Combine(RepositoryRoot, "artifacts", "packages");

    /// <summary>The files of package <paramref name="id"/> with the extension (".nupkg", ".snupkg"): the id, a dot, then the version's digits.</summary>
    public static string[] Of(string id, string extension) =>
        Directory.GetFiles(Folder, id + ".*" + extension)
            .Where(p => Path.GetFileName(p).EndsWith(extension, StringComparison.Ordinal) && char.IsAsciiDigit(Path.GetFileName(p)[id.Length + 1]))
            .ToArray();

    /// <summary>The package's nuspec text and the names of its entries.</summary>
    public static string Nuspec(string id, out List<string> entries)
    {
        using var zip = ZipFile.OpenRead(Of(id, ".nupkg").Single());
        entries = zip.Entries.Select(e => e.FullName).ToList();
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName == id + ".nuspec").Open());
        return reader.ReadToEnd();
    }

    /// <summary>The folder where the package test run restored package <paramref name="id"/>.</summary>
    public static string Restored(string id) => Path.Combine(RepositoryRoot, "artifacts", "package-tests-cache", id.ToLowerInvariant());
}
#endif
