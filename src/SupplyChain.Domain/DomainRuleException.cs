namespace SupplyChain.Domain;

/// <summary>
/// Thrown when a command would break a business rule. The object that received the command is left unchanged.
/// </summary>
/// <remarks>
/// Bad arguments (null, out of range, malformed text) throw the <see cref="ArgumentException"/> family or
/// <see cref="FormatException"/> instead; this type is only for rules of the domain, each identified by a stable
/// <see cref="Rule"/> id listed in <see cref="DomainRules"/>. What the refusing command worked out beyond the message
/// (a fulfilment mode's eligibility, say) is in <see cref="Details"/>, typed, never in <see cref="Exception.Data"/>.
/// </remarks>
#pragma warning disable CA1032 // Standard exception constructors: a rule violation always has a rule id and a message.
public sealed class DomainRuleException : InvalidOperationException
#pragma warning restore CA1032
{
    /// <summary>Creates an exception for the broken rule <paramref name="rule"/>, without details.</summary>
    /// <param name="rule">The stable identifier of the rule, one of <see cref="DomainRules"/>.</param>
    /// <param name="message">What was asked, with the values, and why it breaks the rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> or <paramref name="message"/> is blank.</exception>
    public DomainRuleException(string rule, string message)
        : this(rule, message, details: null, innerException: null)
    {
    }

    /// <summary>Creates an exception for the broken rule <paramref name="rule"/> with typed details.</summary>
    /// <param name="rule">The stable identifier of the rule, one of <see cref="DomainRules"/>.</param>
    /// <param name="message">What was asked, with the values, and why it breaks the rule.</param>
    /// <param name="details">What the refusing command worked out, or null for none.</param>
    /// <param name="innerException">
    /// The refusal this one restates, or null: a fulfilment mode that adds its eligibility to a refusal raised deeper
    /// (a missing duty rate, say) throws a new exception with the same rule and message, the deeper one as inner.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> or <paramref name="message"/> is blank.</exception>
    public DomainRuleException(string rule, string message, RefusalDetails? details, Exception? innerException = null)
        : base(Guard.NotBlank(message), innerException)
    {
        Rule = Guard.NotBlank(rule);
        Details = details;
    }

    /// <summary>The identifier of the broken rule, one of <see cref="DomainRules"/>; stable across releases.</summary>
    public string Rule { get; }

    /// <summary>
    /// What the refusing command worked out, typed by the part that raised it, or null when the refusal carries nothing
    /// beyond its rule and message. Read it by pattern matching (<c>e.Details is ModeRefusalDetails d</c>); each refusing
    /// member documents which details it attaches.
    /// </summary>
    public RefusalDetails? Details { get; }
}
