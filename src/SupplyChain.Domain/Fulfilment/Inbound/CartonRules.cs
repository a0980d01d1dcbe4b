using System.Globalization;
using SupplyChain.Domain.Internal;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>
/// A marketplace's rules for the cartons a seller sends to its warehouse, as data: the longest side and the heaviest
/// gross weight a carton may have, and the exemption for a single unit that is itself larger or heavier.
/// </summary>
/// <remarks>
/// <para>
/// A carton complies when no side is over <see cref="MaxSide"/> and its gross weight is not over
/// <see cref="MaxGrossWeight"/>; both limits are inclusive (a 25 in side and a 50 lb carton are allowed). A carton
/// holding a single unit that on its own exceeds a limit is allowed and flagged (see
/// <see cref="CartonExemption"/>). Two rules hold by construction of every <see cref="InboundPlan"/>: a carton
/// belongs to one shipment (the plan's), and it holds one SKU with one expiry date, so the same SKU with different
/// expiry dates is never in one carton.
/// </para>
/// <para>
/// Limits are compared at the resolution the product model stores quantities in (0.001 mm for the sides of a
/// <see cref="Products.Dimensions"/>, 0.01 g for weights): a value is within a limit when it does not exceed the limit
/// rounded half away from zero to that resolution. 25 in is exactly 635 mm, and 50 lb is exactly 22,679.6185 g,
/// compared as 22,679.62 g.
/// </para>
/// <para>Rules compare by reference.</para>
/// </remarks>
public sealed class CartonRules
{
    /// <summary>Defines carton rules.</summary>
    /// <param name="name">A stable name, e.g. <c>amazon-us</c>; not blank.</param>
    /// <param name="maxSide">The longest side a carton may have (inclusive); greater than zero.</param>
    /// <param name="maxGrossWeight">The heaviest a carton may be, packaging included (inclusive); greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSide"/> or <paramref name="maxGrossWeight"/> is not greater than zero, or is too large.</exception>
    public CartonRules(string name, Length maxSide, Mass maxGrossWeight)
    {
        Name = Guard.NotBlank(name);
        MaxSideMillimetres = ExactQuantities.Side(maxSide, nameof(maxSide));
        MaxGrossGrams = Math.Round(ExactQuantities.Kilograms(maxGrossWeight, nameof(maxGrossWeight), allowZero: false) * 1000m, 2, MidpointRounding.AwayFromZero);
        MaxSide = maxSide;
        MaxGrossWeight = maxGrossWeight;
    }

    /// <summary>
    /// Amazon's US rules for cartons sent to its fulfilment centres: no side over 25 in and at most 50 lb, unless the
    /// carton holds a single unit that is larger or heavier (Amazon Seller Central, "Shipping and routing
    /// requirements", box dimensions and weight).
    /// </summary>
    public static CartonRules AmazonUs { get; } = new("amazon-us", Length.FromInches(25), Mass.FromPounds(50));

    /// <summary>The rules' name.</summary>
    public string Name { get; }

    /// <summary>The longest side a carton may have, as given.</summary>
    public Length MaxSide { get; }

    /// <summary>The heaviest gross weight a carton may have, as given.</summary>
    public Mass MaxGrossWeight { get; }

    /// <summary>The side limit in millimetres, rounded to 0.001 mm as box sides are.</summary>
    internal decimal MaxSideMillimetres { get; }

    /// <summary>The weight limit in grams, rounded to 0.01 g.</summary>
    internal decimal MaxGrossGrams { get; }

    /// <summary>"name: sides at most …, at most …".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Name}: sides at most {ExactQuantities.Show(MaxSide)}, at most {ExactQuantities.Show(MaxGrossWeight)} gross");
}
