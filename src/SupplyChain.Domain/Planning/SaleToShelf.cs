using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Planning;

/// <summary>
/// The just-in-time loop from a sale to the shelf, one day at a time: the day's sales release order lines through each
/// SKU's replenishment policy; the lines are consolidated into one purchase order per factory, rounded to the sourcing
/// agreement's minimum order quantity and order multiple; each order is drafted and issued (EANCOM ORDERS) and booked on
/// its factory's capacity book; and the book's ready date plus each SKU's inbound lead time is the line's expected
/// arrival.
/// </summary>
/// <remarks>
/// <para>
/// <b>Name.</b> It is named for the path it covers, from the sale that triggers an order to the units that restock the
/// shelf, rather than for one step of it (<c>ReplenishmentRun</c> would name only the policy's part).
/// </para>
/// <para>
/// <b>Per SKU.</b> The network's sourcing agreement in force on the day gives the factory, the minimum order quantity,
/// the order multiple and the unit cost. The policy decides with a <see cref="ReplenishmentContext"/> of the day, the
/// units sold (also as the daily demand) and a lead time of the agreement's planned production working days plus the
/// inbound days (a rough sum of working and calendar days, read only by policies that use a lead time); the agreement's
/// minimum and multiple are then added to the decision (<see cref="ReplenishmentDecision.WithMinimumOrderQuantity"/>,
/// <see cref="ReplenishmentDecision.WithOrderMultiple"/>), so a positive order is raised to the minimum and rounded up
/// to the multiple, line by line.
/// </para>
/// <para>
/// <b>Per factory.</b> The review cycle is daily in this version: each factory with a released line gets one purchase
/// order for the day, from the SKUs' seller (the buyer) to the party operating the factory (the supplier), with id
/// <c>{orderIdPrefix}-{yyyyMMdd}-{factory id}</c>, lines numbered from 1 by product id (ordinal), each priced at the
/// agreement's unit cost and requested for the order's ready date. The whole order is one <see cref="CapacityBooking"/>
/// (the seller, the order's units, earliest start the day, the order id as reference), so every line of an order shares
/// its ready date. Orders are drafted and issued at <c>at</c>, the caller's instant: nothing reads a clock.
/// </para>
/// <para>
/// <b>All or nothing.</b> Every check runs, and every booking is quoted, before any book changes; a refusal leaves the
/// books as they were. The books are the caller's aggregates and are changed by the run (the bookings are added).
/// </para>
/// </remarks>
public static class SaleToShelf
{
    /// <summary>Runs one day: decides, consolidates, issues the purchase orders and books them on the factories' capacity books.</summary>
    /// <param name="network">The supply network: the products, their sellers, the factories and the sourcing agreements.</param>
    /// <param name="books">A capacity book per factory, keyed by factory; the books of the factories ordered from are booked.</param>
    /// <param name="skus">The day of each SKU; each product at most once, all of one seller; may be empty.</param>
    /// <param name="day">The day run: the date of the decisions and of the agreements in force, and the earliest start of the bookings.</param>
    /// <param name="at">When the orders are drafted and issued.</param>
    /// <param name="orderIdPrefix">The start of every order id, such as <c>PO</c>; not blank.</param>
    /// <returns>Every SKU's decision, the released lines with their expected arrivals, the orders issued and the promises.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="books"/>, <paramref name="skus"/> or <paramref name="orderIdPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="skus"/> holds null, repeats a product, names a product not in the network, or holds products of more than one seller.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderIdPrefix"/> is blank, or with it an order id would not be a valid <see cref="OrderId"/> (1 to 64 characters).</exception>
    /// <exception cref="ArgumentException"><paramref name="books"/> has no book for a factory ordered from (the message names it), or holds a book under another factory's key.</exception>
    /// <exception cref="DomainRuleException">A product has no sourcing agreement in force on <paramref name="day"/> (rule <see cref="DomainRules.ProductsAgreementInForce"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The agreements of one factory's lines price them in different currencies (rule <see cref="DomainRules.MoneySameCurrency"/>); nothing changes.</exception>
    /// <exception cref="OverflowException">A line or an order comes to more than <see cref="int.MaxValue"/> units; nothing changes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity book refuses a booking (<see cref="CapacityBook.Book(CapacityBooking)"/>); nothing changes.</exception>
    /// <exception cref="InvalidOperationException">A capacity book's allocation rule broke its contract; nothing changes.</exception>
    public static SaleToShelfDay Run(SupplyNetwork network, IReadOnlyDictionary<FacilityId, CapacityBook> books, IEnumerable<SkuDay> skus, LocalDate day, Instant at, string orderIdPrefix)
    {
        Guard.NotNull(network);
        Guard.NotNull(books);
        var given = Guard.CopyItems(skus, requireOne: false);
        Guard.NotBlank(orderIdPrefix);
        Guard.Distinct(given, s => s.Product, nameof(skus));
        var products = network.Products.ToDictionary(p => p.Id);
        var facilities = network.Facilities.ToDictionary(f => f.Id);

        // Resolve every product first (argument errors before business rules), in product id order, so that line
        // numbers never depend on the order of skus.
        var resolved = new List<(SkuDay Sku, Product Product)>(given.Count);
        PartyId? seller = null;
        foreach (var sku in given.OrderBy(s => s.Product.Value, StringComparer.Ordinal))
        {
            if (!products.TryGetValue(sku.Product, out var product))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "product", sku.Product), nameof(skus));
            }

            seller ??= product.Seller;
            if (product.Seller != seller)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PlanningOneSeller, nameof(skus), seller, product.Id, product.Seller), nameof(skus));
            }

            resolved.Add((sku, product));
        }

        // Decide per SKU.
        var decisions = new Dictionary<ProductId, ReplenishmentDecision>();
        var released = new List<(SkuDay Sku, Product Product, SourcingAgreement Agreement, ReplenishmentDecision Decision)>();
        foreach (var (sku, product) in resolved)
        {
            var agreement = network.AgreementInForce(product.Id, day)
                ?? throw new DomainRuleException(DomainRules.ProductsAgreementInForce, Guard.Format(ErrorMessages.PlanningNoAgreementInForce, product.Id, day));
            var context = new ReplenishmentContext(day, sku.UnitsSold)
            {
                UnitsSold = sku.UnitsSold,
                LeadTimeDays = agreement.LeadTime.PlannedWorkingDays + sku.InboundLeadTimeDays,
            };
            var decision = sku.Policy.Decide(sku.Position, context)
                .WithMinimumOrderQuantity(agreement.MinimumOrderQuantity)
                .WithOrderMultiple(agreement.OrderMultiple);
            decisions.Add(product.Id, decision);
            if (decision.Quantity > 0)
            {
                _ = checked((int)decision.Quantity);
                released.Add((sku, product, agreement, decision));
            }
        }

        // Consolidate per factory and quote every booking before any book changes.
        var plans = new List<(FacilityId Factory, CapacityBook Book, OrderId Id, CapacityBooking Booking, List<(SkuDay Sku, Product Product, SourcingAgreement Agreement, ReplenishmentDecision Decision)> Lines)>();
        foreach (var group in released.GroupBy(r => r.Agreement.Factory).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var factory = group.Key;
            if (!books.TryGetValue(factory, out var book) || book is null)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CapacityNoBook, nameof(books), factory, group.First().Product.Id, day), nameof(books));
            }

            if (book.Factory != factory)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CapacityBookUnderOtherKey, nameof(books), book.Factory, factory), nameof(books));
            }

            var text = Guard.Format("{0}-{1:uuuuMMdd}-{2}", orderIdPrefix, day, factory);
            if (!OrderId.TryParse(text, out var id))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PlanningOrderId, nameof(orderIdPrefix), text), nameof(orderIdPrefix));
            }

            var units = group.Sum(r => (int)r.Decision.Quantity);
            plans.Add((factory, book, id, new CapacityBooking(seller!, units, day, id.Value), [.. group]));
        }

        // One plan per book (one booking per factory): prepared here, committed below, so no book plans twice.
        var prepared = plans.Select(p => p.Book.Prepare(p.Booking)).ToArray();
        var orders = plans.Select((p, i) => new PurchaseOrder(
                p.Id,
                seller!,
                facilities[p.Factory].OperatedBy,
                p.Lines.Select((l, n) => new PurchaseOrderLine(n + 1, l.Product.Sku, (int)l.Decision.Quantity, l.Agreement.UnitCost, prepared[i][^1].ReadyDate)),
                at))
            .ToArray();

        // Every check passed: now, and only now, issue and book.
        var promises = new CapacityPromise[plans.Count];
        var lines = new List<ReleasedLine>(released.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            orders[i].Issue(at);
            promises[i] = plans[i].Book.Commit(plans[i].Booking, prepared[i]);
            lines.AddRange(plans[i].Lines.Select((l, n) => new ReleasedLine(
                l.Product.Id, l.Product.Sku, plans[i].Factory, l.Decision, plans[i].Id, n + 1, promises[i].ReadyDate, l.Sku.InboundLeadTimeDays)));
        }

        return new SaleToShelfDay(day, decisions.AsReadOnly(), lines.AsReadOnly(), orders.AsReadOnly(), promises.AsReadOnly());
    }
}
