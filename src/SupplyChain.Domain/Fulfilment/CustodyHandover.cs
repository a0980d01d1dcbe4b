namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// A point of a <see cref="FulfilmentPlan"/> where custody of the goods passes from one actor to another, and whether
/// the risk of loss passes from seller to buyer there (under the sale's Incoterms rule).
/// </summary>
public sealed record CustodyHandover
{
    /// <summary>Creates a handover.</summary>
    /// <param name="at">Where the goods change hands.</param>
    /// <param name="from">Who hands the goods over.</param>
    /// <param name="to">Who takes them.</param>
    /// <param name="riskPassesToBuyer">Whether the risk of loss or damage passes from seller to buyer at this point.</param>
    /// <exception cref="ArgumentNullException"><paramref name="at"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="to"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> and <paramref name="to"/> are the same actor.</exception>
    public CustodyHandover(PlanNode at, ChainActor from, ChainActor to, bool riskPassesToBuyer)
    {
        At = Guard.NotNull(at);
        From = Guard.Defined(from);
        To = Guard.Defined(to);
        if (from == to)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.HandoverToItself, from, at), nameof(to));
        }

        RiskPassesToBuyer = riskPassesToBuyer;
    }

    /// <summary>Where the goods change hands.</summary>
    public PlanNode At { get; }

    /// <summary>Who hands the goods over.</summary>
    public ChainActor From { get; }

    /// <summary>Who takes them.</summary>
    public ChainActor To { get; }

    /// <summary>Whether the risk passes from seller to buyer at this point.</summary>
    public bool RiskPassesToBuyer { get; }

    /// <summary>The handover in one line, e.g. "Seller → ExpressCarrier at Seller warehouse (risk passes)".</summary>
    public override string ToString() => $"{From} → {To} at {At}{(RiskPassesToBuyer ? " (risk passes to buyer)" : string.Empty)}";
}
