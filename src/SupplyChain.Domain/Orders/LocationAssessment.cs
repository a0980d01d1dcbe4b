using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>What the allocation found at one stock location it was offered, and what it decided: the reason as data.</summary>
/// <remarks>Created by the allocation, or from a stored history. Equality compares every value.</remarks>
public sealed record LocationAssessment
{
    /// <summary>Creates an assessment, e.g. read back from a stored <see cref="BuyerOrderAllocated"/> event.</summary>
    /// <param name="location">The stock location.</param>
    /// <param name="promiseDate">The earliest delivery date the location can promise, or null when it cannot deliver there.</param>
    /// <param name="unitsAvailable">The order's units the location could serve, zero or more.</param>
    /// <param name="unitsTaken">The units allocated to the location, zero to <paramref name="unitsAvailable"/>.</param>
    /// <param name="verdict">What the allocation made of the location.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsAvailable"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsTaken"/> is negative or more than <paramref name="unitsAvailable"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined <see cref="LocationVerdict"/>.</exception>
    public LocationAssessment(FacilityId location, LocalDate? promiseDate, int unitsAvailable, int unitsTaken, LocationVerdict verdict)
    {
        Location = Guard.NotNull(location);
        PromiseDate = promiseDate;
        UnitsAvailable = Guard.NotNegative(unitsAvailable);
        UnitsTaken = Guard.AtMost(Guard.NotNegative(unitsTaken), UnitsAvailable, nameof(unitsAvailable), nameof(unitsTaken));
        Verdict = Guard.Defined(verdict);
    }

    /// <summary>The stock location.</summary>
    public FacilityId Location { get; }

    /// <summary>The earliest delivery date the location can promise the buyer, or null when it cannot deliver there.</summary>
    public LocalDate? PromiseDate { get; }

    /// <summary>
    /// The order's units the location could serve: over the order's lines, the smaller of the line's units and the SKU's
    /// fulfillable balance there (0 when the location cannot deliver in time: its stock was not counted).
    /// </summary>
    public int UnitsAvailable { get; }

    /// <summary>The units allocated to the location.</summary>
    public int UnitsTaken { get; }

    /// <summary>What the allocation made of the location.</summary>
    public LocationVerdict Verdict { get; }

    /// <summary>The assessment, e.g. <c>LAX9: Chosen (promise 2026-03-05, 3 of 3 available taken)</c>.</summary>
    /// <returns>The location, verdict, promise date and units.</returns>
    public override string ToString() =>
        Guard.Format("{0}: {1} (promise {2}, {3} of {4} available taken)", Location, Verdict,
            PromiseDate is { } d ? LocalDatePattern.Iso.Format(d) : "none", UnitsTaken, UnitsAvailable);
}
