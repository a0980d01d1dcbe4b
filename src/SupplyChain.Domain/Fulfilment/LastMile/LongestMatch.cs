namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>The rule of every last-mile table: the entry with the longest match wins, and of equally long ones the earlier.</summary>
internal static class LongestMatch
{
    /// <summary>The entry whose match length is greatest (−1 means no match), the earlier on a tie; null when none matches.</summary>
    internal static T? Best<T>(IEnumerable<T> entries, Func<T, int> matchLength)
        where T : class
    {
        T? best = null;
        var bestLength = -1;
        foreach (var entry in entries)
        {
            var length = matchLength(entry);
            if (length > bestLength)
            {
                (best, bestLength) = (entry, length);
            }
        }

        return best;
    }
}
