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
/// <b>Review cycle.</b> Each factory has a <see cref="ReviewCycle"/> (<see cref="SaleToShelfOptions"/>; daily unless
/// set). On a day that is not its factory's review day a SKU's released units are held (<see cref="HeldLine"/>, the
/// policy's quantity before the agreement's minimum and multiple) and returned in <see cref="SaleToShelfDay.Held"/>; the
/// caller passes them to the next day's run. On the review day the held units and the day's are added up per SKU and
/// the minimum and multiple apply once, to the total. The position a policy sees is the caller's: count held units as
/// on order there if the policy should see them (one-for-one just in time does not look at the position).
/// </para>
/// <para>
/// <b>Per factory.</b> On its review day each factory with a released line gets one purchase order for the day, from the SKUs' seller (the buyer) to the party operating the factory (the supplier), with id
/// <c>{orderIdPrefix}-{yyyyMMdd}-{factory id}</c>, lines numbered from 1 by product id (ordinal), each priced at the
/// agreement's unit cost and requested for the order's ready date. The whole order is one <see cref="CapacityBooking"/>
/// (the seller, the order's units, earliest start the day, the order id as reference), so every line of an order shares
/// its ready date. Orders are drafted and issued at <c>at</c>, the caller's instant: nothing reads a clock.
/// </para>
/// <para>
/// <b>Cost.</b> Products, factories and each product's agreements are looked up in the network's dictionaries (built as
/// the network is built), each product once per run, and SKUs already in product id order are not sorted again, so a
/// run costs about the same per SKU for ten SKUs or a hundred thousand (plus one booking per factory ordered from).
/// </para>
/// <para>
/// <b>All or nothing.</b> Every check runs, and every booking is quoted, before any book changes; a refusal leaves the
/// books as they were. The books are the caller's aggregates and are changed by the run (the bookings are added).
/// </para>
/// </remarks>
public static class SaleToShelf
{
    /// <summary>Runs one day with a daily review of every factory and nothing held: decides, consolidates, issues the purchase orders and books them on the factories' capacity books.</summary>
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
        Guard.NotBlank(orderIdPrefix);
        return Run(network, books, skus, day, at, new SaleToShelfOptions { OrderIdPrefix = orderIdPrefix }, nameof(orderIdPrefix));
    }

    /// <summary>
    /// Runs one day with review cycles and the lines held from earlier days: decides; holds the lines of factories
    /// that do not review today; consolidates, issues and books the orders of those that do.
    /// </summary>
    /// <param name="network">The supply network: the products, their sellers, the factories and the sourcing agreements.</param>
    /// <param name="books">A capacity book per factory, keyed by factory; the books of the factories ordered from are booked.</param>
    /// <param name="skus">The day of each SKU; each product at most once, all of one seller; may be empty.</param>
    /// <param name="day">The day run: the date of the decisions, of the agreements in force and of the review, and the earliest start of the bookings.</param>
    /// <param name="at">When the orders are drafted and issued.</param>
    /// <param name="options">The order id prefix, the review cycles and the held lines.</param>
    /// <returns>Every SKU's decision, the released lines with their expected arrivals, the orders issued, the promises and the lines still held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="books"/>, <paramref name="skus"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="skus"/> holds null, repeats a product, names a product not in the network, or holds products of more than one seller.</exception>
    /// <exception cref="ArgumentException">A held line of <paramref name="options"/> names a product not in the network or of another seller, or was held since after <paramref name="day"/>.</exception>
    /// <exception cref="ArgumentException">With the prefix of <paramref name="options"/> an order id would not be a valid <see cref="OrderId"/> (1 to 64 characters).</exception>
    /// <exception cref="ArgumentException"><paramref name="books"/> has no book for a factory ordered from (the message names it), or holds a book under another factory's key.</exception>
    /// <exception cref="DomainRuleException">A product with a sale or a held line has no sourcing agreement in force on <paramref name="day"/> (rule <see cref="DomainRules.ProductsAgreementInForce"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The agreements of one factory's lines price them in different currencies (rule <see cref="DomainRules.MoneySameCurrency"/>); nothing changes.</exception>
    /// <exception cref="OverflowException">A line, a held total or an order comes to more than <see cref="int.MaxValue"/> units; nothing changes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity book refuses a booking (<see cref="CapacityBook.Book(CapacityBooking)"/>); nothing changes.</exception>
    /// <exception cref="InvalidOperationException">A capacity book's allocation rule broke its contract; nothing changes.</exception>
    public static SaleToShelfDay Run(SupplyNetwork network, IReadOnlyDictionary<FacilityId, CapacityBook> books, IEnumerable<SkuDay> skus, LocalDate day, Instant at, SaleToShelfOptions options) =>
        Run(network, books, skus, day, at, options, nameof(options));

    private static SaleToShelfDay Run(SupplyNetwork network, IReadOnlyDictionary<FacilityId, CapacityBook> books, IEnumerable<SkuDay>? skus, LocalDate day, Instant at, SaleToShelfOptions options, string optionsName)
    {
        Guard.NotNull(network);
        Guard.NotNull(books);
        var given = Guard.CopyItems(skus, requireOne: false);
        Guard.NotNull(options, optionsName);
        Guard.Distinct(given, s => s.Product, nameof(skus));

        // Resolve every product first (argument errors before business rules), in product id order, so that line
        // numbers never depend on the order of skus (a catalogue already in that order is not sorted again).
        SortByProduct(given, s => s.Product);
        PartyId? seller = null;
        var products = new Product[given.Count];
        for (var i = 0; i < given.Count; i++)
        {
            (seller, products[i]) = SellerOf(network, given[i].Product, seller, nameof(skus));
        }

        var held = new Dictionary<ProductId, HeldLine>(options.Held.Count);
        foreach (var line in options.Held)
        {
            seller = SellerOf(network, line.Product, seller, optionsName).Seller;
            if (line.Since > day)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PlanningHeldAfterDay, optionsName, line.Product, line.Since, day), optionsName);
            }

            held.Add(line.Product, line);
        }

        // Decide per SKU, then join the held lines: release on the factory's review day, hold on any other.
        var decisions = new Dictionary<ProductId, ReplenishmentDecision>(given.Count);
        var candidates = new List<Candidate>();
        for (var i = 0; i < given.Count; i++)
        {
            var sku = given[i];
            var agreement = InForce(network, sku.Product, day);
            var context = new ReplenishmentContext(day, sku.UnitsSold)
            {
                UnitsSold = sku.UnitsSold,
                LeadTimeDays = agreement.LeadTime.PlannedWorkingDays + sku.InboundLeadTimeDays,
            };
            var decision = sku.Policy.Decide(sku.Position, context);
            var constrained = decision.WithMinimumOrderQuantity(agreement.MinimumOrderQuantity).WithOrderMultiple(agreement.OrderMultiple);
            decisions.Add(sku.Product, constrained);
            var earlier = held.GetValueOrDefault(sku.Product);
            if (decision.Quantity > 0 || earlier is not null)
            {
                _ = checked((int)constrained.Quantity);
                candidates.Add(new Candidate(products[i], agreement, decision, constrained, earlier, sku.InboundLeadTimeDays, sku.Position.Value));
            }

            held.Remove(sku.Product);
        }

        foreach (var line in held.Values)
        {
            network.TryGetProduct(line.Product, out var product);
            candidates.Add(new Candidate(product!, InForce(network, line.Product, day), default, default, line, line.InboundLeadTimeDays, 0));
        }

        SortByProduct(candidates, c => c.Product.Id);
        var released = new List<(Candidate Candidate, ReplenishmentDecision Decision)>(candidates.Count);
        var stillHeld = new List<HeldLine>();
        foreach (var c in candidates)
        {
            var units = checked((int)c.Decision.Quantity + (c.Held?.Units ?? 0));
            var reason = c.Decision.Quantity > 0 ? c.Decision.Reason : c.Held!.Reason;
            if (!options.CycleOf(c.Agreement.Factory).IsReviewDay(day))
            {
                stillHeld.Add(new HeldLine(c.Product.Id, units, c.Held?.Since ?? day, c.InboundLeadTimeDays, reason));
                continue;
            }

            var decision = c.Held is null
                ? c.Constrained
                : new ReplenishmentDecision(units, reason, c.Position)
                    .WithMinimumOrderQuantity(c.Agreement.MinimumOrderQuantity).WithOrderMultiple(c.Agreement.OrderMultiple);
            _ = checked((int)decision.Quantity);
            released.Add((c, decision));
        }

        // Consolidate per factory and prepare every booking before any book changes.
        var byFactory = new Dictionary<FacilityId, List<(Candidate Candidate, ReplenishmentDecision Decision)>>();
        foreach (var r in released)
        {
            if (!byFactory.TryGetValue(r.Candidate.Agreement.Factory, out var group))
            {
                byFactory.Add(r.Candidate.Agreement.Factory, group = []);
            }

            group.Add(r);
        }

        var plans = new List<(FacilityId Factory, CapacityBook Book, OrderId Id, CapacityBooking Booking, List<(Candidate Candidate, ReplenishmentDecision Decision)> Lines)>(byFactory.Count);
        foreach (var (factory, group) in byFactory.OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            if (!books.TryGetValue(factory, out var book) || book is null)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CapacityNoBook, nameof(books), factory, group[0].Candidate.Product.Id, day), nameof(books));
            }

            if (book.Factory != factory)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CapacityBookUnderOtherKey, nameof(books), book.Factory, factory), nameof(books));
            }

            var text = Guard.Format("{0}-{1:uuuuMMdd}-{2}", options.OrderIdPrefix, day, factory);
            if (!OrderId.TryParse(text, out var id))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.PlanningOrderId, optionsName, text), optionsName);
            }

            var units = 0;
            foreach (var line in group)
            {
                units = checked(units + (int)line.Decision.Quantity);
            }

            plans.Add((factory, book, id, new CapacityBooking(seller!, units, day, id.Value), group));
        }

        // One plan per book (one booking per factory): prepared here, committed below, so no book plans twice.
        var prepared = new CapacityPromise[plans.Count][];
        var orders = new PurchaseOrder[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            prepared[i] = plan.Book.Prepare(plan.Booking);
            var ready = prepared[i][^1].ReadyDate;
            var lines = new PurchaseOrderLine[plan.Lines.Count];
            for (var n = 0; n < lines.Length; n++)
            {
                var (c, decision) = plan.Lines[n];
                lines[n] = new PurchaseOrderLine(n + 1, c.Product.Sku, (int)decision.Quantity, c.Agreement.UnitCost, ready);
            }

            network.TryGetFacility(plan.Factory, out var facility);
            orders[i] = new PurchaseOrder(plan.Id, seller!, facility!.OperatedBy, lines, at);
        }

        // Every check passed: now, and only now, issue and book.
        var promises = new CapacityPromise[plans.Count];
        var releasedLines = new List<ReleasedLine>(released.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            orders[i].Issue(at);
            promises[i] = plans[i].Book.Commit(plans[i].Booking, prepared[i]);
            for (var n = 0; n < plans[i].Lines.Count; n++)
            {
                var (c, decision) = plans[i].Lines[n];
                releasedLines.Add(new ReleasedLine(c.Product.Id, c.Product.Sku, plans[i].Factory, decision, plans[i].Id, n + 1, promises[i].ReadyDate, c.InboundLeadTimeDays));
            }
        }

        return new SaleToShelfDay(day, decisions.AsReadOnly(), releasedLines.AsReadOnly(), orders.AsReadOnly(), promises.AsReadOnly(), stillHeld.AsReadOnly());
    }

    private static (PartyId Seller, Product Product) SellerOf(SupplyNetwork network, ProductId product, PartyId? seller, string paramName)
    {
        if (!network.TryGetProduct(product, out var found))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NetworkUnknownProduct, "product", product), paramName);
        }

        if (seller is not null && found.Seller != seller)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.PlanningOneSeller, paramName, seller, found.Id, found.Seller), paramName);
        }

        return (found.Seller, found);
    }

    private static void SortByProduct<T>(List<T> items, Func<T, ProductId> product)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (string.CompareOrdinal(product(items[i - 1]).Value, product(items[i]).Value) > 0)
            {
                items.Sort((a, b) => string.CompareOrdinal(product(a).Value, product(b).Value));
                return;
            }
        }
    }

    private static SourcingAgreement InForce(SupplyNetwork network, ProductId product, LocalDate day) =>
        network.AgreementInForce(product, day)
        ?? throw new DomainRuleException(DomainRules.ProductsAgreementInForce, Guard.Format(ErrorMessages.PlanningNoAgreementInForce, product, day));

    /// <summary>A SKU with units to release or hold: the agreement in force, the policy's own decision and the one with the agreement's constraints, what was held, the inbound days and the position.</summary>
    private sealed record Candidate(Product Product, SourcingAgreement Agreement, ReplenishmentDecision Decision, ReplenishmentDecision Constrained, HeldLine? Held, int InboundLeadTimeDays, long Position);
}
