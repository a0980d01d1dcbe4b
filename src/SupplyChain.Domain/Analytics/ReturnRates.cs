using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Orders;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// Return rates of buyer orders (<see cref="BuyerOrder"/>): units returned / units shipped, per SKU and per reason.
/// </summary>
/// <remarks>
/// Units shipped are the units of the parcels shipped (<see cref="BuyerOrder.ShippedUnits"/>); units returned are the
/// units of the returns received (<see cref="BuyerOrder.Returns"/>), whatever their condition. A SKU's rate divides its
/// returns by its own shipped units; a reason's rate divides the units returned for it by all units shipped, so the
/// reasons' rates add up to the overall return rate.
/// </remarks>
public static class ReturnRates
{
    /// <summary>The return rate of every SKU shipped by the orders.</summary>
    /// <param name="orders">The orders; may be empty; each order once.</param>
    /// <returns>Per SKU shipped (ordinal order of the SKU text), its returned and shipped units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is null or holds null.</exception>
    /// <exception cref="OverflowException">A total exceeds <see cref="int.MaxValue"/>.</exception>
    public static IReadOnlyDictionary<Sku, ReturnRate> BySku(IEnumerable<BuyerOrder> orders)
    {
        var list = Guard.CopyItems(orders, requireOne: false);
        var totals = new SortedDictionary<string, (Sku Sku, int Returned, int Shipped)>(StringComparer.Ordinal);
        foreach (var order in list)
        {
            foreach (var line in order.Lines)
            {
                var shipped = order.ShippedUnits(line.Sku);
                if (shipped == 0)
                {
                    continue;
                }

                var (_, returned, before) = totals.GetValueOrDefault(line.Sku.ToString());
                totals[line.Sku.ToString()] = (line.Sku, checked(returned + order.ReturnedUnits(line.Sku)), checked(before + shipped));
            }
        }

        return totals.Values.ToDictionary(t => t.Sku, t => new ReturnRate(t.Returned, t.Shipped)).AsReadOnly();
    }

    /// <summary>The return rate of every reason: units returned for it / all units shipped by the orders.</summary>
    /// <param name="orders">The orders; may be empty; each order once.</param>
    /// <returns>Every <see cref="ReturnReason"/> (in numeric order), with its returned units and all shipped units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is null or holds null.</exception>
    /// <exception cref="OverflowException">A total exceeds <see cref="int.MaxValue"/>.</exception>
    public static IReadOnlyDictionary<ReturnReason, ReturnRate> ByReason(IEnumerable<BuyerOrder> orders)
    {
        var list = Guard.CopyItems(orders, requireOne: false);
        var shipped = 0;
        var returned = Enum.GetValues<ReturnReason>().ToDictionary(r => r, _ => 0);
        foreach (var order in list)
        {
            shipped = checked(shipped + order.Lines.Sum(l => order.ShippedUnits(l.Sku)));
            foreach (var received in order.Returns)
            {
                returned[received.Return.Reason] = checked(returned[received.Return.Reason] + received.Return.Units.Units);
            }
        }

        return returned.ToDictionary(r => r.Key, r => new ReturnRate(r.Value, shipped)).AsReadOnly();
    }
}
