using NodaTime;

namespace SupplyChain.Domain.Internal;

/// <summary>The one convention of <see cref="IEffectiveDated"/>: ISO dates, both ends inclusive, null end open.</summary>
internal static class Validity
{
    internal static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    internal static bool Covers(LocalDate validFrom, LocalDate? validUntil, LocalDate date)
    {
        var day = Iso(date);
        return day >= validFrom && (validUntil is not { } until || day <= until);
    }

    /// <summary>The start as an ISO date; checked against the current end, for a constructor or an init accessor.</summary>
    internal static LocalDate From(LocalDate validFrom, LocalDate? validUntil, string name)
    {
        var from = Iso(validFrom);
        if (validUntil is { } until && until < from)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.ValidityStartsAfterEnd, name, InvariantText.Iso(from), nameof(IEffectiveDated.ValidUntil), InvariantText.Iso(until)), name);
        }

        return from;
    }

    /// <summary>The end as an ISO date; checked against the current start, for a constructor or an init accessor.</summary>
    internal static LocalDate? Until(LocalDate validFrom, LocalDate? validUntil, string name)
    {
        if (validUntil is not { } given)
        {
            return null;
        }

        var until = Iso(given);
        if (until < validFrom)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.ValidityEndsBeforeItStarts, name, InvariantText.Iso(until), nameof(IEffectiveDated.ValidFrom), InvariantText.Iso(validFrom)), name);
        }

        return until;
    }

    internal static string Text(LocalDate validFrom, LocalDate? validUntil) =>
        (validFrom == LocalDate.MinIsoValue, validUntil) switch
        {
            (true, null) => "always",
            (true, { } until) => "until " + InvariantText.Iso(until),
            (false, null) => "from " + InvariantText.Iso(validFrom),
            (false, { } until) => "from " + InvariantText.Iso(validFrom) + " to " + InvariantText.Iso(until),
        };
}
