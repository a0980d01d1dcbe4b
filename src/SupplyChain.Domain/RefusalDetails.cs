namespace SupplyChain.Domain;

/// <summary>
/// Typed facts a <see cref="DomainRuleException"/> carries beyond its rule id and message, in
/// <see cref="DomainRuleException.Details"/>: what the refusing command had worked out, for a caller to show or act on.
/// </summary>
/// <remarks>
/// <para>
/// Each part that attaches details derives its own sealed type with get-only properties, and documents on the refusing
/// member which refusals carry it; the details of the fulfilment modes' refusals are
/// <c>Fulfilment.ModeRefusalDetails</c> (the mode's eligibility and, for a carton refusal, the inbound plan). The
/// shared kernel knows none of those types, so a caller reads details by pattern matching:
/// <c>catch (DomainRuleException e) when (e.Details is ModeRefusalDetails details)</c>.
/// </para>
/// <para>
/// The library never puts refusal details in <see cref="Exception.Data"/>. A downstream extension that refuses with a
/// <see cref="DomainRuleException"/> may derive its own details type.
/// </para>
/// </remarks>
public abstract class RefusalDetails
{
    /// <summary>Lets a part define its details type.</summary>
    protected RefusalDetails()
    {
    }
}
