namespace SupplyChain.Domain.Shipping;

/// <summary>
/// The distinct handling events of one shipment, ordered by completion instant (dddsample's HandlingHistory), with a
/// total order so that the order of recording never matters.
/// </summary>
internal sealed class HandlingHistory
{
    private readonly List<HandlingEvent> _events = [];

    internal IReadOnlyList<HandlingEvent> Events => _events;

    internal HandlingEvent? Latest => _events.Count == 0 ? null : _events[^1];

    internal int Count => _events.Count;

    /// <summary>The canonical order: completion instant, then handling step, then location and voyage.</summary>
    internal static int Compare(HandlingEvent x, HandlingEvent y)
    {
        var c = x.CompletionTime.CompareTo(y.CompletionTime);
        if (c != 0)
        {
            return c;
        }

        c = HandlingEvent.StepOrder(x.Type).CompareTo(HandlingEvent.StepOrder(y.Type));
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Location.Value, y.Location.Value);
        return c != 0 ? c : string.CompareOrdinal(x.Voyage?.Value, y.Voyage?.Value);
    }

    /// <summary>Adds the event unless the same fact is already there; returns whether it was added.</summary>
    internal bool Add(HandlingEvent handlingEvent)
    {
        var index = _events.BinarySearch(handlingEvent, Comparer<HandlingEvent>.Create(Compare));
        if (index >= 0)
        {
            return false;
        }

        _events.Insert(~index, handlingEvent);
        return true;
    }
}
