using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Fulfilment;

/// <summary>
/// The landed cost of one unit delivered to the buyer, in parts (freight, duty, import tax, platform fees, storage,
/// last mile) that are whole minor units of one currency and add up <b>exactly</b> to <see cref="Total"/>.
/// </summary>
/// <remarks>
/// Exact per-unit amounts (an order's freight divided by its units, a duty rate times a value) rarely are whole cents.
/// <see cref="FromExactParts"/> rounds the exact total once, half away from zero, and reaches it from the parts'
/// amounts rounded down to whole minor units by adding one minor unit to each of the parts with the largest fractions
/// left over (largest remainder; ties go to the earlier part). Each part is thus its exact amount rounded down or up,
/// strictly less than one minor unit away from it, and no cent is lost or invented. (Sharing the rounded total in
/// proportion to the exact amounts instead can move a part by a whole minor unit: 0.0025 + 0.0025 + 0.05 = 0.055 rounds
/// to 0.06, and proportional shares give the third part 0.06.)
/// Results compare by reference: they are read, not compared; compare their figures.
/// </remarks>
public sealed class LandedCostBreakdown
{
    private readonly LandedCostPart[] _parts;

    /// <summary>Creates a breakdown from parts that are already whole minor units.</summary>
    /// <param name="currency">The currency of every part and of the total.</param>
    /// <param name="parts">The parts; may be empty (the total is then zero).</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> or <paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> contains null, a part in another currency, or an amount that is not a whole number of minor units.</exception>
    /// <exception cref="DomainRuleException">The currency has no minor unit (rule <see cref="DomainRules.MoneyCurrencyHasMinorUnit"/>).</exception>
    public LandedCostBreakdown(Currency currency, IEnumerable<LandedCostPart> parts)
    {
        Currency = Guard.NotNull(currency);
        var copy = Guard.CopyItems(parts, requireOne: false);
        var total = Money.Zero(currency);
        foreach (var part in copy)
        {
            if (part.Amount.Currency != currency || !part.Amount.IsWholeMinorUnits())
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CostPartNotWholeMinorUnits, part.Kind, part.Amount, currency), nameof(parts));
            }

            total += part.Amount;
        }

        _parts = [.. copy];
        Total = total;
    }

    /// <summary>The currency of every part and of the total.</summary>
    public Currency Currency { get; }

    /// <summary>The parts, in the order given.</summary>
    public IReadOnlyList<LandedCostPart> Parts => _parts;

    /// <summary>The landed cost per unit: the exact sum of <see cref="Parts"/>.</summary>
    public Money Total { get; }

    /// <summary>
    /// Rounds exact part amounts into a breakdown whose parts sum exactly to the rounded exact total (see remarks of
    /// the type).
    /// </summary>
    /// <param name="currency">The currency of every part.</param>
    /// <param name="exactParts">The parts with exact, possibly fractional-cent amounts.</param>
    /// <returns>The breakdown; parts in the same order, amounts whole minor units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> or <paramref name="exactParts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="exactParts"/> contains null or a part in another currency.</exception>
    /// <exception cref="DomainRuleException">The currency has no minor unit (rule <see cref="DomainRules.MoneyCurrencyHasMinorUnit"/>).</exception>
    public static LandedCostBreakdown FromExactParts(Currency currency, IEnumerable<LandedCostPart> exactParts)
    {
        Guard.NotNull(currency);
        var parts = Guard.CopyItems(exactParts, requireOne: false);
        var exactTotal = 0m;
        foreach (var part in parts)
        {
            if (part.Amount.Currency != currency)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CostPartNotWholeMinorUnits, part.Kind, part.Amount, currency), nameof(exactParts));
            }

            exactTotal += part.Amount.Amount;
        }

        if (exactTotal == 0m)
        {
            return new LandedCostBreakdown(currency, parts.Select(p => Rebuild(p, Money.Zero(currency))));
        }

        var scale = Money.Pow10(currency.RequireMinorUnit());
        var target = new Money(exactTotal, currency).Round().Amount * scale;   // whole minor units
        var floors = new decimal[parts.Count];
        var fractions = new decimal[parts.Count];
        var sum = 0m;
        for (var i = 0; i < parts.Count; i++)
        {
            var units = parts[i].Amount.Amount * scale;
            floors[i] = decimal.Floor(units);
            fractions[i] = units - floors[i];
            sum += floors[i];
        }

        // Σ floor ≤ exact total ≤ Σ ceiling, so the rounded total needs between 0 and (parts with a fraction) more units.
        var missing = (int)(target - sum);
        foreach (var i in Enumerable.Range(0, parts.Count).Where(i => fractions[i] > 0).OrderByDescending(i => fractions[i]).ThenBy(i => i).Take(missing))
        {
            floors[i] += 1;
        }

        return new LandedCostBreakdown(currency, parts.Select((p, i) => Rebuild(p, new Money(floors[i] / scale, currency))));
    }

    /// <summary>The sum of the parts paid by one party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The sum; zero when the party pays nothing.</returns>
    public Money PaidBy(TradeParty party) =>
        _parts.Where(p => p.PaidBy == party).Aggregate(Money.Zero(Currency), (sum, p) => sum + p.Amount);

    /// <summary>The sum of the parts of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The sum; zero when there is no part of that kind.</returns>
    public Money Of(LandedCostKind kind) =>
        _parts.Where(p => p.Kind == kind).Aggregate(Money.Zero(Currency), (sum, p) => sum + p.Amount);

    /// <summary>The total and the number of parts, e.g. "14.37 USD in 4 parts".</summary>
    public override string ToString() => $"{Total} in {_parts.Length} parts";

    private static LandedCostPart Rebuild(LandedCostPart part, Money amount) => new(part.Kind, part.PaidBy, amount, part.Basis);
}
