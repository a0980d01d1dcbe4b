namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// What a mode-2 plan says about the platform's purchase: the programme's terms and when, counted in mean days from the
/// request's date along the plan's inbound steps, title passes and the seller is paid.
/// </summary>
/// <remarks>Equality compares the terms (by reference) and both day counts.</remarks>
public sealed record PlatformPurchase
{
    internal PlatformPurchase(PlatformPurchaseTerms terms, decimal titleTransferDays)
    {
        Terms = terms;
        TitleTransferDays = titleTransferDays;
    }

    /// <summary>The programme's terms.</summary>
    public PlatformPurchaseTerms Terms { get; }

    /// <summary>
    /// Mean days from the request's date until title passes: the wait for the pickup (<see cref="TitleTransferPoint.AtPickup"/>),
    /// or the wait, the pickup run and consolidation at the hub (<see cref="TitleTransferPoint.AfterQualityCheck"/>).
    /// </summary>
    public decimal TitleTransferDays { get; }

    /// <summary>Mean days from the request's date until the platform pays: <see cref="TitleTransferDays"/> + the settlement days.</summary>
    public decimal PaidAfterDays => TitleTransferDays + Terms.SettlementDays;

    /// <summary>The terms and the days.</summary>
    /// <returns>The purchase in one line.</returns>
    public override string ToString() => $"{Terms}; title after {TitleTransferDays} days, paid after {PaidAfterDays} days";
}
