using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>
/// Whether a set of <see cref="LastMileOptions"/> covers a buyer's address, and with which option: the last-mile check
/// every mode reports as rule <see cref="DomainRules.LastMileAvailable"/>.
/// </summary>
/// <remarks>A record: equal when the address and the option are equal.</remarks>
public sealed record LastMileCoverage
{
    internal LastMileCoverage(Address destination, LastMileOption? option)
    {
        Destination = destination;
        Option = option;
    }

    /// <summary>The buyer's address.</summary>
    public Address Destination { get; }

    /// <summary>The option that serves the address (the most specific region), or null when none covers it.</summary>
    public LastMileOption? Option { get; }

    /// <summary>Whether an option covers the address.</summary>
    public bool IsCovered => Option is not null;

    /// <summary>The check in words.</summary>
    /// <returns>For example <c>Example Parcel Co (LocalPartner) serves US</c>, or <c>no last-mile option covers …</c>.</returns>
    public override string ToString() => Option is { } option
        ? $"{option.CarrierName} ({option.Kind}) serves {option.Region}"
        : $"no last-mile option covers {Destination}";
}
