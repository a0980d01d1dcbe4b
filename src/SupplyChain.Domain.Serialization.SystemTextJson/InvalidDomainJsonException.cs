using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SupplyChain.Domain.Serialization.SystemTextJson;

/// <summary>
/// The <see cref="JsonException"/> the converters throw: it names the JSON path of the broken value and the rule it
/// breaks, and carries the domain's <see cref="FormatException"/>, <see cref="ArgumentException"/> or <see cref="DomainRuleException"/> as its inner
/// exception.
/// </summary>
/// <remarks>
/// A converter only knows the path inside the value it reads (<c>lines[0].quantity</c>); System.Text.Json sets
/// <see cref="JsonException.Path"/> to where that value starts (<c>$[2]</c>). The message joins both, so that it names the
/// whole path (<c>$[2].lines[0].quantity</c>) however deep the value sits in the caller's document.
/// </remarks>
internal sealed class InvalidDomainJsonException : JsonException
{
    private readonly List<string> _inner = [];
    private readonly string _rule;

    public InvalidDomainJsonException(string rule, Exception? innerException = null)
        : base(rule, innerException) => _rule = rule;

    /// <summary>The path from the start of the value the serializer handed to a converter down to the broken value.</summary>
    public string InnerPath => string.Concat(_inner);

    /// <summary>The whole path: where the serializer says the value starts, then <see cref="InnerPath"/>.</summary>
    public string FullPath => (Path ?? "$") + InnerPath;

    /// <summary>The rule the value breaks, without the path.</summary>
    public string Rule => _rule;

    /// <inheritdoc />
    public override string Message => string.Create(CultureInfo.InvariantCulture, $"Invalid JSON at {FullPath}: {_rule}");

    /// <summary>Records that the broken value sits in the field <paramref name="name"/> of the object being read.</summary>
    public InvalidDomainJsonException InField(string name)
    {
        _inner.Insert(0, "." + name);
        return this;
    }

    /// <summary>Records that the broken value sits at <paramref name="index"/> of the array being read.</summary>
    public InvalidDomainJsonException AtIndex(int index)
    {
        _inner.Insert(0, new StringBuilder().Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']').ToString());
        return this;
    }
}
