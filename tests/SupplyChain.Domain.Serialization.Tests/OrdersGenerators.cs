using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Planning;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Generators of the buyer-order events and the values they carry, and of the sale-to-shelf loop's held lines. Each
/// states its range; <c>OrdersJsonTests</c> proves with the fixed seed of <c>Reach</c> that a property's draws reach it.
/// </summary>
internal static class OrdersGenerators
{
    /// <summary>Units of a line: 1 to <see cref="int.MaxValue"/>, the ends included.</summary>
    public static readonly Gen<int> Units = Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(int.MaxValue)), (6, Gen.Choose(1, int.MaxValue)));

    /// <summary>Any country, any city text, a postal code or none.</summary>
    public static readonly Gen<Address> Address =
        from country in Generators.Country
        from city in Generators.IdText
        from postal in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Generators.IdText.Select(t => (string?)t)))
        select new Address(country, city) { PostalCode = postal };

    /// <summary>A SKU quantity: any SKU, 1 to <see cref="int.MaxValue"/> units.</summary>
    public static readonly Gen<SkuQuantity> Content = from sku in Generators.Sku from units in Units select new SkuQuantity(sku, units);

    /// <summary>An allocation line: any location, SKU and product, 1 to <see cref="int.MaxValue"/> units.</summary>
    public static readonly Gen<AllocationLine> Line =
        from location in Generators.FacilityId
        from sku in Generators.Sku
        from product in Generators.ProductId
        from units in Units
        select new AllocationLine(location, sku, product, units);

    /// <summary>
    /// A parcel: number 1 to <see cref="int.MaxValue"/>, any location and mode text, 1 to 3 lines of distinct SKUs, any
    /// box, a weight from 0 to 1000 kg in hundredths of a gram, every built-in chargeable-weight rule.
    /// </summary>
    public static readonly Gen<OrderParcel> Parcel =
        from number in Units
        from location in Generators.FacilityId
        from mode in Generators.IdText
        from count in Gen.Choose(1, 3)
        from lines in Content.ArrayOf(count)
        from box in Generators.Dimensions
        from centigrams in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(100_000_000)), (6, Gen.Choose(0, 100_000_000)))
        from rule in Gen.Elements(ChargeableWeightRules.All.ToArray())
        select new OrderParcel(number, location, mode, lines.DistinctBy(l => l.Sku), box, Mass.FromGrams(centigrams / 100.0), rule);

    /// <summary>An assessment: any location, a promise date (any ISO date) or none, 0 to <see cref="int.MaxValue"/> units available, 0 to all of them taken, every verdict.</summary>
    public static readonly Gen<LocationAssessment> Assessment =
        from location in Generators.FacilityId
        from promise in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Generators.LocalDate.Select(d => (LocalDate?)d)))
        from available in Gen.Frequency((1, Gen.Constant(0)), (3, Units))
        from taken in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(available)), (3, Gen.Choose(0, available)))
        from verdict in Gen.Elements(Enum.GetValues<LocationVerdict>())
        select new LocationAssessment(location, promise, available, taken, verdict);

    /// <summary>An allocation: either reason, 1 to 3 lines and parcels, 0 to 3 assessments, a split cost of zero or more in any currency.</summary>
    public static readonly Gen<OrderAllocation> Allocation =
        from reason in Gen.Elements(Enum.GetValues<AllocationReason>())
        from lines in Gen.Choose(1, 3).SelectMany(n => Line.ArrayOf(n))
        from parcels in Gen.Choose(1, 3).SelectMany(n => Parcel.ArrayOf(n))
        from locations in Gen.Choose(0, 3).SelectMany(n => Assessment.ArrayOf(n))
        from cost in Generators.Money
        select new OrderAllocation(reason, lines, parcels, locations, new Money(Math.Abs(cost.Amount), cost.Currency));

    /// <summary>Every kind of buyer-order event: any order id and instant, versions 1 (placed) or 2 to <see cref="int.MaxValue"/>, placements of 0 to 3 lines (the event does not check them; Rebuild does); returns of any parcel, SKU and 1 to <see cref="int.MaxValue"/> units, every reason and condition, any centre.</summary>
    public static readonly Gen<BuyerOrderEvent> Event =
        from id in Generators.OrderId
        from at in Generators.Instant
        from version in Gen.Frequency((1, Gen.Constant(int.MaxValue)), (5, Gen.Choose(2, int.MaxValue)))
        from kind in Gen.Choose(0, 4)
        from address in Address
        from promised in Generators.LocalDate
        from lines in Gen.Choose(0, 3).SelectMany(n => Content.ArrayOf(n))
        from allocation in Allocation
        from parcel in Units
        from returned in Content
        from reason in Gen.Elements(Enum.GetValues<ReturnReason>())
        from condition in Gen.Elements(Enum.GetValues<ReturnCondition>())
        from centre in Generators.FacilityId
        select kind switch
        {
            0 => (BuyerOrderEvent)new BuyerOrderPlaced(id, at, address, promised, lines),
            1 => new BuyerOrderAllocated(id, version, at, allocation),
            2 => new BuyerOrderParcelShipped(id, version, at, parcel),
            3 => new BuyerOrderReturnReceived(id, version, at, new BuyerReturn(parcel, returned, reason, condition), centre),
            _ => new BuyerOrderCancelled(id, version, at),
        };

    /// <summary>A held line: any product, 1 to <see cref="int.MaxValue"/> units, any date, lead time 0 to <see cref="SkuDay.MaxInboundLeadTimeDays"/>, every reason.</summary>
    public static readonly Gen<HeldLine> Held =
        from product in Generators.ProductId
        from units in Units
        from since in Generators.LocalDate
        from lead in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(SkuDay.MaxInboundLeadTimeDays)), (4, Gen.Choose(0, SkuDay.MaxInboundLeadTimeDays)))
        from reason in Gen.Elements(Enum.GetValues<ReplenishmentReason>())
        select new HeldLine(product, units, since, lead, reason);
}
