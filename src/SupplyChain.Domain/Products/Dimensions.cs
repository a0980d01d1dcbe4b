using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Products;

/// <summary>
/// The outside measurements of a rectangular box: a product unit as sold, a case, an inbound carton or a parcel a
/// carrier bills. The one box type of the library: its sides sorted once, its volume and its girth, as carriers and
/// platforms price them.
/// </summary>
/// <remarks>
/// <para>
/// Resolution: each side is stored in millimetres rounded half away from zero to 0.001 mm (1 µm), exactly (in
/// decimal), and must be at least 0.001 mm and at most 1000 m. 1 µm holds every side given in whole hundredths of an
/// inch (0.01 in = 0.254 mm) or in tenths of a millimetre exactly, so the same box measured in centimetres, metres,
/// millimetres or inches is one value with one hash code (10 in × 10 in × 10 in equals 25.4 cm × 25.4 cm × 25.4 cm).
/// </para>
/// <para>
/// Orientation: the three sides are sorted when the box is made, so a box has no "length", "width" or "height" but a
/// <see cref="Longest"/>, <see cref="Median"/> and <see cref="Shortest"/> side, and the same box given in any order of
/// sides is equal (60 × 40 × 30 cm equals 30 × 60 × 40 cm). Equality compares the three sorted sides.
/// </para>
/// <para>
/// <see cref="Girth"/> is 2 × (median + shortest), the distance around the box's thickest cross-section, and
/// <see cref="LengthPlusGirth"/> is longest + girth, as carriers (UPS, FedEx, USPS) and Amazon's size tiers define
/// them. Volume, girth and length + girth are computed exactly from the stored sides.
/// </para>
/// <para>
/// Text: one invariant form, <c>longest × median × shortest mm</c> with the sides in millimetres, at most three
/// decimals and no grouping, e.g. <c>600 × 400 × 304.8 mm</c> (× is U+00D7). <see cref="Parse"/> reads that form (the
/// sides in any order) and <see cref="TryParse"/> reads it without throwing, so <c>Parse(box.ToString())</c> equals
/// <c>box</c>.
/// </para>
/// <para>There is no meaningful default: the type is a class and a box always has three positive sides.</para>
/// </remarks>
public sealed record Dimensions
{
    private const string What = "box (longest × median × shortest mm)";
    private const string Separator = " × ";
    private const string Unit = " mm";

    private readonly decimal _longest;
    private readonly decimal _median;
    private readonly decimal _shortest;

    /// <summary>Creates a box from its three sides, in any order and any length units.</summary>
    /// <param name="length">A side; at least 0.001 mm and at most 1000 m after rounding to 0.001 mm.</param>
    /// <param name="width">Another side; the same range.</param>
    /// <param name="height">The third side; the same range.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A side is zero or negative, shorter than 0.001 mm once rounded, or longer than 1000 m; the message names it.
    /// </exception>
    public Dimensions(Length length, Length width, Length height)
        : this(
            ExactQuantities.Side(length, nameof(length)),
            ExactQuantities.Side(width, nameof(width)),
            ExactQuantities.Side(height, nameof(height)))
    {
    }

    // Sides already checked and rounded to 0.001 mm, in any order; sorted here, once.
    private Dimensions(decimal a, decimal b, decimal c)
    {
        if (a < b)
        {
            (a, b) = (b, a);
        }

        if (b < c)
        {
            (b, c) = (c, b);
        }

        if (a < b)
        {
            (a, b) = (b, a);
        }

        (_longest, _median, _shortest) = (a, b, c);
    }

    /// <summary>The longest side, in millimetres.</summary>
    public Length Longest => Length.FromMillimeters((double)_longest);

    /// <summary>The middle side (equal to one or both others when sides repeat), in millimetres.</summary>
    public Length Median => Length.FromMillimeters((double)_median);

    /// <summary>The shortest side, in millimetres.</summary>
    public Length Shortest => Length.FromMillimeters((double)_shortest);

    /// <summary>The box's volume, longest × median × shortest, in cubic millimetres.</summary>
    public Volume Volume => Volume.FromCubicMillimeters((double)CubicMillimetres);

    /// <summary>The distance around the thickest cross-section: 2 × (median + shortest), in millimetres.</summary>
    public Length Girth => Length.FromMillimeters((double)GirthMillimetres);

    /// <summary>The longest side plus the girth: longest + 2 × (median + shortest), in millimetres.</summary>
    public Length LengthPlusGirth => Length.FromMillimeters((double)LengthPlusGirthMillimetres);

    /// <summary>The longest side in millimetres, exact (a multiple of 0.001 mm).</summary>
    internal decimal LongestMillimetres => _longest;

    /// <summary>The middle side in millimetres, exact.</summary>
    internal decimal MedianMillimetres => _median;

    /// <summary>The shortest side in millimetres, exact.</summary>
    internal decimal ShortestMillimetres => _shortest;

    /// <summary>The exact volume in cubic millimetres (at most 10¹⁸, so it never overflows a decimal).</summary>
    internal decimal CubicMillimetres => _longest * _median * _shortest;

    /// <summary>The exact girth in millimetres.</summary>
    internal decimal GirthMillimetres => 2 * (_median + _shortest);

    /// <summary>The exact length + girth in millimetres.</summary>
    internal decimal LengthPlusGirthMillimetres => _longest + GirthMillimetres;

    /// <summary>Reads a box written in the one text form, <c>a × b × c mm</c> (see the remarks); the sides may come in any order.</summary>
    /// <param name="text">The text, e.g. <c>600 × 400 × 400 mm</c>.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null or breaks the form; the message quotes it and names the rule.</exception>
    public static Dimensions Parse(string? text) =>
        TryCreate(text, out var box, out var rule)
            ? box
            : throw new FormatException(text is null ? Guard.Format(ErrorMessages.NullInput, What) : Guard.Format(ErrorMessages.NotA, text, What, rule));

    /// <summary>Reads a box written in the one text form without throwing.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="result">The box, or null when the text is not in the form.</param>
    /// <returns>Whether <paramref name="text"/> is a box in the form <c>a × b × c mm</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Dimensions? result) =>
        TryCreate(text, out result, out _);

    /// <summary>The box in its one invariant text form, longest side first.</summary>
    /// <returns>For example <c>600 × 400 × 304.8 mm</c>; <see cref="Parse"/> reads it back to an equal box.</returns>
    public override string ToString() =>
        string.Concat(Millimetres(_longest), Separator, Millimetres(_median), Separator, Millimetres(_shortest), Unit);

    private static string Millimetres(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static bool TryCreate(string? text, [NotNullWhen(true)] out Dimensions? result, [NotNullWhen(false)] out string? rule)
    {
        result = null;
        if (text is null)
        {
            rule = "the text must not be null";
            return false;
        }

        if (!text.EndsWith(Unit, StringComparison.Ordinal))
        {
            rule = "it must end with \" mm\"";
            return false;
        }

        var parts = text[..^Unit.Length].Split(Separator);
        if (parts.Length != 3)
        {
            rule = "it must be three sides separated by \" × \"";
            return false;
        }

        var sides = new decimal[3];
        for (var i = 0; i < 3; i++)
        {
            if (!TrySide(parts[i], out sides[i], out rule))
            {
                rule = Guard.Format("side {0} ('{1}') {2}", i + 1, parts[i], rule);
                return false;
            }
        }

        result = new Dimensions(sides[0], sides[1], sides[2]);
        rule = null;
        return true;
    }

    private static bool TrySide(string part, out decimal millimetres, [NotNullWhen(false)] out string? rule)
    {
        // Digits with at most one decimal point and at most three decimals: no sign, exponent, grouping or spaces.
        var point = part.IndexOf('.', StringComparison.Ordinal);
        var valid = part.Length is > 0 and <= 32
            && part.All(c => char.IsAsciiDigit(c) || c == '.')
            && (point < 0 || (point > 0 && point < part.Length - 1 && part.IndexOf('.', point + 1) < 0));
        if (!valid || !decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out millimetres))
        {
            millimetres = 0m;
            rule = "must be a number of millimetres written with ASCII digits and at most one '.'";
            return false;
        }

        if (point >= 0 && part.Length - point - 1 > ExactQuantities.SideDecimals)
        {
            rule = "has more than 3 decimals (sides are stored to 0.001 mm)";
            return false;
        }

        if (millimetres <= 0m || millimetres > ExactQuantities.MaxSideMillimetres)
        {
            rule = "must be greater than 0 and at most 1000000 mm (1000 m)";
            return false;
        }

        rule = null;
        return true;
    }
}
