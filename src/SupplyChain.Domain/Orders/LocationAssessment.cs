using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Orders;

/// <summary>What the allocation found at one stock location it was offered, and what it decided: the reason as data.</summary>
/// <remarks>Created by the allocation only. Equality compares every value.</remarks>
public sealed record LocationAssessment
{
    internal LocationAssessment(FacilityId location, LocalDate? promiseDate, int unitsAvailable, int unitsTaken, LocationVerdict verdict)
    {
        Location = location;
        PromiseDate = promiseDate;
        UnitsAvailable = unitsAvailable;
        UnitsTaken = unitsTaken;
        Verdict = verdict;
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
