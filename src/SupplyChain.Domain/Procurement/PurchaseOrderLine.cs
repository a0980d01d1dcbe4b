using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// One line of a purchase order as the buyer wrote it (the LIN segment of an EANCOM ORDERS message): which SKU, how many
/// units, at what unit price, wanted by which day.
/// </summary>
/// <remarks>
/// <see cref="Line"/> is the order's own line number, not a position: <c>10, 20, 30</c> are valid line numbers, and
/// every message about the order (response, despatch, receipt) names lines by it. Equality compares all five values.
/// </remarks>
public sealed record PurchaseOrderLine
{
    /// <summary>Creates an order line.</summary>
    /// <param name="line">The line number, at least 1 and unique within the order.</param>
    /// <param name="sku">The seller's SKU ordered.</param>
    /// <param name="quantity">Units ordered, at least 1.</param>
    /// <param name="unitPrice">The price of one unit, greater than zero; one currency for the whole order.</param>
    /// <param name="requestedDate">The day the buyer wants the units delivered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> or <paramref name="unitPrice"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="quantity"/> is below 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitPrice"/> is zero or negative.</exception>
    public PurchaseOrderLine(int line, Sku sku, int quantity, Money unitPrice, LocalDate requestedDate)
    {
        Line = Guard.Positive(line);
        Sku = Guard.NotNull(sku);
        Quantity = Guard.Positive(quantity);
        Guard.NotNull(unitPrice);
        Guard.Positive(unitPrice.Amount, nameof(unitPrice));
        UnitPrice = unitPrice;
        RequestedDate = requestedDate;
    }

    /// <summary>The line number, at least 1, unique within the order.</summary>
    public int Line { get; }

    /// <summary>The SKU ordered.</summary>
    public Sku Sku { get; }

    /// <summary>Units ordered, at least 1.</summary>
    public int Quantity { get; }

    /// <summary>The price of one unit, greater than zero.</summary>
    public Money UnitPrice { get; }

    /// <summary>The day the buyer wants the units delivered.</summary>
    public LocalDate RequestedDate { get; }

    /// <summary>The line as text, e.g. <c>10: 500 × LAMP-01 at 4.25 USD by 2026-03-01</c>.</summary>
    /// <returns>The line number, quantity, SKU, unit price and requested date.</returns>
    public override string ToString() => $"{Line}: {Quantity} × {Sku} at {UnitPrice} by {InvariantText.Iso(RequestedDate)}";
}
