using System.Globalization;

namespace SupplyChain.Domain.Identifiers;

/// <summary>
/// The three-digit GS1 prefix at the start of a GS1 company prefix, and who issued it.
/// </summary>
/// <remarks>
/// <para>
/// A GS1 prefix tells which GS1 member organisation issued the company prefix (e.g. 690–699: GS1 China,
/// 000–019: GS1 US), or that the number is for restricted circulation, a coupon or a publication. It does
/// <strong>not</strong> tell the country of origin of the goods: a company licensed by GS1 China may make its goods
/// anywhere, and a factory in Shenzhen often packs goods under a US or German brand owner's GTINs.
/// </para>
/// <para>Allocation list: GS1 "GS1 Company Prefix" list of member organisation prefixes.</para>
/// <para>Equality compares <see cref="Value"/> (the other properties follow from it).</para>
/// </remarks>
public sealed record Gs1Prefix
{
    private Gs1Prefix(string value, string issuedBy, Gs1PrefixUse use)
    {
        Value = value;
        IssuedBy = issuedBy;
        Use = use;
    }

    /// <summary>The three digits, e.g. "690".</summary>
    public string Value { get; }

    /// <summary>
    /// Who issued numbers with this prefix, e.g. "GS1 China", "Restricted circulation", "Bookland (ISBN)", or
    /// "Unassigned". This is the issuing organisation, not a country of origin.
    /// </summary>
    public string IssuedBy { get; }

    /// <summary>What the prefix range is used for.</summary>
    public Gs1PrefixUse Use { get; }

    /// <summary>Whether the prefix marks a restricted-circulation number, meaningful only inside a company or region.</summary>
    public bool IsRestrictedCirculation => Use == Gs1PrefixUse.RestrictedCirculation;

    /// <summary>Looks up the prefix <paramref name="value"/>.</summary>
    /// <param name="value">Exactly three ASCII digits.</param>
    /// <returns>The prefix with its issuer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three ASCII digits.</exception>
    public static Gs1Prefix Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != 3 || !Gs1CheckDigit.IsAsciiDigits(value))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.Gs1PrefixInvalid, value), nameof(value));
        }

        return Lookup(value);
    }

    internal static Gs1Prefix Lookup(string threeDigits)
    {
        var number = int.Parse(threeDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        foreach (var (from, to, issuer, use) in Allocations)
        {
            if (number >= from && number <= to)
            {
                return new Gs1Prefix(threeDigits, issuer, use);
            }
        }

        return new Gs1Prefix(threeDigits, "Unassigned", Gs1PrefixUse.Unassigned);
    }

    /// <summary>The three digits.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    private static readonly (int From, int To, string IssuedBy, Gs1PrefixUse Use)[] Allocations =
    [
        (0, 19, "GS1 US", Gs1PrefixUse.MemberOrganisation),
        (20, 29, "Restricted circulation", Gs1PrefixUse.RestrictedCirculation),
        (30, 39, "GS1 US", Gs1PrefixUse.MemberOrganisation),
        (40, 49, "Restricted circulation", Gs1PrefixUse.RestrictedCirculation),
        (50, 59, "Coupons", Gs1PrefixUse.Coupon),
        (60, 139, "GS1 US", Gs1PrefixUse.MemberOrganisation),
        (200, 299, "Restricted circulation", Gs1PrefixUse.RestrictedCirculation),
        (300, 379, "GS1 France", Gs1PrefixUse.MemberOrganisation),
        (380, 380, "GS1 Bulgaria", Gs1PrefixUse.MemberOrganisation),
        (383, 383, "GS1 Slovenia", Gs1PrefixUse.MemberOrganisation),
        (385, 385, "GS1 Croatia", Gs1PrefixUse.MemberOrganisation),
        (387, 387, "GS1 Bosnia and Herzegovina", Gs1PrefixUse.MemberOrganisation),
        (389, 389, "GS1 Montenegro", Gs1PrefixUse.MemberOrganisation),
        (390, 390, "GS1 Kosovo", Gs1PrefixUse.MemberOrganisation),
        (400, 440, "GS1 Germany", Gs1PrefixUse.MemberOrganisation),
        (450, 459, "GS1 Japan", Gs1PrefixUse.MemberOrganisation),
        (460, 469, "GS1 Russia", Gs1PrefixUse.MemberOrganisation),
        (470, 470, "GS1 Kyrgyzstan", Gs1PrefixUse.MemberOrganisation),
        (471, 471, "GS1 Taiwan", Gs1PrefixUse.MemberOrganisation),
        (474, 474, "GS1 Estonia", Gs1PrefixUse.MemberOrganisation),
        (475, 475, "GS1 Latvia", Gs1PrefixUse.MemberOrganisation),
        (476, 476, "GS1 Azerbaijan", Gs1PrefixUse.MemberOrganisation),
        (477, 477, "GS1 Lithuania", Gs1PrefixUse.MemberOrganisation),
        (478, 478, "GS1 Uzbekistan", Gs1PrefixUse.MemberOrganisation),
        (479, 479, "GS1 Sri Lanka", Gs1PrefixUse.MemberOrganisation),
        (480, 480, "GS1 Philippines", Gs1PrefixUse.MemberOrganisation),
        (481, 481, "GS1 Belarus", Gs1PrefixUse.MemberOrganisation),
        (482, 482, "GS1 Ukraine", Gs1PrefixUse.MemberOrganisation),
        (483, 483, "GS1 Turkmenistan", Gs1PrefixUse.MemberOrganisation),
        (484, 484, "GS1 Moldova", Gs1PrefixUse.MemberOrganisation),
        (485, 485, "GS1 Armenia", Gs1PrefixUse.MemberOrganisation),
        (486, 486, "GS1 Georgia", Gs1PrefixUse.MemberOrganisation),
        (487, 487, "GS1 Kazakhstan", Gs1PrefixUse.MemberOrganisation),
        (488, 488, "GS1 Tajikistan", Gs1PrefixUse.MemberOrganisation),
        (489, 489, "GS1 Hong Kong, China", Gs1PrefixUse.MemberOrganisation),
        (490, 499, "GS1 Japan", Gs1PrefixUse.MemberOrganisation),
        (500, 509, "GS1 UK", Gs1PrefixUse.MemberOrganisation),
        (520, 521, "GS1 Greece", Gs1PrefixUse.MemberOrganisation),
        (528, 528, "GS1 Lebanon", Gs1PrefixUse.MemberOrganisation),
        (529, 529, "GS1 Cyprus", Gs1PrefixUse.MemberOrganisation),
        (530, 530, "GS1 Albania", Gs1PrefixUse.MemberOrganisation),
        (531, 531, "GS1 North Macedonia", Gs1PrefixUse.MemberOrganisation),
        (535, 535, "GS1 Malta", Gs1PrefixUse.MemberOrganisation),
        (539, 539, "GS1 Ireland", Gs1PrefixUse.MemberOrganisation),
        (540, 549, "GS1 Belgium & Luxembourg", Gs1PrefixUse.MemberOrganisation),
        (560, 560, "GS1 Portugal", Gs1PrefixUse.MemberOrganisation),
        (569, 569, "GS1 Iceland", Gs1PrefixUse.MemberOrganisation),
        (570, 579, "GS1 Denmark", Gs1PrefixUse.MemberOrganisation),
        (590, 590, "GS1 Poland", Gs1PrefixUse.MemberOrganisation),
        (594, 594, "GS1 Romania", Gs1PrefixUse.MemberOrganisation),
        (599, 599, "GS1 Hungary", Gs1PrefixUse.MemberOrganisation),
        (600, 601, "GS1 South Africa", Gs1PrefixUse.MemberOrganisation),
        (603, 603, "GS1 Ghana", Gs1PrefixUse.MemberOrganisation),
        (604, 604, "GS1 Senegal", Gs1PrefixUse.MemberOrganisation),
        (608, 608, "GS1 Bahrain", Gs1PrefixUse.MemberOrganisation),
        (609, 609, "GS1 Mauritius", Gs1PrefixUse.MemberOrganisation),
        (611, 611, "GS1 Morocco", Gs1PrefixUse.MemberOrganisation),
        (613, 613, "GS1 Algeria", Gs1PrefixUse.MemberOrganisation),
        (615, 615, "GS1 Nigeria", Gs1PrefixUse.MemberOrganisation),
        (616, 616, "GS1 Kenya", Gs1PrefixUse.MemberOrganisation),
        (617, 617, "GS1 Cameroon", Gs1PrefixUse.MemberOrganisation),
        (618, 618, "GS1 Côte d'Ivoire", Gs1PrefixUse.MemberOrganisation),
        (619, 619, "GS1 Tunisia", Gs1PrefixUse.MemberOrganisation),
        (620, 620, "GS1 Tanzania", Gs1PrefixUse.MemberOrganisation),
        (621, 621, "GS1 Syria", Gs1PrefixUse.MemberOrganisation),
        (622, 622, "GS1 Egypt", Gs1PrefixUse.MemberOrganisation),
        (623, 623, "GS1 Brunei", Gs1PrefixUse.MemberOrganisation),
        (624, 624, "GS1 Libya", Gs1PrefixUse.MemberOrganisation),
        (625, 625, "GS1 Jordan", Gs1PrefixUse.MemberOrganisation),
        (626, 626, "GS1 Iran", Gs1PrefixUse.MemberOrganisation),
        (627, 627, "GS1 Kuwait", Gs1PrefixUse.MemberOrganisation),
        (628, 628, "GS1 Saudi Arabia", Gs1PrefixUse.MemberOrganisation),
        (629, 629, "GS1 Emirates", Gs1PrefixUse.MemberOrganisation),
        (630, 630, "GS1 Qatar", Gs1PrefixUse.MemberOrganisation),
        (631, 631, "GS1 Namibia", Gs1PrefixUse.MemberOrganisation),
        (640, 649, "GS1 Finland", Gs1PrefixUse.MemberOrganisation),
        (690, 699, "GS1 China", Gs1PrefixUse.MemberOrganisation),
        (700, 709, "GS1 Norway", Gs1PrefixUse.MemberOrganisation),
        (729, 729, "GS1 Israel", Gs1PrefixUse.MemberOrganisation),
        (730, 739, "GS1 Sweden", Gs1PrefixUse.MemberOrganisation),
        (740, 740, "GS1 Guatemala", Gs1PrefixUse.MemberOrganisation),
        (741, 741, "GS1 El Salvador", Gs1PrefixUse.MemberOrganisation),
        (742, 742, "GS1 Honduras", Gs1PrefixUse.MemberOrganisation),
        (743, 743, "GS1 Nicaragua", Gs1PrefixUse.MemberOrganisation),
        (744, 744, "GS1 Costa Rica", Gs1PrefixUse.MemberOrganisation),
        (745, 745, "GS1 Panama", Gs1PrefixUse.MemberOrganisation),
        (746, 746, "GS1 Dominican Republic", Gs1PrefixUse.MemberOrganisation),
        (750, 750, "GS1 Mexico", Gs1PrefixUse.MemberOrganisation),
        (754, 755, "GS1 Canada", Gs1PrefixUse.MemberOrganisation),
        (759, 759, "GS1 Venezuela", Gs1PrefixUse.MemberOrganisation),
        (760, 769, "GS1 Switzerland", Gs1PrefixUse.MemberOrganisation),
        (770, 771, "GS1 Colombia", Gs1PrefixUse.MemberOrganisation),
        (773, 773, "GS1 Uruguay", Gs1PrefixUse.MemberOrganisation),
        (775, 775, "GS1 Peru", Gs1PrefixUse.MemberOrganisation),
        (777, 777, "GS1 Bolivia", Gs1PrefixUse.MemberOrganisation),
        (778, 779, "GS1 Argentina", Gs1PrefixUse.MemberOrganisation),
        (780, 780, "GS1 Chile", Gs1PrefixUse.MemberOrganisation),
        (784, 784, "GS1 Paraguay", Gs1PrefixUse.MemberOrganisation),
        (786, 786, "GS1 Ecuador", Gs1PrefixUse.MemberOrganisation),
        (789, 790, "GS1 Brasil", Gs1PrefixUse.MemberOrganisation),
        (800, 839, "GS1 Italy", Gs1PrefixUse.MemberOrganisation),
        (840, 849, "GS1 Spain", Gs1PrefixUse.MemberOrganisation),
        (850, 850, "GS1 Cuba", Gs1PrefixUse.MemberOrganisation),
        (858, 858, "GS1 Slovakia", Gs1PrefixUse.MemberOrganisation),
        (859, 859, "GS1 Czech", Gs1PrefixUse.MemberOrganisation),
        (860, 860, "GS1 Serbia", Gs1PrefixUse.MemberOrganisation),
        (865, 865, "GS1 Mongolia", Gs1PrefixUse.MemberOrganisation),
        (867, 867, "GS1 North Korea", Gs1PrefixUse.MemberOrganisation),
        (868, 869, "GS1 Türkiye", Gs1PrefixUse.MemberOrganisation),
        (870, 879, "GS1 Netherlands", Gs1PrefixUse.MemberOrganisation),
        (880, 881, "GS1 Korea", Gs1PrefixUse.MemberOrganisation),
        (883, 883, "GS1 Myanmar", Gs1PrefixUse.MemberOrganisation),
        (884, 884, "GS1 Cambodia", Gs1PrefixUse.MemberOrganisation),
        (885, 885, "GS1 Thailand", Gs1PrefixUse.MemberOrganisation),
        (888, 888, "GS1 Singapore", Gs1PrefixUse.MemberOrganisation),
        (890, 890, "GS1 India", Gs1PrefixUse.MemberOrganisation),
        (893, 893, "GS1 Vietnam", Gs1PrefixUse.MemberOrganisation),
        (896, 896, "GS1 Pakistan", Gs1PrefixUse.MemberOrganisation),
        (899, 899, "GS1 Indonesia", Gs1PrefixUse.MemberOrganisation),
        (900, 919, "GS1 Austria", Gs1PrefixUse.MemberOrganisation),
        (930, 939, "GS1 Australia", Gs1PrefixUse.MemberOrganisation),
        (940, 949, "GS1 New Zealand", Gs1PrefixUse.MemberOrganisation),
        (950, 951, "GS1 Global Office", Gs1PrefixUse.GlobalOffice),
        (952, 952, "Demonstrations and examples", Gs1PrefixUse.GlobalOffice),
        (955, 955, "GS1 Malaysia", Gs1PrefixUse.MemberOrganisation),
        (958, 958, "GS1 Macau, China", Gs1PrefixUse.MemberOrganisation),
        (960, 969, "GS1 Global Office (GTIN-8)", Gs1PrefixUse.GlobalOffice),
        (977, 977, "Serial publications (ISSN)", Gs1PrefixUse.Publication),
        (978, 979, "Bookland (ISBN)", Gs1PrefixUse.Publication),
        (980, 980, "Refund receipts", Gs1PrefixUse.RefundReceipt),
        (981, 984, "Coupons (common currency area)", Gs1PrefixUse.Coupon),
        (990, 999, "Coupons", Gs1PrefixUse.Coupon),
    ];
}
