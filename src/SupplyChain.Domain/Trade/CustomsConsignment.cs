using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// A consignment entering the United States or a member state of the European Union on a date, as its importer declares
/// it: the lines, the freight and insurance to the border, whether it is declared under the EU Import One-Stop Shop
/// (IOSS), and optionally the member state's import VAT rate. <see cref="CustomsTariff.Assess"/> assesses it.
/// </summary>
/// <remarks>
/// <para>
/// Every amount of a consignment is in its <see cref="Currency"/>: USD for the United States, EUR for the European Union
/// (the currency of the thresholds of the low-value regimes). Nothing is converted: exchange rates are the caller's data.
/// </para>
/// <para>
/// The constructor refuses, in this order: a destination other than the United States or an EU member state (rule
/// <see cref="DomainRules.CustomsDestinationSupported"/>), a line of fewer than one unit
/// (<see cref="DomainRules.CustomsQuantityPositive"/>), a unit value in another currency
/// (<see cref="DomainRules.MoneySameCurrency"/>); the freight and insurance are checked as they are set.
/// </para>
/// <para>Consignments compare by reference.</para>
/// </remarks>
public sealed class CustomsConsignment
{
    private static readonly CountryCode UnitedStates = CountryCode.Parse("US");

    /// <summary>
    /// Creates a consignment without freight or insurance to the border, not under IOSS and without import VAT; those
    /// are set by name (<see cref="FreightToBorder"/>, <see cref="InsuranceToBorder"/>, <see cref="Ioss"/>,
    /// <see cref="ImportVatRatePercent"/>).
    /// </summary>
    /// <param name="destination">The importing country: <c>US</c> or one of the 27 EU member states.</param>
    /// <param name="entryDate">The date of entry into the destination (any calendar; kept as an ISO date); every date rule uses it.</param>
    /// <param name="lines">The declaration lines, in order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or contains null.</exception>
    /// <exception cref="DomainRuleException">The destination is neither the United States nor an EU member state (rule <see cref="DomainRules.CustomsDestinationSupported"/>).</exception>
    /// <exception cref="DomainRuleException">A line declares fewer than one unit (rule <see cref="DomainRules.CustomsQuantityPositive"/>).</exception>
    /// <exception cref="DomainRuleException">A line's unit value is not in the destination's currency (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public CustomsConsignment(CountryCode destination, LocalDate entryDate, IEnumerable<CustomsLine> lines)
    {
        Guard.NotNull(destination);
        var copy = Guard.CopyItems(lines, requireOne: true);
        var european = CustomsTerritory.IsMemberState(destination);
        if (!european && !ReferenceEquals(destination, UnitedStates))
        {
            throw new DomainRuleException(DomainRules.CustomsDestinationSupported, Guard.Format(ErrorMessages.CustomsDestinationUnsupported, destination));
        }

        for (var i = 0; i < copy.Count; i++)
        {
            if (copy[i].Quantity < 1)
            {
                throw new DomainRuleException(DomainRules.CustomsQuantityPositive, Guard.Format(ErrorMessages.CustomsQuantityNotPositive, i + 1, copy[i].HsCode, copy[i].Quantity));
            }
        }

        Destination = destination;
        Currency = european ? Currency.EUR : Currency.USD;
        for (var i = 0; i < copy.Count; i++)
        {
            SameCurrency(copy[i].UnitValue, Guard.Format("The unit value of line {0}", i + 1));
        }

        EntryDate = Validity.Iso(entryDate);
        Lines = [.. copy];
        FreightToBorder = Money.Zero(Currency);
        InsuranceToBorder = Money.Zero(Currency);
    }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>Whether the destination is a member state of the European Union (customs value CIF, IOSS, import VAT).</summary>
    public bool IsEuropeanUnion => !ReferenceEquals(Destination, UnitedStates);

    /// <summary>The currency of every amount of the consignment: USD for the United States, EUR for the European Union.</summary>
    public Currency Currency { get; }

    /// <summary>The date of entry (an ISO date).</summary>
    public LocalDate EntryDate { get; }

    /// <summary>The declaration lines, in order.</summary>
    public IReadOnlyList<CustomsLine> Lines { get; }

    /// <summary>
    /// The transport of the whole consignment up to the place of entry into the destination's customs territory; zero
    /// (the default) or more, in whole minor units of <see cref="Currency"/>. Part of the EU customs value (CIF), not of
    /// the US one.
    /// </summary>
    /// <exception cref="ArgumentNullException">The amount is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="ArgumentException">The amount is not a whole number of minor units (cents).</exception>
    /// <exception cref="DomainRuleException">The amount is not in <see cref="Currency"/> (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public Money FreightToBorder { get; init => field = ToBorder(value, nameof(FreightToBorder)); }

    /// <summary>The insurance of the whole consignment up to the place of entry; as <see cref="FreightToBorder"/>.</summary>
    /// <exception cref="ArgumentNullException">The amount is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="ArgumentException">The amount is not a whole number of minor units (cents).</exception>
    /// <exception cref="DomainRuleException">The amount is not in <see cref="Currency"/> (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public Money InsuranceToBorder { get; init => field = ToBorder(value, nameof(InsuranceToBorder)); }

    /// <summary>
    /// Whether the goods are declared under the EU Import One-Stop Shop (the seller collected the VAT at sale); false
    /// (the default). Read only for EU destinations.
    /// </summary>
    public bool Ioss { get; init; }

    /// <summary>
    /// The member state's import VAT rate in percent (19, 25.5), or null (the default) to leave the VAT out of the
    /// assessment; EU destinations only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not between 0 and 100.</exception>
    /// <exception cref="ArgumentException">The destination is not an EU member state.</exception>
    public decimal? ImportVatRatePercent
    {
        get;
        init
        {
            if (value is { } rate && (rate < 0m || rate > 100m))
            {
                throw Guard.OutOfRange(rate, Guard.Format(ErrorMessages.MustBeInRange, nameof(ImportVatRatePercent), 0, 100, rate), nameof(ImportVatRatePercent));
            }

            if (value is not null && !IsEuropeanUnion)
            {
                throw Guard.Refused(Guard.Format(ErrorMessages.ImportVatOnlyInEu, Destination), nameof(ImportVatRatePercent));
            }

            field = value;
        }
    }

    /// <summary>The consignment in one line, e.g. "2 lines into US on 2025-06-10".</summary>
    public override string ToString() => Guard.Format("{0} lines into {1} on {2}", Lines.Count, Destination, InvariantText.Iso(EntryDate));

    private Money ToBorder(Money? value, string name)
    {
        Guard.NotNull(value, name);
        if (value.IsNegative)
        {
            throw Guard.OutOfRange(value, Guard.Format(ErrorMessages.MustNotBeNegative, name, value), name);
        }

        SameCurrency(value, name);
        return value.IsWholeMinorUnits() ? value : throw Guard.Refused(Guard.Format(ErrorMessages.MustBeWholeMinorUnits, name, value), name);
    }

    private void SameCurrency(Money value, string what)
    {
        if (value.Currency != Currency)
        {
            throw new DomainRuleException(DomainRules.MoneySameCurrency, Guard.Format(ErrorMessages.CustomsCurrency, what, value, Destination, Currency));
        }
    }
}
