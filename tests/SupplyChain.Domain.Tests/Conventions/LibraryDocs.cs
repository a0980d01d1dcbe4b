using System.Xml.Linq;

namespace SupplyChain.Domain.Tests.Conventions;

/// <summary>The library's XML documentation file (beside its assembly), loaded once for the convention tests.</summary>
internal static class LibraryDocs
{
    private static readonly Lazy<XDocument> Document =
        new(() => XDocument.Load(Path.ChangeExtension(typeof(DomainRuleException).Assembly.Location, ".xml")));

    /// <summary>The <c>member</c> elements, each named by its documentation id ("T:…", "M:…").</summary>
    public static IEnumerable<XElement> Members => Document.Value.Descendants("member");
}
