using NodaTime;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// The <see cref="IDeliveryPromise"/> of the last-mile network: a stock location that is a facility of the platform's
/// network gets the earliest date that the network or a local partner promises (<see cref="LastMileChooser.Choose"/>)
/// for a parcel ready at the order instant, with the station capacity already booked in <see cref="Ledger"/>.
/// </summary>
/// <remarks>
/// A quote, not a booking: the ledger is never changed (book through <see cref="LastMileChooser"/> when the parcel ships).
/// A location that is not a facility of the network, or an address neither the network nor a partner serves, gets null.
/// The promise compares by reference.
/// </remarks>
public sealed class LastMileDeliveryPromise : IDeliveryPromise
{
    private readonly LocalPartnerService[] _partners;

    /// <summary>Creates the promise over a network, its partners and the capacity already booked.</summary>
    /// <param name="network">The platform's last-mile network.</param>
    /// <param name="partners">The local partners to compare; may be empty.</param>
    /// <param name="ledger">The station capacity already booked.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="partners"/> holds null.</exception>
    public LastMileDeliveryPromise(LastMileNetwork network, IEnumerable<LocalPartnerService> partners, StationCapacityLedger ledger)
    {
        Network = Guard.NotNull(network);
        _partners = [.. Guard.CopyItems(partners, requireOne: false)];
        Ledger = Guard.NotNull(ledger);
    }

    /// <summary>The platform's last-mile network.</summary>
    public LastMileNetwork Network { get; }

    /// <summary>The local partners compared, in the order given.</summary>
    public IReadOnlyList<LocalPartnerService> Partners => _partners;

    /// <summary>The station capacity already booked; never changed here.</summary>
    public StationCapacityLedger Ledger { get; }

    /// <summary>The earliest date any promise compared by the chooser gives (the network's, a partner's), or null.</summary>
    /// <param name="location">The stock location; its facility is where the parcel is ready.</param>
    /// <param name="buyerAddress">The buyer's address.</param>
    /// <param name="orderedAt">When the order was placed: the instant the parcel is taken to be ready.</param>
    /// <returns>The date, or null when the location is not a facility of the network or nothing serves the address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> or <paramref name="buyerAddress"/> is null.</exception>
    /// <exception cref="DomainRuleException">The prices are in different currencies (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates run outside the range NodaTime or the working calendar supports.</exception>
    public LocalDate? EarliestDelivery(StockLocation location, Address buyerAddress, Instant orderedAt)
    {
        Guard.NotNull(location);
        Guard.NotNull(buyerAddress);
        if (Network.Find(location.Facility) is null)
        {
            return null;
        }

        try
        {
            return LastMileChooser.Choose(Network, location.Facility, orderedAt, buyerAddress, _partners, Ledger).Candidates.Min(c => c.PromisedDate);
        }
        catch (DomainRuleException e) when (e.Rule == DomainRules.LastMileAvailable)
        {
            return null;
        }
    }

    /// <summary>The network's name and the number of partners.</summary>
    /// <returns>E.g. <c>Last-mile promise: Platform network US and 1 partner(s)</c>.</returns>
    public override string ToString() => $"Last-mile promise: {Network.Name} and {_partners.Length} partner(s)";
}
