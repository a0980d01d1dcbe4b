using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The delivery terms of a sale: an Incoterms 2020 rule and its named place, such as <c>FOB Shenzhen</c> (the port
/// of shipment) or <c>DAP Leipzig</c> (the place of destination).
/// </summary>
/// <remarks>
/// The named place is kept as given, with leading and trailing white space removed; two terms are equal when they
/// have the same rule and the same place text (ordinal, case-sensitive). The library does not check that the place
/// suits the rule (a port for FOB, for instance).
/// </remarks>
public sealed record DeliveryTerms
{
    /// <summary>Creates delivery terms from a rule and a named place.</summary>
    /// <param name="incoterm">The Incoterms 2020 rule.</param>
    /// <param name="namedPlace">The named place, such as <c>Shenzhen</c>; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incoterm"/> or <paramref name="namedPlace"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="namedPlace"/> is empty or white space.</exception>
    public DeliveryTerms(Incoterm incoterm, string namedPlace)
    {
        Incoterm = Guard.NotNull(incoterm);
        NamedPlace = Guard.NotBlank(namedPlace).Trim();
    }

    /// <summary>The Incoterms 2020 rule.</summary>
    public Incoterm Incoterm { get; }

    /// <summary>The named place (port of shipment for the F rules, destination for the C and D rules, premises for EXW).</summary>
    public string NamedPlace { get; }

    /// <summary>
    /// Reads delivery terms written as the rule's code, white space, and the named place, such as <c>FOB Shenzhen</c>
    /// or <c>dap Leipzig Hub 2</c>. The code follows <see cref="Incoterm.Parse(string?)"/>; the place is the rest of the
    /// text, trimmed.
    /// </summary>
    /// <param name="text">The terms.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null (as every Parse of the library).</exception>
    /// <exception cref="FormatException">The text does not start with one of the 11 codes, or no named place follows it.</exception>
    public static DeliveryTerms Parse(string? text)
    {
        if (text is null)
        {
            throw new FormatException(Guard.Format(ErrorMessages.NullInput, ErrorMessages.DeliveryTermsWhat));
        }

        return TryParseCore(text, out var result, out var error)
            ? result
            : throw new FormatException(Guard.Format(ErrorMessages.NotA, text, ErrorMessages.DeliveryTermsWhat, error));
    }

    /// <summary>Reads delivery terms as <see cref="Parse(string?)"/> does; never throws.</summary>
    /// <param name="text">The terms; may be null.</param>
    /// <param name="result">The delivery terms, or null when <paramref name="text"/> is not valid.</param>
    /// <returns>Whether <paramref name="text"/> is valid delivery terms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DeliveryTerms? result) =>
        TryParseCore(text, out result, out _);

    /// <summary>The code and the named place, such as <c>FOB Shenzhen</c>.</summary>
    /// <returns>The terms as text; <see cref="Parse(string?)"/> reads it back.</returns>
    public override string ToString() => Incoterm.Code + " " + NamedPlace;

    private static bool TryParseCore(string? text, [NotNullWhen(true)] out DeliveryTerms? result, out string error)
    {
        result = null;
        error = ErrorMessages.DeliveryTermsNeedsPlace;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var split = 0;
        while (split < trimmed.Length && !char.IsWhiteSpace(trimmed[split]))
        {
            split++;
        }

        if (!Incoterm.TryParseCore(trimmed[..split], out var incoterm, out var codeError))
        {
            error = codeError;
            return false;
        }

        var place = trimmed[split..].Trim();
        if (place.Length == 0)
        {
            return false;
        }

        result = new DeliveryTerms(incoterm, place);
        return true;
    }
}
