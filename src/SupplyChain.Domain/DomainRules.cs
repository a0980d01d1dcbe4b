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

    /// <summary>A stock movement cannot take more units out of a bucket than it holds.</summary>
    public const string InventoryBalanceNotNegative = "inventory.balance-not-negative";
}
