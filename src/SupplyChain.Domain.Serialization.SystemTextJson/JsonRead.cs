using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace SupplyChain.Domain.Serialization.SystemTextJson;


/// <summary>
/// The strict readers every converter shares: one token type per value, one grammar per number, and every refusal an
/// <see cref="InvalidDomainJsonException"/> that names the rule (and, through <see cref="Field{T}"/> and
/// <see cref="Array{T}"/>, the path).
/// </summary>
internal static class JsonRead
{
    /// <summary>The most characters a decimal's text may have (a decimal has at most 29 digits, a sign and a point).</summary>
    private const int MaxDecimalText = 40;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    internal static InvalidDomainJsonException Fail(string rule, Exception? inner = null) => new(rule, inner);

    internal static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>Reads the field's value with <paramref name="read"/>; a refusal inside it names the field in its path.</summary>
    internal static T Field<T>(ref Utf8JsonReader reader, string name, ReadValue<T> read)
    {
        try
        {
            return read(ref reader);
        }
        catch (InvalidDomainJsonException e)
        {
            throw e.InField(name);
        }
    }

    /// <summary>Reads a JSON array of values, each with <paramref name="read"/>; a refusal names the item's index.</summary>
    internal static List<T> Array<T>(ref Utf8JsonReader reader, string what, ReadValue<T> read)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array of " + what);
        var items = new List<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            try
            {
                items.Add(read(ref reader));
            }
            catch (InvalidDomainJsonException e)
            {
                throw e.AtIndex(items.Count);
            }
        }

        return items;
    }

    /// <summary>Fails unless the current token is <paramref name="type"/>.</summary>
    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw Fail(Format("expected {0} (a JSON {1}), but found a JSON {2}", what, Describe(type), Describe(reader.TokenType)));
        }
    }

    internal static string String(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.String, what);
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Fail(what + " must be valid UTF-16 text (an escaped lone surrogate is not)", e);
        }
    }

    internal static int Int32(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.Number, what);
        return reader.TryGetInt32(out var value)
            ? value
            : throw Fail(Format("{0} must be a whole number from {1} to {2}, but is {3}", what, int.MinValue, int.MaxValue, Raw(ref reader)));
    }

    internal static bool Boolean(ref Utf8JsonReader reader, string what) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Fail(Format("expected {0} (true or false), but found a JSON {1}", what, Describe(reader.TokenType))),
        };

    /// <summary>
    /// An exact decimal, from a JSON string (as written) or a JSON number (its text, never through a <see cref="double"/>):
    /// an optional minus, digits with no leading zero, an optional point followed by digits; no exponent, plus sign,
    /// white space or grouping; and no more digits than a <see cref="decimal"/> holds exactly.
    /// </summary>
    internal static decimal Decimal(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            throw Fail(Format("expected {0} as a JSON string holding an exact decimal such as \"12.50\", but found a JSON {1}", what, Describe(reader.TokenType)));
        }

        var text = reader.TokenType == JsonTokenType.String ? String(ref reader, what) : Raw(ref reader);
        if (!IsPlainDecimal(text))
        {
            throw Fail(Format("{0} '{1}' is not a plain decimal (an optional '-', digits without leading zeros, an optional '.' and digits; no exponent, '+', spaces or grouping)", what, Shorten(text)));
        }

        // decimal.Parse rounds what does not fit in 28-29 significant digits; an exact amount must not be rounded.
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !SameDecimal(text, value))
        {
            throw Fail(Format("{0} '{1}' has more digits than a decimal holds exactly (at most 28 decimals and 29 significant digits)", what, Shorten(text)));
        }

        return value;
    }

    /// <summary>An instant in NodaTime's extended ISO form, e.g. <c>2026-02-02T08:00:00Z</c> (UTC, up to 9 decimals of a second).</summary>
    internal static Instant Instant(ref Utf8JsonReader reader, string what) =>
        Parse(String(ref reader, what), InstantPattern.ExtendedIso, what + " (an ISO 8601 instant in UTC such as \"2026-02-02T08:00:00Z\")");

    /// <summary>A date in ISO form, e.g. <c>2026-03-20</c>.</summary>
    internal static LocalDate LocalDate(ref Utf8JsonReader reader, string what) =>
        Parse(String(ref reader, what), LocalDatePattern.Iso, what + " (an ISO 8601 date such as \"2026-03-20\")");

    /// <summary>A finite <see cref="double"/> from a JSON number, read as the shortest round-trip text writes it.</summary>
    internal static double Double(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.Number, what);
        return reader.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw Fail(what + " is beyond the range of a double (about ±1.8E308)");
    }

    /// <summary>A member of <typeparamref name="T"/> by its exact name (case-sensitive; numbers are refused).</summary>
    internal static T Member<T>(ref Utf8JsonReader reader, string what)
        where T : struct, Enum
    {
        var text = String(ref reader, what);
        return Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && Enum.GetName(value) == text
            ? value
            : throw Fail(Format("'{0}' is not {1} (one of {2})", Shorten(text), what, string.Join(", ", Enum.GetNames<T>())));
    }

    /// <summary>As <see cref="Member{T}"/>, or null for a JSON null.</summary>
    internal static T? OptionalMember<T>(ref Utf8JsonReader reader, string what)
        where T : struct, Enum => reader.TokenType == JsonTokenType.Null ? null : Member<T>(ref reader, what);

    /// <summary>The value <paramref name="read"/> reads, or null for a JSON null.</summary>
    internal static T? Optional<T>(ref Utf8JsonReader reader, ReadValue<T> read)
        where T : class => reader.TokenType == JsonTokenType.Null ? null : read(ref reader);

    /// <summary>
    /// The kind the object's <c>"type"</c> names, one of <paramref name="kinds"/>' keys, read from a copy of the reader so
    /// that the type may come anywhere in the object.
    /// </summary>
    internal static string Kind<TFields>(Utf8JsonReader copy, string aggregate, IReadOnlyDictionary<string, TFields> kinds)
    {
        Expect(ref copy, JsonTokenType.StartObject, "a " + aggregate + " event");
        while (Next(ref copy) == JsonTokenType.PropertyName)
        {
            var isType = copy.ValueTextEquals("type"u8);
            copy.Read();
            if (isType)
            {
                var kind = Field(ref copy, "type", static (ref r) => String(ref r, "the event type"));
                return kinds.ContainsKey(kind)
                    ? kind
                    : throw Fail(Format("'{0}' is not a {1} event type (one of {2})", Shorten(kind), aggregate, string.Join(", ", kinds.Keys))).InField("type");
            }

            copy.Skip();
        }

        throw Fail("a " + aggregate + " event is missing its field 'type' (one of " + string.Join(", ", kinds.Keys) + ")");
    }

    /// <summary>The event read, if it is a <paramref name="typeToConvert"/> (the type the caller declared); otherwise refused at its <c>"type"</c>.</summary>
    internal static T Declared<T>(T result, Type typeToConvert, string kind) =>
        typeToConvert.IsInstanceOfType(result)
            ? result
            : throw Fail(Format("expected a {0}, but the type says {1}", typeToConvert.Name, kind)).InField("type");

    /// <summary>Moves to the next token of a value being read.</summary>
    internal static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType;
    }

    /// <summary>
    /// Builds the domain value once every field has been read; the domain's own refusal (an argument or format error, or
    /// a broken business rule, whose rule id the message gives) becomes a <see cref="JsonException"/> with it as the inner
    /// exception, named by the field <paramref name="fieldOf"/> gives for it or else by the field the argument came from,
    /// when it is one of <paramref name="fields"/>.
    /// </summary>
    internal static T Create<T>(Func<T> create, string what, IReadOnlyCollection<string> fields, Func<Exception, string?>? fieldOf = null)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or DomainRuleException)
        {
            var failure = Fail(Format("the domain refuses {0}: {1}", what, RuleOf(e)), e);
            var field = fieldOf?.Invoke(e)
                ?? (e is ArgumentException { ParamName: { Length: > 0 } name } ? char.ToLowerInvariant(name[0]) + name[1..] : null);
            return field is not null && fields.Contains(field, StringComparer.Ordinal) ? throw failure.InField(field) : throw failure;
        }
    }

    /// <summary>
    /// The domain's message without what <see cref="ArgumentException"/> appends (the parameter, the actual value): the
    /// path already says where; a business rule's message is preceded by its rule id.
    /// </summary>
    private static string RuleOf(Exception e)
    {
        var message = e.Message.Split('\n')[0].TrimEnd('\r');
        return e switch
        {
            ArgumentException { ParamName: { } name } => message.Replace(" (Parameter '" + name + "')", string.Empty, StringComparison.Ordinal),
            DomainRuleException rule => Format("rule {0}: {1}", rule.Rule, message),
            _ => message,
        };
    }

    internal static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    private static T Parse<T>(string text, IPattern<T> pattern, string what)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw Fail(Format("'{0}' is not {1}", Shorten(text), what), result.Exception);
    }

    private static string Raw(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);

    private static bool IsPlainDecimal(string text)
    {
        if (text.Length is 0 or > MaxDecimalText)
        {
            return false;
        }

        var i = text[0] == '-' ? 1 : 0;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var integerDigits = i - start;
        if (integerDigits == 0 || (integerDigits > 1 && text[start] == '0'))
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != '.' || i == text.Length - 1)
        {
            return false;
        }

        return !text.AsSpan(i + 1).ContainsAnyExcept(Digits);
    }

    // The parsed value written back with the same number of decimals gives the same digits: nothing was rounded.
    private static bool SameDecimal(string text, decimal value)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        if (decimals > 28)
        {
            return false;
        }

        var unsigned = text.TrimStart('-');
        var back = Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return string.Equals(unsigned, back, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="text"/>, if it is Unicode text; a lone surrogate (which JSON cannot carry: it would be written as
    /// U+FFFD and read back as another value) is refused when written, not replaced.
    /// </summary>
    internal static string WellFormed(string text, string what)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw Fail(Format("{0} holds a lone surrogate (not Unicode text), which JSON cannot carry; it would be written as U+FFFD and read back as another value", what));
            }
        }

        return text;
    }

    internal static string Shorten(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
}
