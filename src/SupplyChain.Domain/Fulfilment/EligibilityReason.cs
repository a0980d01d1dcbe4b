namespace SupplyChain.Domain.Fulfilment;

/// <summary>One condition of a mode's eligibility, whether it is met, and the values it was judged on.</summary>
public sealed record EligibilityReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">
    /// A stable code for the condition, e.g. <see cref="DomainRules.PickupClusterServed"/>; not blank. The built-in
    /// modes and rules use <see cref="DomainRules"/> ids only; a downstream rule chooses codes of its own.
    /// </param>
    /// <param name="isMet">Whether the condition is met.</param>
    /// <param name="description">The condition with the values it was judged on, for people; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="description"/> is blank.</exception>
    public EligibilityReason(string code, bool isMet, string description)
    {
        Code = Guard.NotBlank(code);
        IsMet = isMet;
        Description = Guard.NotBlank(description);
    }

    /// <summary>The reason a mode reports for its last mile: rule <see cref="DomainRules.LastMileAvailable"/> with the coverage in words.</summary>
    internal static EligibilityReason LastMile(LastMile.LastMileCoverage coverage) =>
        new(DomainRules.LastMileAvailable, coverage.IsCovered, coverage.ToString());

    /// <summary>
    /// The stable code of the condition: for the built-in modes and rules (and a refused plan in
    /// <see cref="ModeComparisonRow.PlanRefusal"/>) one of <see cref="DomainRules"/>, the same id a refusal for that
    /// condition carries as <see cref="DomainRuleException.Rule"/>.
    /// </summary>
    public string Code { get; }

    /// <summary>Whether the condition is met.</summary>
    public bool IsMet { get; }

    /// <summary>The condition with the values it was judged on.</summary>
    public string Description { get; }

    /// <summary>The code, met or not, and the description.</summary>
    public override string ToString() => $"{Code}: {(IsMet ? "met" : "not met")} ({Description})";
}
