namespace SupplyChain.Domain;

/// <summary>
/// The stable identifiers of the business rules that <see cref="DomainRuleException"/> reports. Identifiers are
/// <c>area.rule-name</c>; once released they never change meaning.
/// </summary>
public static class DomainRules
{
    /// <summary>Arithmetic and comparison of <see cref="Monetary.Money"/> need both amounts in the same currency.</summary>
    public const string MoneySameCurrency = "money.same-currency";

    /// <summary>Only an amount that is a whole number of minor units can be allocated without losing a fraction.</summary>
    public const string MoneyWholeMinorUnits = "money.whole-minor-units";

    /// <summary>Rounding and allocation need a currency with a minor unit (not XAU, XDR, XTS, XXX, ...).</summary>
    public const string CurrencyHasMinorUnit = "money.currency-has-minor-unit";

    /// <summary>A sales history holds one record per product and day; a recorded day is changed with a correction.</summary>
    public const string SalesOneRecordPerDay = "demand.one-record-per-day";

    /// <summary>Only a day that is recorded can be corrected.</summary>
    public const string SalesCorrectRecordedDay = "demand.correct-recorded-day";
}
