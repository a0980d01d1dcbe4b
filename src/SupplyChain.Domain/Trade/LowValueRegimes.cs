using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The built-in low-value import regimes, and the query "is this consignment duty-free on this date".
/// </summary>
/// <remarks>
/// <para>
/// The built-in data (each value is sourced in its documentation) covers the US Section 321 de minimis and the EU
/// customs-duty relief for consignments of negligible value. Rules change by date: pass your own list to
/// <see cref="Assess"/> to add a country, a threshold or a suspension without waiting for a release.
/// </para>
/// <para>Only customs duty is judged; VAT, sales tax, excise and handling fees are not.</para>
/// </remarks>
public static class LowValueRegimes
{
    /// <summary>
    /// US Section 321 de minimis (19 U.S.C. 1321(a)(2)(C)): articles imported by one person on one day whose aggregate
    /// fair retail value in the country of shipment does not exceed USD 800 enter free of duty. USD 800 applies to
    /// articles entered from 2016-03-10 (Trade Facilitation and Trade Enforcement Act of 2015, section 901, which
    /// raised it from USD 200). Suspended for goods of China and Hong Kong from 2025-05-02 (Executive Order 14256 of
    /// 2 April 2025) and for goods of every country from 2025-08-29 (Executive Order 14324 of 30 July 2025).
    /// </summary>
    /// <remarks>The one-person-one-day aggregation is the caller's: pass everything that person imports that day as one consignment.</remarks>
    public static LowValueRegime UsSection321 { get; } = new("us-section-321", [CountryCode.Parse("US")], new Money(800m, Currency.USD), new LocalDate(2016, 3, 10))
    {
        Name = "US Section 321 de minimis (19 U.S.C. 1321(a)(2)(C))",
        Suspensions =
        [
            new LowValueSuspension("us-eo-14256-china-hong-kong", new LocalDate(2025, 5, 2))
            {
                Description = "Executive Order 14256 (2 April 2025) ends de minimis treatment for goods of China and Hong Kong entered from 2 May 2025",
                Origins = [CountryCode.Parse("CN"), CountryCode.Parse("HK")],
            },
            new LowValueSuspension("us-eo-14324-all-countries", new LocalDate(2025, 8, 29))
            {
                Description = "Executive Order 14324 (30 July 2025) suspends duty-free de minimis treatment for goods of all countries entered from 29 August 2025",
            },
        ],
    };

    /// <summary>
    /// EU relief from customs duty for consignments of negligible value (Council Regulation (EC) No 1186/2009, Articles
    /// 23 and 24): goods of a total intrinsic value not exceeding EUR 150 per consignment, sent directly from a third
    /// country to a consignee in the EU, except alcoholic products (read here as HS 2203–2208), perfumes and toilet
    /// waters (HS 3303) and tobacco products (HS chapter 24). In force here from 2010-01-01, the date the codified
    /// regulation applies (the relief itself is older), until 2026-06-30: Council Regulation (EU) 2026/382 abolishes
    /// the relief from 2026-07-01 (see <see cref="EuFlatDuty2026"/>).
    /// </summary>
    /// <remarks>The importing countries are the 27 member states; special territories outside the customs territory are not modelled.</remarks>
    public static LowValueRegime EuNegligibleValue { get; } = new("eu-negligible-value-150", CustomsTerritory.MemberStates, new Money(150m, Currency.EUR), new LocalDate(2010, 1, 1))
    {
        Name = "EU customs-duty relief for consignments of negligible value (Regulation (EC) No 1186/2009, Art. 23)",
        ValidUntil = new LocalDate(2026, 6, 30),
        ExcludedHsPrefixes = ["2203", "2204", "2205", "2206", "2207", "2208", "3303", "24"],
    };

    /// <summary>
    /// The EU's interim flat customs duty for low-value consignments (Council Regulation (EU) 2026/382), from
    /// 2026-07-01: a consignment declared under the import one-stop shop (IOSS) whose intrinsic value does not exceed
    /// EUR 150 pays EUR 3.00 per distinct tariff subheading (the first six digits of the HS code) among its lines,
    /// whatever the quantities and origins, instead of the normal measures; no goods are excluded. A consignment not
    /// under IOSS, or above EUR 150, pays the normal measures. The regulation ends the flat duty on 2028-07-01, when the
    /// EU customs data hub is expected; that end is not modelled (the regime is open-ended here).
    /// </summary>
    /// <remarks>Only the IOSS case is modelled; the subheadings are counted at 6 digits, as declared in the reduced H7 data set.</remarks>
    public static LowValueRegime EuFlatDuty2026 { get; } = new("eu-flat-duty-2026", CustomsTerritory.MemberStates, new Money(150m, Currency.EUR), new LocalDate(2026, 7, 1))
    {
        Name = "EU flat customs duty of EUR 3 per tariff subheading for low-value IOSS consignments (Council Regulation (EU) 2026/382)",
        FlatDutyPerSubheading = new Money(3m, Currency.EUR),
        RequiresIoss = true,
    };

    /// <summary>The built-in regimes: <see cref="UsSection321"/>, <see cref="EuNegligibleValue"/> and <see cref="EuFlatDuty2026"/>.</summary>
    public static IReadOnlyList<LowValueRegime> BuiltIn { get; } = [UsSection321, EuNegligibleValue, EuFlatDuty2026];

    /// <summary>
    /// Whether a consignment enters <paramref name="destination"/> free of customs duty on <paramref name="date"/>,
    /// and under which rule.
    /// </summary>
    /// <param name="consignment">The declaration lines of one consignment, all in one currency.</param>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The date of entry.</param>
    /// <param name="regimes">The regimes to consider, in order of preference; null for <see cref="BuiltIn"/>. The first in force for the destination on that date is applied.</param>
    /// <param name="ioss">Whether the consignment is declared under the EU Import One-Stop Shop; false (the default). Only a regime that <see cref="LowValueRegime.RequiresIoss"/> reads it.</param>
    /// <returns>
    /// The decision: no regime in force → not duty-free (<see cref="DutyFreeReason.NoRegime"/>); a suspension for any
    /// line's origin → not duty-free (<see cref="DutyFreeReason.Suspended"/>); a line with excluded goods → not
    /// duty-free (<see cref="DutyFreeReason.ExcludedGoods"/>); a regime for IOSS consignments only and a consignment not
    /// under IOSS → not duty-free (<see cref="DutyFreeReason.NotUnderIoss"/>); otherwise the total value against the
    /// threshold, and within it either duty-free or, for a regime with a
    /// <see cref="LowValueRegime.FlatDutyPerSubheading"/>, the flat duty (<see cref="DutyFreeReason.FlatDuty"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a collection contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="consignment"/> is empty.</exception>
    /// <exception cref="DomainRuleException">The lines mix currencies, or the total is not in the regime's threshold currency (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static DutyFreeDecision Assess(
        IEnumerable<CustomsDeclaration> consignment,
        CountryCode destination,
        LocalDate date,
        IEnumerable<LowValueRegime>? regimes = null,
        bool ioss = false)
    {
        Guard.NotNull(consignment);
        Guard.NotNull(destination);
        var lines = consignment.ToArray();
        if (lines.Length == 0)
        {
            throw new ArgumentException(ErrorMessages.ConsignmentNeedsDeclarations, nameof(consignment));
        }

        foreach (var line in lines)
        {
            Guard.NotNull(line, nameof(consignment));
        }

        var candidates = regimes?.ToArray() ?? [.. BuiltIn];
        foreach (var candidate in candidates)
        {
            Guard.NotNull(candidate, nameof(regimes));
        }

        var value = lines.Skip(1).Aggregate(lines[0].DeclaredValue, (sum, line) => sum.Add(line.DeclaredValue));
        var regime = Array.Find(candidates, r => r.Covers(destination, date));
        if (regime is null)
        {
            return new DutyFreeDecision(false, DutyFreeReason.NoRegime, null, null, value, destination, date,
                Guard.Format("No low-value regime covers imports into {0} on {1:uuuu-MM-dd}; customs duty applies.", destination, date));
        }

        foreach (var line in lines)
        {
            var suspension = regime.Suspensions.FirstOrDefault(s => s.Applies(date, line.OriginCountry));
            if (suspension is not null)
            {
                return new DutyFreeDecision(false, DutyFreeReason.Suspended, regime, suspension, value, destination, date,
                    Guard.Format("{0} ({1}) does not apply on {2:uuuu-MM-dd} to goods of {3}: {4}.", regime.Id, regime.Name, date, line.OriginCountry, suspension.Description));
            }
        }

        if (regime.RequiresIoss && !ioss)
        {
            return new DutyFreeDecision(false, DutyFreeReason.NotUnderIoss, regime, null, value, destination, date,
                Guard.Format("{0} ({1}) covers only consignments declared under IOSS; customs duty applies.", regime.Id, regime.Name));
        }

        var excluded = Array.Find(lines, l => regime.Excludes(l.HsCode));
        if (excluded is not null)
        {
            return new DutyFreeDecision(false, DutyFreeReason.ExcludedGoods, regime, null, value, destination, date,
                Guard.Format("{0} ({1}) never covers goods of HS {2}; customs duty applies.", regime.Id, regime.Name, excluded.HsCode));
        }

        var comparison = value.CompareTo(regime.Threshold);
        var within = regime.ThresholdInclusive ? comparison <= 0 : comparison < 0;
        if (within && regime.FlatDutyPerSubheading is { } flat)
        {
            return new DutyFreeDecision(false, DutyFreeReason.FlatDuty, regime, null, value, destination, date,
                Guard.Format("{0} ({1}): the consignment's value {2} is within the threshold {3}; it pays {4} per tariff subheading instead of the normal measures.", regime.Id, regime.Name, value, regime.Threshold, flat));
        }

        return within
            ? new DutyFreeDecision(true, DutyFreeReason.WithinThreshold, regime, null, value, destination, date,
                Guard.Format("{0} ({1}): the consignment's value {2} is within the threshold {3}; it enters free of customs duty on {4:uuuu-MM-dd}.", regime.Id, regime.Name, value, regime.Threshold, date))
            : new DutyFreeDecision(false, DutyFreeReason.AboveThreshold, regime, null, value, destination, date,
                Guard.Format("{0} ({1}): the consignment's value {2} is above the threshold {3}; customs duty applies.", regime.Id, regime.Name, value, regime.Threshold));
    }
}
