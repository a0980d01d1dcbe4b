namespace SupplyChain.Domain.Procurement;

/// <summary>
/// The supplier's answer to one order line in its purchase order response (ORDRSP), as the action codes of UN/EDIFACT
/// data element 1229 in the LIN segment.
/// </summary>
public enum LineResponseAction
{
    /// <summary>Accepted without amendment (code 5): the ordered quantity by the requested date.</summary>
    Accept = 5,

    /// <summary>Accepted with a changed quantity, a changed date, or both (code 3).</summary>
    Change = 3,

    /// <summary>Not accepted (code 7): nothing will be delivered on this line.</summary>
    Reject = 7,
}
