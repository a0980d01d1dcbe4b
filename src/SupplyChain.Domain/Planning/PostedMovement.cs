using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;

namespace SupplyChain.Domain.Planning;

/// <summary>A stock movement <see cref="PurchaseOrderPosting"/> posted, with the SKU whose ledger took it.</summary>
/// <remarks>Equality compares both values.</remarks>
public sealed record PostedMovement
{
    /// <summary>Creates the record of one posted movement.</summary>
    /// <param name="sku">The SKU whose ledger took the movement.</param>
    /// <param name="movement">The movement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> or <paramref name="movement"/> is null.</exception>
    public PostedMovement(Sku sku, StockMovement movement)
    {
        Sku = Guard.NotNull(sku);
        Movement = Guard.NotNull(movement);
    }

    /// <summary>The SKU whose ledger took the movement.</summary>
    public Sku Sku { get; }

    /// <summary>The movement.</summary>
    public StockMovement Movement { get; }

    /// <summary>"P-MUG: InboundShipped 72 …" (the SKU, then the movement).</summary>
    /// <returns>The SKU and the movement as text.</returns>
    public override string ToString() => Guard.Format("{0}: {1}", Sku, Movement);
}
