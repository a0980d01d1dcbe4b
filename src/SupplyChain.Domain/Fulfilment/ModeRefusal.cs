namespace SupplyChain.Domain.Fulfilment;

/// <summary>How the built-in modes attach their eligibility to a refusal.</summary>
internal static class ModeRefusal
{
    /// <summary>The key of the <see cref="ModeEligibility"/> in a refusal's <see cref="Exception.Data"/>.</summary>
    public const string EligibilityKey = "eligibility";

    /// <summary>
    /// Runs <paramref name="plan"/>; a <see cref="DomainRuleException"/> it throws is rethrown with the mode's
    /// <see cref="IFulfilmentMode.CheckEligibility"/> result under <see cref="EligibilityKey"/>, unless it already carries one.
    /// </summary>
    public static T WithEligibility<T>(IFulfilmentMode mode, FulfilmentRequest request, Func<T> plan)
    {
        try
        {
            return plan();
        }
        catch (DomainRuleException e) when (!e.Data.Contains(EligibilityKey))
        {
            e.Data[EligibilityKey] = mode.CheckEligibility(request);
            throw;
        }
    }
}
