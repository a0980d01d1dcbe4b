using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// The days on which a delivery counts as on time: the committed date, widened by a number of days allowed before
/// and after it. Both ends are inclusive.
/// </summary>
/// <remarks>
/// <para>
/// A window of 0 days early and 0 days late means "on the committed date exactly". The default value is the window
/// of 1 January of year 1 with no tolerance, which is valid but rarely useful.
/// </para>
/// <para>Equality compares the committed date and both tolerances.</para>
/// </remarks>
public readonly record struct DeliveryWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="committedDate">The date the supplier committed to (SCOR: the customer commit date).</param>
    /// <param name="daysEarlyAllowed">How many days before <paramref name="committedDate"/> still count as on time; not negative.</param>
    /// <param name="daysLateAllowed">How many days after <paramref name="committedDate"/> still count as on time; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative.</exception>
    public DeliveryWindow(LocalDate committedDate, int daysEarlyAllowed = 0, int daysLateAllowed = 0)
    {
        CommittedDate = committedDate;
        DaysEarlyAllowed = Guard.NotNegative(daysEarlyAllowed);
        DaysLateAllowed = Guard.NotNegative(daysLateAllowed);
    }

    /// <summary>The committed date.</summary>
    public LocalDate CommittedDate { get; }

    /// <summary>Days before the committed date that still count as on time.</summary>
    public int DaysEarlyAllowed { get; }

    /// <summary>Days after the committed date that still count as on time.</summary>
    public int DaysLateAllowed { get; }

    /// <summary>The first on-time day.</summary>
    public LocalDate Opens => CommittedDate.PlusDays(-DaysEarlyAllowed);

    /// <summary>The last on-time day.</summary>
    public LocalDate Closes => CommittedDate.PlusDays(DaysLateAllowed);

    /// <summary>Classifies a delivery date against the window.</summary>
    /// <param name="deliveredOn">The date the goods were delivered (received by the customer).</param>
    /// <returns><see cref="DeliveryTiming.Early"/> before <see cref="Opens"/>, <see cref="DeliveryTiming.Late"/> after <see cref="Closes"/>, otherwise <see cref="DeliveryTiming.OnTime"/>.</returns>
    public DeliveryTiming Classify(LocalDate deliveredOn) =>
        deliveredOn < Opens ? DeliveryTiming.Early
        : deliveredOn > Closes ? DeliveryTiming.Late
        : DeliveryTiming.OnTime;

    /// <summary>The window in the invariant culture, e.g. "2025-03-10 (-1/+2 days)".</summary>
    public override string ToString() =>
        LocalDatePattern.Iso.Format(CommittedDate) + " (-" + DaysEarlyAllowed.ToString(CultureInfo.InvariantCulture)
        + "/+" + DaysLateAllowed.ToString(CultureInfo.InvariantCulture) + " days)";
}
