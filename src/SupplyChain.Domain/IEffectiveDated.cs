using NodaTime;

namespace SupplyChain.Domain;

/// <summary>
/// Data that is in force for a period of days: a fee table, a size-tier table, a dimensional-weight divisor, a rate
/// card, a chargeable-weight rule, a duty rate, a customs measure, a low-value regime or suspension, a sourcing
/// agreement. Every dated rule of the library speaks this one vocabulary.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ValidFrom"/> is the first day in force and <see cref="ValidUntil"/> the last, <b>both inclusive</b>;
/// a null <see cref="ValidUntil"/> means open-ended, and data in force "since ever" starts on
/// <see cref="LocalDate.MinIsoValue"/>. Dates are ISO dates: <see cref="IsInForce(LocalDate)"/> converts a date of
/// another calendar to ISO before comparing, so the same day gives the same answer in any calendar.
/// </para>
/// <para>
/// <see cref="IsInForce(LocalDate)"/> answers for the entry on its own. In an <see cref="EffectiveDatedSet{TKey, T}"/>
/// a later entry of the same key supersedes it: among the entries of a key in force on a day, the one that started
/// last applies, so an open-ended entry stays in force until the next one starts (how fee tables are published).
/// </para>
/// </remarks>
public interface IEffectiveDated
{
    /// <summary>The first day in force (inclusive); <see cref="LocalDate.MinIsoValue"/> when in force since ever.</summary>
    LocalDate ValidFrom { get; }

    /// <summary>The last day in force (inclusive), or null when open-ended; never before <see cref="ValidFrom"/>.</summary>
    LocalDate? ValidUntil { get; }

    /// <summary>Whether <paramref name="day"/> lies in the period, both ends included.</summary>
    /// <param name="day">The day, in any calendar (compared as an ISO date).</param>
    /// <returns>True when <see cref="ValidFrom"/> ≤ <paramref name="day"/> ≤ <see cref="ValidUntil"/> (or open-ended).</returns>
    bool IsInForce(LocalDate day);
}
