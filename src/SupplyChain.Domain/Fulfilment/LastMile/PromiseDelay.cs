using NodaTime;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>A day on which a parcel waited at a step of its promise, and why (a missed cut-off, a closure, a full station).</summary>
/// <remarks>A small value: equal when the date and the reason are equal. <c>default</c> is 0001-01-01 with an undefined reason; the library never returns it.</remarks>
public readonly record struct PromiseDelay
{
    /// <summary>Creates a delay.</summary>
    /// <param name="date">The day, in the time zone of the node (or partner) where the parcel waited.</param>
    /// <param name="reason">Why it did not leave that day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public PromiseDelay(LocalDate date, PromiseDelayReason reason)
    {
        Date = date;
        Reason = Guard.Defined(reason);
    }

    /// <summary>The day, in the time zone of the node (or partner) where the parcel waited.</summary>
    public LocalDate Date { get; }

    /// <summary>Why it did not leave that day.</summary>
    public PromiseDelayReason Reason { get; }

    /// <summary>"2026-03-06 MissedCutOff".</summary>
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} {Reason}";
}
