using NodaTime;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.Pickup;

/// <summary>The platform's pickup schedule (mode 2): when goods ready at a seller's facility are next collected.</summary>
/// <remarks>The seam through which <see cref="PlatformPickupMode"/> takes its schedule (e.g. fixed weekdays per cluster).</remarks>
public interface IPickupTimetable
{
    /// <summary>The next pickup day on or after the day the goods are ready.</summary>
    /// <param name="sellerFacility">The seller's facility.</param>
    /// <param name="readyOn">The day the goods are ready.</param>
    /// <returns>The pickup day; on or after <paramref name="readyOn"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sellerFacility"/> is null.</exception>
    LocalDate NextPickup(Facility sellerFacility, LocalDate readyOn);
}
