using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// The earliest date a stock location can deliver to a buyer, for an order placed at a given instant: the seam through
/// which the allocation asks the last-mile network (cut-offs, transit, closures), which is computed elsewhere.
/// </summary>
/// <remarks>
/// An implementation must be pure (no clock, no I/O: the same question gets the same answer) and must not throw for a
/// location and address it does not serve: it returns null instead.
/// </remarks>
public interface IDeliveryPromise
{
    /// <summary>The earliest delivery date from <paramref name="location"/> to <paramref name="buyerAddress"/> for an order placed at <paramref name="orderedAt"/>.</summary>
    /// <param name="location">The stock location.</param>
    /// <param name="buyerAddress">The buyer's address.</param>
    /// <param name="orderedAt">When the order was placed.</param>
    /// <returns>The date, or null when the location cannot deliver to the address.</returns>
    LocalDate? EarliestDelivery(StockLocation location, Address buyerAddress, Instant orderedAt);
}
