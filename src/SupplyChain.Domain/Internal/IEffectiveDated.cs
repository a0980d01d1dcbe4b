using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Internal;

/// <summary>Data of one marketplace that is in force from a start date until the next entry of that marketplace starts.</summary>
internal interface IEffectiveDated
{
    string Name { get; }

    CountryCode Marketplace { get; }

    LocalDate ValidFrom { get; }
}
