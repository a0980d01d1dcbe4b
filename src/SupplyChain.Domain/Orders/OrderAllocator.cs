using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// The allocation rule of <see cref="BuyerOrder.Allocate"/>: which locations serve the order and in which parcels. Pure:
/// it reads the ledgers' fulfillable balances and asks the promise, and changes nothing.
/// </summary>
internal static class OrderAllocator
{
    internal sealed record Order(OrderId Id, IReadOnlyList<SkuQuantity> Lines, Address To, Instant OrderedAt, LocalDate Promised);

    internal static OrderAllocation Allocate(Order order, IReadOnlyList<StockLocation> locations, IReadOnlyList<Product> products, IDeliveryPromise promise, OrderSplitRules rules)
    {
        var lines = order.Lines;
        var n = locations.Count;
        var dates = new LocalDate?[n];
        var available = new int[n][];
        var verdicts = new LocationVerdict?[n];
        for (var i = 0; i < n; i++)
        {
            dates[i] = promise.EarliestDelivery(locations[i], order.To, order.OrderedAt);
            available[i] = new int[lines.Count];
            if (dates[i] is null)
            {
                verdicts[i] = LocationVerdict.CannotDeliver;
                continue;
            }

            if (dates[i] > order.Promised)
            {
                verdicts[i] = LocationVerdict.MissesPromise;
                continue;
            }

            for (var k = 0; k < lines.Count; k++)
            {
                available[i][k] = Math.Min(lines[k].Units, locations[i].Fulfillable(products[k].Id));
            }

            if (available[i].All(a => a == 0))
            {
                verdicts[i] = LocationVerdict.NoStock;
            }
        }

        var taken = new int[n][];
        for (var i = 0; i < n; i++)
        {
            taken[i] = new int[lines.Count];
        }

        var chosen = new List<int>();
        AllocationReason reason;
        var single = Enumerable.Range(0, n)
            .Where(i => verdicts[i] is null && Enumerable.Range(0, lines.Count).All(k => available[i][k] == lines[k].Units))
            .OrderBy(i => dates[i]).ThenBy(i => i)
            .Take(1).ToList();
        if (single.Count == 1)
        {
            reason = AllocationReason.SingleLocation;
            chosen.Add(single[0]);
            Array.Copy(available[single[0]], taken[single[0]], lines.Count);
        }
        else
        {
            var units = lines.Sum(l => l.Units);
            if (!rules.AllowSplitAcrossLocations)
            {
                throw new DomainRuleException(DomainRules.OrdersStockAvailable,
                    Guard.Format(ErrorMessages.OrderNoSingleLocation, order.Id, units, order.Promised));
            }

            reason = AllocationReason.SplitAcrossLocations;
            var open = lines.Select(l => l.Units).ToArray();
            while (open.Any(o => o > 0))
            {
                var best = Enumerable.Range(0, n)
                    .Where(i => verdicts[i] is null && !chosen.Contains(i))
                    .Select(i => (i, Cover: Enumerable.Range(0, lines.Count).Sum(k => Math.Min(available[i][k], open[k]))))
                    .Where(c => c.Cover > 0)
                    .OrderByDescending(c => c.Cover).ThenBy(c => dates[c.i]).ThenBy(c => c.i)
                    .Take(1).ToList();
                if (best.Count == 0)
                {
                    throw new DomainRuleException(DomainRules.OrdersStockAvailable,
                        Guard.Format(ErrorMessages.OrderStockShort, order.Id, open.Sum(), units, order.Promised));
                }

                var pick = best[0].i;
                chosen.Add(pick);
                for (var k = 0; k < lines.Count; k++)
                {
                    taken[pick][k] = Math.Min(available[pick][k], open[k]);
                    open[k] -= taken[pick][k];
                }
            }
        }

        var allocationLines = new List<AllocationLine>();
        var parcels = new List<OrderParcel>();
        foreach (var i in chosen)
        {
            for (var k = 0; k < lines.Count; k++)
            {
                if (taken[i][k] > 0)
                {
                    allocationLines.Add(new AllocationLine(locations[i].Facility, lines[k].Sku, products[k].Id, taken[i][k]));
                }
            }

            Pack(order.Id, locations[i], lines, products, taken[i], parcels, rules.MaxParcelsPerOrder);
        }

        var assessments = Enumerable.Range(0, n).Select(i => new LocationAssessment(
            locations[i].Facility, dates[i], available[i].Sum(), taken[i].Sum(),
            verdicts[i] ?? (chosen.Contains(i) ? LocationVerdict.Chosen : LocationVerdict.NotNeeded))).ToList();
        return new OrderAllocation(reason, allocationLines.AsReadOnly(), parcels.AsReadOnly(), assessments.AsReadOnly(), rules.SplitCost * (chosen.Count - 1));
    }

    /// <summary>
    /// Packs the units taken at one location, in line order, first fit: a unit joins the open parcel while the stack
    /// stays within the carrier's box and weight, else it opens the next parcel.
    /// </summary>
    private static void Pack(OrderId id, StockLocation location, IReadOnlyList<SkuQuantity> lines, IReadOnlyList<Product> products, int[] taken, List<OrderParcel> parcels, int maxParcels)
    {
        var limits = location.Limits;
        var open = new Stack();
        for (var k = 0; k < lines.Count; k++)
        {
            if (taken[k] == 0)
            {
                continue;
            }

            if (!new Stack().TryAdd(products[k], limits))
            {
                throw new DomainRuleException(DomainRules.OrdersParcelWithinCarrierLimits,
                    Guard.Format(ErrorMessages.UnitOverParcelLimits, lines[k].Sku, id, products[k].UnitDimensions, products[k].UnitMass.Kilograms, location.Facility, limits));
            }

            for (var u = 0; u < taken[k]; u++)
            {
                if (!open.TryAdd(products[k], limits))
                {
                    if (parcels.Count + 2 > maxParcels)
                    {
                        // The closed parcel and the one this unit opens would be more than the rules allow: stop here.
                        throw TooManyParcels(id, maxParcels);
                    }

                    parcels.Add(open.ToParcel(parcels.Count + 1, location, lines));
                    open = new Stack();
                    open.TryAdd(products[k], limits);
                }
            }
        }

        if (!open.IsEmpty)
        {
            if (parcels.Count + 1 > maxParcels)
            {
                throw TooManyParcels(id, maxParcels);
            }

            parcels.Add(open.ToParcel(parcels.Count + 1, location, lines));
        }
    }

    private static DomainRuleException TooManyParcels(OrderId id, int maxParcels) =>
        new(DomainRules.OrdersParcelsWithinMaximum, Guard.Format(ErrorMessages.OrderTooManyParcels, id, maxParcels));

    /// <summary>Units stacked on their largest faces: sides in exact millimetres, weight in exact grams.</summary>
    private sealed class Stack
    {
        private readonly Dictionary<Sku, int> _units = [];
        private decimal _longest;
        private decimal _median;
        private decimal _sum;
        private decimal _grams;

        internal bool IsEmpty => _units.Count == 0;

        /// <summary>Adds one unit when the stack still fits the limits with it; otherwise changes nothing.</summary>
        internal bool TryAdd(Product product, ParcelLimits limits)
        {
            var box = product.UnitDimensions;
            var longest = Math.Max(_longest, box.LongestMillimetres);
            var median = Math.Max(_median, box.MedianMillimetres);
            var sum = _sum + box.ShortestMillimetres;
            var grams = _grams + (decimal)product.UnitMass.Grams;
            var sides = Sorted(longest, median, sum);
            var max = limits.MaxBox;
            if (grams > limits.MaxGrams || sides[0] > max.LongestMillimetres || sides[1] > max.MedianMillimetres || sides[2] > max.ShortestMillimetres)
            {
                return false;
            }

            (_longest, _median, _sum, _grams) = (longest, median, sum, grams);
            _units[product.Sku] = _units.GetValueOrDefault(product.Sku) + 1;
            return true;
        }

        internal OrderParcel ToParcel(int number, StockLocation location, IReadOnlyList<SkuQuantity> lines)
        {
            var sides = Sorted(_longest, _median, _sum);
            var box = new Dimensions(Length.FromMillimeters((double)sides[0]), Length.FromMillimeters((double)sides[1]), Length.FromMillimeters((double)sides[2]));
            var weight = Mass.FromGrams((double)_grams);
            var content = lines.Where(l => _units.ContainsKey(l.Sku)).Select(l => new SkuQuantity(l.Sku, _units[l.Sku])).ToList().AsReadOnly();
            return new OrderParcel(number, location.Facility, location.Mode.Name, content, box, weight, location.Limits.ChargeableWeight);
        }

        private static decimal[] Sorted(decimal a, decimal b, decimal c)
        {
            decimal[] sides = [a, b, c];
            Array.Sort(sides);
            Array.Reverse(sides);
            return sides;
        }
    }
}
