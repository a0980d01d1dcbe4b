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
    /// <summary>Creates a facility; its <see cref="UnLocode"/> and <see cref="Gln"/>, when it has them, are set by name.</summary>
    /// <param name="id">The facility's id.</param>
    /// <param name="kind">What the facility is for.</param>
    /// <param name="operatedBy">The party that operates it.</param>
    /// <param name="address">Where it is.</param>
    /// <param name="timeZone">Its time zone (e.g. <c>DateTimeZoneProviders.Tzdb["Asia/Shanghai"]</c>).</param>
    /// <param name="calendar">Its working days and closures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="operatedBy"/>, <paramref name="address"/>, <paramref name="timeZone"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="FacilityKind"/>.</exception>
    public Facility(
        FacilityId id,
        FacilityKind kind,
        PartyId operatedBy,
        Address address,
        DateTimeZone timeZone,
        WorkingCalendar calendar)
    {
        Id = Guard.NotNull(id);
        Kind = Guard.Defined(kind);
        OperatedBy = Guard.NotNull(operatedBy);
        Address = Guard.NotNull(address);
        TimeZone = Guard.NotNull(timeZone);
        Calendar = Guard.NotNull(calendar);
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

    /// <summary>The facility's UN/LOCODE, or null (the default); it must be in the country of <see cref="Address"/>.</summary>
    /// <exception cref="ArgumentException">The UN/LOCODE is in another country than <see cref="Address"/>.</exception>
    public UnLocode? UnLocode
    {
        get;
        init
        {
            if (value is not null && value.Country != Address.Country)
            {
                throw Guard.Refused(
                    Guard.Format(ErrorMessages.UnLocodeCountryMismatch, nameof(UnLocode), value, value.CountryPart, Address.Country),
                    nameof(UnLocode));
            }

            field = value;
        }
    }

    /// <summary>The facility's GS1 Global Location Number, or null (the default).</summary>
    public Gln? Gln { get; init; }

    /// <summary>"Kind id (address)", e.g. "Factory F-SZ-01 (Shenzhen 518000, CN)".</summary>
    public override string ToString() => $"{Kind} {Id} ({Address})";
}
