using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>One part of a <see cref="LandedCostBreakdown"/>: what it pays for, who pays it, how much, and on what basis.</summary>
public sealed record LandedCostPart
{
    /// <summary>Creates a part.</summary>
    /// <param name="kind">What the part pays for.</param>
    /// <param name="paidBy">Who pays it (under DAP the buyer pays import duty and taxes, under DDP the seller).</param>
    /// <param name="amount">The amount; not negative.</param>
    /// <param name="basis">How the amount was worked out, e.g. "zone 5: 1.5 kg chargeable, 3 steps of 0.5 kg"; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="paidBy"/> is not defined, or <paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is blank.</exception>
    public LandedCostPart(LandedCostKind kind, TradeParty paidBy, Money amount, string basis)
    {
        Kind = Guard.Defined(kind);
        PaidBy = Guard.Defined(paidBy);
        Amount = Guard.NotNull(amount);
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(amount), amount));
        }

        Basis = Guard.NotBlank(basis);
    }

    /// <summary>What the part pays for.</summary>
    public LandedCostKind Kind { get; }

    /// <summary>Who pays it.</summary>
    public TradeParty PaidBy { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>How the amount was worked out.</summary>
    public string Basis { get; }

    /// <summary>The part in one line, e.g. "Freight 12.40 USD (Seller): ...".</summary>
    public override string ToString() => $"{Kind} {Amount} ({PaidBy}): {Basis}";
}
