namespace SupplyChain.Domain.Fulfilment;

/// <summary>Whether a fulfilment mode can serve a request, with every condition checked as data.</summary>
/// <remarks>Results compare by reference: they are read, not compared; compare their figures.</remarks>
public sealed class ModeEligibility
{
    private readonly EligibilityReason[] _reasons;

    /// <summary>Creates the result of an eligibility check.</summary>
    /// <param name="reasons">Every condition checked; eligible when all are met (also when there are none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> contains null.</exception>
    public ModeEligibility(IEnumerable<EligibilityReason> reasons) =>
        _reasons = [.. Guard.CopyItems(reasons, requireOne: false)];

    /// <summary>A mode with no conditions: always eligible.</summary>
    public static ModeEligibility Unconditional { get; } = new([]);

    /// <summary>Whether every condition is met.</summary>
    public bool IsEligible => _reasons.All(r => r.IsMet);

    /// <summary>Every condition checked, in order.</summary>
    public IReadOnlyList<EligibilityReason> Reasons => _reasons;

    /// <summary>The conditions not met: the reasons for a refusal.</summary>
    public IReadOnlyList<EligibilityReason> Unmet => [.. _reasons.Where(r => !r.IsMet)];

    /// <summary>"eligible", or "not eligible: " and the unmet conditions.</summary>
    public override string ToString() =>
        IsEligible ? "eligible" : "not eligible: " + string.Join("; ", Unmet.Select(r => r.Description));
}
