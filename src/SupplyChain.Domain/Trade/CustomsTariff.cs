using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// The caller's customs measures and the low-value regimes to apply, and the assessment of a consignment: customs value,
/// duty per line and in total, and import VAT (<see cref="Assess"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Measures applied to a line</b> (<see cref="MeasuresFor"/>): of the measures that match the line
/// (<see cref="CustomsMeasure.Matches"/>: destination, HS prefix, origin, in force on the entry date), for each
/// <see cref="CustomsMeasure.Name"/> only those with the longest <see cref="CustomsMeasure.HsPrefix"/> apply, so a
/// 10-digit exclusion at 0 % hides an 8-digit 25 %; a longer prefix that does not match (another origin, not in force)
/// hides nothing. Every matching measure of that longest prefix applies (a compound rate is two measures of one name and
/// prefix), and measures of different names stack (MFN + Section 301 + ...). Names compare ordinally.
/// </para>
/// <para>Tariffs compare by reference.</para>
/// </remarks>
public sealed class CustomsTariff
{
    private static readonly Money IossLimit = new(150m, Currency.EUR);

    private readonly CustomsMeasure[] _measures;
    private readonly Dictionary<string, CustomsMeasure[]> _byPrefix;
    private EffectiveDatedSet<CountryCode, ImportVatRate> _vatRates = new([], r => r.Country, "import VAT rate", "country", "ImportVatRates", null);

    /// <summary>Creates a tariff applying the built-in low-value regimes (<see cref="LowValueRegimes.BuiltIn"/>); other regimes are set by name (<see cref="Regimes"/>).</summary>
    /// <param name="measures">The measures; may be empty, and may hold measures of any destination, origin or date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measures"/> contains null.</exception>
    public CustomsTariff(IEnumerable<CustomsMeasure> measures)
    {
        _measures = [.. Guard.CopyItems(measures, requireOne: false)];
        _byPrefix = _measures.GroupBy(m => m.HsPrefix, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The measures, in the order given.</summary>
    public IReadOnlyList<CustomsMeasure> Measures => _measures;

    /// <summary>
    /// The low-value regimes considered, in order of preference (the first in force for the destination on the entry date
    /// is applied, see <see cref="LowValueRegimes.Assess"/>); <see cref="LowValueRegimes.BuiltIn"/> by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<LowValueRegime> Regimes
    {
        get;
        init => field = [.. Guard.CopyItems(value, requireOne: false, nameof(Regimes))];
    } = LowValueRegimes.BuiltIn;

    /// <summary>
    /// The member states' import VAT rates, as effective-dated data (none by default): the source of the import VAT the
    /// fulfilment modes charge into the European Union (<see cref="ImportVatRateFor"/>). <see cref="Assess"/> itself
    /// reads the rate of the consignment (<see cref="CustomsConsignment.ImportVatRatePercent"/>), not these.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list is null or contains null.</exception>
    /// <exception cref="ArgumentException">Two rates of one country start on the same day.</exception>
    public IReadOnlyList<ImportVatRate> ImportVatRates
    {
        get => _vatRates.Items;
        init => _vatRates = new EffectiveDatedSet<CountryCode, ImportVatRate>(value, r => r.Country, "import VAT rate", "country", nameof(ImportVatRates), null);
    }

    /// <summary>The import VAT rate of <paramref name="destination"/> in force on <paramref name="date"/>, from <see cref="ImportVatRates"/>.</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The date of entry (any calendar; compared as an ISO date).</param>
    /// <returns>The rate in percent of the one in force that started last, or null when none is in force (and for a country outside the EU).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public decimal? ImportVatRateFor(CountryCode destination, LocalDate date)
    {
        Guard.NotNull(destination);
        return _vatRates.TryGetInForce(destination, date, out var rate) ? rate.RatePercent : null;
    }

    /// <summary>The measures applied to goods of <paramref name="hsCode"/> and <paramref name="origin"/> entering <paramref name="destination"/> on <paramref name="entryDate"/>, under the normal measures.</summary>
    /// <param name="hsCode">The goods' classification.</param>
    /// <param name="origin">The goods' country of origin.</param>
    /// <param name="destination">The importing country.</param>
    /// <param name="entryDate">The date of entry (any calendar; compared as an ISO date).</param>
    /// <returns>The applied measures (see the remarks of the type), sorted by name (ordinal), then in the order given; empty when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hsCode"/>, <paramref name="origin"/> or <paramref name="destination"/> is null.</exception>
    public IReadOnlyList<CustomsMeasure> MeasuresFor(HsCode hsCode, CountryCode origin, CountryCode destination, LocalDate entryDate)
    {
        Guard.NotNull(hsCode);
        Guard.NotNull(origin);
        Guard.NotNull(destination);
        var digits = hsCode.Digits;
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        var applied = new List<CustomsMeasure>();
        for (var length = Math.Min(digits.Length, 10); length >= 2; length--)
        {
            if (!_byPrefix.TryGetValue(digits[..length], out var candidates))
            {
                continue;
            }

            foreach (var measure in candidates)
            {
                if (!measure.Matches(hsCode, origin, destination, entryDate))
                {
                    continue;
                }

                if (!longest.TryGetValue(measure.Name, out var found))
                {
                    longest[measure.Name] = length;
                    applied.Add(measure);
                }
                else if (found == length)
                {
                    applied.Add(measure);
                }
            }
        }

        return [.. applied.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => Array.IndexOf(_measures, m))];
    }

    /// <summary>Assesses a consignment: customs value, duty and, when asked for, import VAT.</summary>
    /// <param name="consignment">The consignment.</param>
    /// <returns>
    /// <para>
    /// The assessment. The transaction value of a line is its quantity × unit value, exact; the intrinsic value of the
    /// consignment is their sum. The customs value of a line is its transaction value into the United States (19 U.S.C.
    /// 1401a(b)(4)(A): international freight and insurance are not part of it), and its transaction value plus a share
    /// of freight + insurance to the border into the European Union (CIF, UCC Art. 70 and 71(1)(e)), allocated in
    /// proportion to the transaction values by the largest-remainder method (<see cref="Money.Allocate(IReadOnlyList{decimal})"/>).
    /// </para>
    /// <para>
    /// The low-value regime is decided by <see cref="LowValueRegimes.Assess"/> over <see cref="Regimes"/> on the
    /// intrinsic value (freight excluded): under a relief every line's duty is 0 and it lists no measure; under a flat
    /// duty (<see cref="LowValueRegime.FlatDutyPerSubheading"/>) the amount is charged once per distinct 6-digit
    /// subheading, on the first line with it, and every line lists the regime's id; otherwise the normal measures
    /// (<see cref="MeasuresFor"/>) apply, each one's amount computed exactly (ad valorem: customs value × rate / 100;
    /// per unit: amount × quantity; per kilogram: amount × exact net kilograms) and rounded to cents, half away from
    /// zero, per measure and per line.
    /// </para>
    /// <para>
    /// Import VAT, when the consignment gives a rate: 0 when it is under IOSS with an intrinsic value of at most
    /// EUR 150 (exempt under Directive 2006/112/EC Art. 143(1)(ca)); otherwise (customs value + duty) × rate / 100,
    /// rounded once on the consignment total, half away from zero (Art. 85 and 86(1)(a)).
    /// </para>
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="consignment"/> is null.</exception>
    /// <exception cref="DomainRuleException">A specific measure applied to a line has its amount in another currency than the consignment (rule <see cref="DomainRules.MoneySameCurrency"/>); measures are selected for every line, whatever the regime.</exception>
    /// <exception cref="DomainRuleException">The normal measures apply and a line has no matching measure (rule <see cref="DomainRules.CustomsMeasureKnown"/>).</exception>
    /// <exception cref="DomainRuleException">A caller's regime has its threshold in another currency than the consignment (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="decimal"/>.</exception>
    public CustomsAssessment Assess(CustomsConsignment consignment)
    {
        Guard.NotNull(consignment);
        var lines = consignment.Lines;
        var destination = consignment.Destination;
        var date = consignment.EntryDate;
        var currency = consignment.Currency;

        var applied = new IReadOnlyList<CustomsMeasure>[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            applied[i] = MeasuresFor(lines[i].HsCode, lines[i].Origin, destination, date);
            var foreign = applied[i].FirstOrDefault(m => m.Amount is { } amount && amount.Currency != currency);
            if (foreign is not null)
            {
                throw new DomainRuleException(DomainRules.MoneySameCurrency, Guard.Format(
                    ErrorMessages.CustomsMeasureCurrency, foreign.Name, foreign.Amount, foreign.Kind == CustomsMeasureKind.SpecificPerUnit ? "unit" : "kg", i + 1, destination, currency));
            }
        }

        var transactionValues = lines.Select(l => l.TransactionValue).ToArray();
        var intrinsic = transactionValues.Skip(1).Aggregate(transactionValues[0], (sum, v) => sum + v);
        var customsValues = CustomsValues(consignment, transactionValues);

        var declarations = lines.Select((l, i) => new CustomsDeclaration(l.HsCode, l.Origin, transactionValues[i], l.Quantity));
        var decision = LowValueRegimes.Assess(declarations, destination, date, Regimes, consignment.IsEuropeanUnion && consignment.Ioss);
        var zero = Money.Zero(currency);
        var results = new CustomsLineAssessment[lines.Count];
        LowValueRegime? deciding = null;
        if (decision.IsDutyFree)
        {
            deciding = decision.Regime;
            for (var i = 0; i < lines.Count; i++)
            {
                results[i] = new CustomsLineAssessment(lines[i], customsValues[i], [], zero);
            }
        }
        else if (decision.Reason == DutyFreeReason.FlatDuty)
        {
            deciding = decision.Regime!;
            var charged = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Count; i++)
            {
                var duty = charged.Add(lines[i].HsCode.Subheading) ? deciding.FlatDutyPerSubheading! : zero;
                results[i] = new CustomsLineAssessment(lines[i], customsValues[i], [deciding.Id], duty);
            }
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (applied[i].Count == 0)
                {
                    throw new DomainRuleException(DomainRules.CustomsMeasureKnown, Guard.Format(
                        ErrorMessages.NoCustomsMeasure, i + 1, lines[i].HsCode, lines[i].Origin, destination, InvariantText.Iso(date), decision.Explanation));
                }

                var duty = applied[i].Aggregate(zero, (sum, m) => sum + Amount(m, lines[i], customsValues[i]));
                results[i] = new CustomsLineAssessment(lines[i], customsValues[i], [.. applied[i].Select(m => m.Name).Distinct(StringComparer.Ordinal)], duty);
            }
        }

        var customsValue = customsValues.Aggregate(zero, (sum, v) => sum + v);
        var totalDuty = results.Aggregate(zero, (sum, r) => sum + r.Duty);
        Money? vat = consignment.ImportVatRatePercent is not { } rate ? null
            : consignment.Ioss && intrinsic <= IossLimit ? zero
            : ((customsValue + totalDuty) * (rate / 100m)).Round();
        return new CustomsAssessment(consignment, results, intrinsic, customsValue, totalDuty, vat, deciding, decision);
    }

    /// <summary>The number of measures and regimes.</summary>
    /// <returns>E.g. "11 customs measures, 3 low-value regimes".</returns>
    public override string ToString() => Guard.Format("{0} customs measures, {1} low-value regimes", _measures.Length, Regimes.Count);

    /// <summary>One measure's amount on one line, exact, then rounded to the currency's minor unit half away from zero.</summary>
    private static Money Amount(CustomsMeasure measure, CustomsLine line, Money customsValue) => (measure.Kind switch
    {
        CustomsMeasureKind.AdValorem => customsValue * (measure.RatePercent!.Value / 100m),
        CustomsMeasureKind.SpecificPerUnit => measure.Amount! * line.Quantity,
        _ => measure.Amount! * line.NetKilograms,
    }).Round(MidpointRounding.AwayFromZero);

    private static Money[] CustomsValues(CustomsConsignment consignment, Money[] transactionValues)
    {
        if (!consignment.IsEuropeanUnion)
        {
            return transactionValues;
        }

        var shares = (consignment.FreightToBorder + consignment.InsuranceToBorder).Allocate([.. transactionValues.Select(v => v.Amount)]);
        return [.. transactionValues.Select((v, i) => v + shares[i])];
    }
}
