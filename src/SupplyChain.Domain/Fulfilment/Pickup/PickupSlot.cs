using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>One pickup a consignment goes with: the local date of the pickup and the cut-off instant on that date.</summary>
/// <remarks>Created by <see cref="PickupSchedule.NextPickup(Parties.Facility, Instant)"/>. Slots are equal when their date, cut-off and skipped pickup days are equal.</remarks>
public sealed record PickupSlot
{
    private readonly LocalDate[] _skipped;

    internal PickupSlot(LocalDate date, Instant cutOff, LocalDate[] skipped)
    {
        Date = date;
        CutOff = cutOff;
        _skipped = skipped;
    }

    /// <summary>The pickup day, in the facility's time zone.</summary>
    public LocalDate Date { get; }

    /// <summary>The instant of the cut-off on <see cref="Date"/>: goods ready at or before it are collected.</summary>
    public Instant CutOff { get; }

    /// <summary>The pickup days between the ready date and <see cref="Date"/> that were skipped because the facility was closed.</summary>
    public IReadOnlyList<LocalDate> SkippedPickupDays => _skipped;

    /// <summary>"2025-03-05 (cut-off 2025-03-05T08:00:00Z)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)} (cut-off {InstantPattern.General.Format(CutOff)})");

    /// <summary>Whether <paramref name="other"/> has the same date, cut-off and skipped pickup days, in the same order.</summary>
    /// <param name="other">The slot to compare with.</param>
    /// <returns>True when all three are equal.</returns>
    public bool Equals(PickupSlot? other) =>
        other is not null && Date == other.Date && CutOff == other.CutOff && _skipped.AsSpan().SequenceEqual(other._skipped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, CutOff, _skipped.Length);
}
