namespace SupplyChain.Domain.Fulfilment;

/// <summary>How the built-in modes attach their eligibility to a refusal.</summary>
internal static class ModeRefusal
{
    /// <summary>
    /// Runs <paramref name="plan"/>; a <see cref="DomainRuleException"/> it throws without <see cref="ModeRefusalDetails"/>
    /// is restated with the same rule and message, the mode's <see cref="IFulfilmentMode.CheckEligibility"/> result as
    /// details, and the original as inner exception (so details it carried stay reachable).
    /// </summary>
    public static T WithEligibility<T>(IFulfilmentMode mode, FulfilmentRequest request, Func<T> plan)
    {
        try
        {
            return plan();
        }
        catch (DomainRuleException e) when (e.Details is not ModeRefusalDetails)
        {
            throw new DomainRuleException(e.Rule, e.Message, new ModeRefusalDetails(mode.CheckEligibility(request)), e);
        }
    }
}
