using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Products;
using SupplyChain.Domain.Shipping;
using UnitsNet;

namespace SupplyChain.Domain.Orders;

/// <summary>
/// One parcel of a buyer order, planned when the order is allocated: its units (of one stock location), its box and
/// weight, the weight the carrier bills, and the fulfilment mode that carries it.
/// </summary>
/// <remarks>
/// The units are stacked on their largest faces: the box is the longest of the units' longest sides × the longest of
/// their middle sides × the sum of their shortest sides (sides in millimetres, exact), within the carrier's
/// <see cref="ParcelLimits"/>. Created by the allocation, or from a stored history. Equality compares every value, the lines item by item.
/// </remarks>
public sealed record OrderParcel
{
    /// <summary>
    /// Creates a parcel, e.g. read back from a stored <see cref="BuyerOrderAllocated"/> event; the chargeable weight is
    /// <paramref name="chargeableWeightRule"/>'s for the box and weight, as the allocation computes it. It does not check the
    /// lines against an order or the box against the units: <see cref="BuyerOrder.Rebuild"/> checks the units.
    /// </summary>
    /// <param name="number">The parcel's number in the order, at least 1.</param>
    /// <param name="location">The stock location the parcel ships from.</param>
    /// <param name="fulfilmentMode">The name of the fulfilment mode that serves the location; not blank.</param>
    /// <param name="lines">The units in the parcel per SKU: at least one line, each with units, each SKU once.</param>
    /// <param name="box">The parcel's box.</param>
    /// <param name="weight">The parcel's actual weight, zero or more.</param>
    /// <param name="chargeableWeightRule">The carrier's chargeable-weight rule (<see cref="ParcelLimits.ChargeableWeight"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/>, <paramref name="fulfilmentMode"/>, <paramref name="lines"/>, <paramref name="box"/> or <paramref name="chargeableWeightRule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="fulfilmentMode"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or names a SKU twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A line of <paramref name="lines"/> has no units.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative or not finite.</exception>
    public OrderParcel(int number, FacilityId location, string fulfilmentMode, IEnumerable<SkuQuantity> lines, Dimensions box, Mass weight, ChargeableWeightRule chargeableWeightRule)
    {
        const string Param = "lines";
        Number = Guard.Positive(number);
        Location = Guard.NotNull(location);
        FulfilmentMode = Guard.NotBlank(fulfilmentMode);
        var content = Guard.NotNull(lines).ToList();
        if (content.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustHaveAtLeastOneItem, Param), Param);
        }

        if (content.Any(l => l.Sku is null))
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.MustNotContainNull, Param), Param);
        }

        foreach (var line in content.Where(l => l.Units == 0).Take(1))
        {
            throw Guard.OutOfRange(line, Guard.Format(ErrorMessages.OrderLineWithoutUnits, line.Sku), Param);
        }

        Guard.Distinct(content, l => l.Sku, Param);
        Lines = content.AsReadOnly();
        Box = Guard.NotNull(box);
        Weight = double.IsFinite(weight.Grams) && weight.Grams >= 0
            ? weight
            : throw Guard.OutOfRange(weight, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(weight), weight), nameof(weight));
        Chargeable = Guard.NotNull(chargeableWeightRule).Calculate(box, weight);
    }

    /// <summary>The parcel's number in the order, from 1.</summary>
    public int Number { get; }

    /// <summary>The stock location the parcel ships from.</summary>
    public FacilityId Location { get; }

    /// <summary>The name of the fulfilment mode that serves the location (<see cref="StockLocation.Mode"/>).</summary>
    public string FulfilmentMode { get; }

    /// <summary>The units in the parcel, per SKU, in the order's line order.</summary>
    public IReadOnlyList<SkuQuantity> Lines { get; }

    /// <summary>The parcel's box.</summary>
    public Dimensions Box { get; }

    /// <summary>The parcel's actual weight: the sum of its units' weights, in grams.</summary>
    public Mass Weight { get; }

    /// <summary>The carrier's chargeable weight for the parcel (<see cref="ParcelLimits.ChargeableWeight"/>).</summary>
    public ChargeableWeight Chargeable { get; }

    /// <summary>The units in the parcel, all SKUs together.</summary>
    public int Units => Lines.Sum(l => l.Units);

    /// <summary>Compares every value, the lines item by item.</summary>
    /// <param name="other">The other parcel.</param>
    /// <returns>Whether both parcels have equal values and equal lines in the same order.</returns>
    public bool Equals(OrderParcel? other) =>
        other is not null && Number == other.Number && Location == other.Location && FulfilmentMode == other.FulfilmentMode
        && Lines.SequenceEqual(other.Lines) && Box == other.Box && Weight.Grams.Equals(other.Weight.Grams) && Chargeable == other.Chargeable;

    /// <summary>A hash code consistent with <see cref="Equals(OrderParcel)"/>.</summary>
    /// <returns>A hash of the number, location, mode, box and number of lines.</returns>
    public override int GetHashCode() => HashCode.Combine(Number, Location, FulfilmentMode, Lines.Count, Box);

    /// <summary>The parcel, e.g. <c>parcel 1 from LAX9 (Platform warehouse): LAMP-01 x 2; 2.4 kg chargeable ...</c>.</summary>
    /// <returns>The number, location, mode, lines and chargeable weight.</returns>
    public override string ToString() =>
        Guard.Format("parcel {0} from {1} ({2}): {3}; {4}", Number, Location, FulfilmentMode, string.Join(", ", Lines), Chargeable);
}
