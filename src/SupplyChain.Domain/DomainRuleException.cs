namespace SupplyChain.Domain;

/// <summary>
/// Thrown when a command would break a business rule. The object that received the command is left unchanged.
/// </summary>
/// <remarks>
/// Bad arguments (null, out of range, malformed text) throw the <see cref="ArgumentException"/> family or
/// <see cref="FormatException"/> instead; this type is only for rules of the domain, each identified by a stable
/// <see cref="Rule"/> id listed in <see cref="DomainRules"/>.
/// </remarks>
#pragma warning disable CA1032 // Standard exception constructors: a rule violation always has a rule id and a message.
public sealed class DomainRuleException : InvalidOperationException
#pragma warning restore CA1032
{
    /// <summary>Creates an exception for the broken rule <paramref name="rule"/>.</summary>
    /// <param name="rule">The stable identifier of the rule, one of <see cref="DomainRules"/>.</param>
    /// <param name="message">What was asked, with the values, and why it breaks the rule.</param>
    /// <exception cref="ArgumentException"><paramref name="rule"/> or <paramref name="message"/> is null or blank.</exception>
    public DomainRuleException(string rule, string message)
        : base(Guard.NotBlank(message))
    {
        Rule = Guard.NotBlank(rule);
    }

    /// <summary>The identifier of the broken rule, one of <see cref="DomainRules"/>; stable across releases.</summary>
    public string Rule { get; }
}
