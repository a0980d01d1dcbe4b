namespace SupplyChain.Domain;

/// <summary>
/// The stable identifiers of the business rules that <see cref="DomainRuleException"/> reports. Identifiers are
/// <c>area.rule-name</c>; once released they never change meaning.
/// </summary>
public static class DomainRules
{
    /// <summary>Arithmetic on money amounts needs both amounts in the same currency.</summary>
    public const string MoneySameCurrency = "money.same-currency";
}
