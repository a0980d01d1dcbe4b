using System.Globalization;

namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// A loss function and its complement at one point: <see cref="Loss"/> = E[(D − x)⁺] (expected shortage, n(x)) and
/// <see cref="Complement"/> = E[(x − D)⁺] (expected leftover, n̄(x)); for second-order losses, half the expected
/// squares of the same quantities.
/// </summary>
/// <remarks>Equality compares both numbers exactly. The default value is (0, 0).</remarks>
public readonly record struct LossValues
{
    /// <summary>Creates a pair of loss values.</summary>
    /// <param name="loss">The loss n(x) (or L(z), n⁽²⁾(x), L⁽²⁾(z)).</param>
    /// <param name="complement">The complementary loss n̄(x) (or L̄(z), n̄⁽²⁾(x), L̄⁽²⁾(z)).</param>
    public LossValues(double loss, double complement)
    {
        Loss = loss;
        Complement = complement;
    }

    /// <summary>Gets the loss: the expected amount by which demand exceeds the point (shortage).</summary>
    public double Loss { get; }

    /// <summary>Gets the complementary loss: the expected amount by which the point exceeds demand (leftover).</summary>
    public double Complement { get; }

    /// <summary>Formats the pair with the invariant culture, e.g. <c>(loss 0.25, complement 3.25)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"(loss {Loss}, complement {Complement})");
}
