using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Parties;

/// <summary>
/// A place where goods are made, stored or handled, operated by a party, with the time zone and working calendar
/// that its dates are counted in.
/// </summary>
/// <remarks>
/// Immutable. Two facilities are the same facility when their <see cref="Id"/>s are equal; the class keeps reference
/// equality, so compare ids.
/// </remarks>
public sealed class Facility
{
    /// <summary>Creates a facility.</summary>
    /// <param name="id">The facility's id.</param>
    /// <param name="kind">What the facility is for.</param>
    /// <param name="operatedBy">The party that operates it.</param>
    /// <param name="address">Where it is.</param>
    /// <param name="timeZone">Its time zone (e.g. <c>DateTimeZoneProviders.Tzdb["Asia/Shanghai"]</c>).</param>
    /// <param name="calendar">Its working days and closures.</param>
    /// <param name="unLocode">Its UN/LOCODE, if it has one; must be in the address's country.</param>
    /// <param name="gln">Its GS1 Global Location Number, if it has one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="operatedBy"/>, <paramref name="address"/>, <paramref name="timeZone"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="FacilityKind"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unLocode"/> is in another country than <paramref name="address"/>.</exception>
    public Facility(
        FacilityId id,
        FacilityKind kind,
        PartyId operatedBy,
        Address address,
        DateTimeZone timeZone,
        WorkingCalendar calendar,
        UnLocode? unLocode = null,
        Gln? gln = null)
    {
        Id = Guard.NotNull(id);
        Kind = Guard.Defined(kind);
        OperatedBy = Guard.NotNull(operatedBy);
        Address = Guard.NotNull(address);
        TimeZone = Guard.NotNull(timeZone);
        Calendar = Guard.NotNull(calendar);
        if (unLocode is not null && unLocode.Country != address.Country)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.UnLocodeCountryMismatch, nameof(unLocode), unLocode, unLocode.CountryPart, address.Country),
                nameof(unLocode));
        }

        UnLocode = unLocode;
        Gln = gln;
    }

    /// <summary>The facility's id.</summary>
    public FacilityId Id { get; }

    /// <summary>What the facility is for.</summary>
    public FacilityKind Kind { get; }

    /// <summary>The party that operates the facility.</summary>
    public PartyId OperatedBy { get; }

    /// <summary>Where the facility is.</summary>
    public Address Address { get; }

    /// <summary>The facility's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The facility's working days and closures.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The facility's UN/LOCODE, or null.</summary>
    public UnLocode? UnLocode { get; }

    /// <summary>The facility's GS1 Global Location Number, or null.</summary>
    public Gln? Gln { get; }

    /// <summary>"Kind id (address)", e.g. "Factory F-SZ-01 (Shenzhen 518000, CN)".</summary>
    public override string ToString() => $"{Kind} {Id} ({Address})";
}
