using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>Chooses, per parcel, between the platform's network and local partners by price and by the date each can promise.</summary>
public static class LastMileChooser
{
    /// <summary>
    /// Asks the network (when it serves the address) and every partner that covers it for a promise, and chooses:
    /// with a required date, the cheapest promise on or before it, or the earliest when none is; without one, the
    /// cheapest. Ties go to the earlier date, then the cheaper, then the network, then the partner given first.
    /// </summary>
    /// <param name="network">The platform's network.</param>
    /// <param name="origin">The network facility where the parcel is ready (also where a partner collects it).</param>
    /// <param name="readyAt">When the parcel is ready.</param>
    /// <param name="buyer">The buyer's address.</param>
    /// <param name="partners">The local partners to compare; may be empty.</param>
    /// <param name="ledger">The station capacity already booked; unchanged.</param>
    /// <param name="requiredBy">The date the parcel is required by (e.g. the order's promised date), or null.</param>
    /// <returns>The choice, its reason, the promises compared and the ledger after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="origin"/>, <paramref name="buyer"/>, <paramref name="partners"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partners"/> contains null, or <paramref name="origin"/> is not a facility of the network.</exception>
    /// <exception cref="DomainRuleException">Neither the network (its postal-code table and line hauls) nor a partner serves the address (rule <see cref="DomainRules.LastMileAvailable"/>); the network's own refusal is the inner exception.</exception>
    /// <exception cref="DomainRuleException">The prices are in different currencies (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates run outside the range NodaTime or the working calendar supports.</exception>
    public static LastMileChoice Choose(
        LastMileNetwork network,
        FacilityId origin,
        Instant readyAt,
        Address buyer,
        IEnumerable<LocalPartnerService> partners,
        StationCapacityLedger ledger,
        LocalDate? requiredBy = null)
    {
        Guard.NotNull(network);
        Guard.NotNull(origin);
        Guard.NotNull(buyer);
        Guard.NotNull(ledger);
        var services = Guard.CopyItems(partners, requireOne: false);
        if (network.Find(origin) is null)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownOrigin, origin, network.Name), nameof(origin));
        }

        var candidates = new List<DeliveryPromise>();
        DomainRuleException? networkRefusal = null;
        try
        {
            candidates.Add(network.Promise(origin, readyAt, buyer, ledger));
        }
        catch (DomainRuleException e) when (e.Rule is DomainRules.LastMileStationServesAddress or DomainRules.LastMileRouteToStation)
        {
            networkRefusal = e;
        }

        candidates.AddRange(services.Where(p => p.Option.Covers(buyer) >= 0).Select(p => p.Promise(readyAt, buyer)));
        if (candidates.Count == 0)
        {
            throw new DomainRuleException(
                DomainRules.LastMileAvailable,
                Guard.Format(ErrorMessages.NoLastMile, buyer, string.Join(", ", services.Select(p => p.Option.Region + " (" + p.Option.Country + ")").Prepend(network.Name))),
                details: null,
                networkRefusal);
        }

        var onTime = requiredBy is { } by ? candidates.Where(c => c.PromisedDate <= by).ToList() : candidates;
        var (pool, reason) = candidates.Count == 1 ? (candidates, LastMileChoiceReason.OnlyOption)
            : requiredBy is null ? (candidates, LastMileChoiceReason.Cheapest)
            : onTime.Count > 0 ? (onTime, LastMileChoiceReason.CheapestOnTime)
            : (candidates, LastMileChoiceReason.EarliestWhenNoneOnTime);

        // Candidates are in order (network first, then partners as given), and OrderBy is stable: that is the last tie-break.
        var chosen = reason == LastMileChoiceReason.EarliestWhenNoneOnTime
            ? pool.OrderBy(c => c.PromisedDate).ThenBy(c => c.Price).First()
            : pool.OrderBy(c => c.Price).ThenBy(c => c.PromisedDate).First();
        return new LastMileChoice(chosen, reason, candidates, requiredBy, chosen.Ledger ?? ledger);
    }
}
