using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>The last-mile options of a mode per destination region; the most specific region covering an address is chosen.</summary>
/// <remarks>Tables compare by reference; compare their entries to compare two tables.</remarks>
public sealed class LastMileOptions
{
    private readonly LastMileOption[] _options;

    /// <summary>Creates the set.</summary>
    /// <param name="options">The options; the earlier wins when two cover an address equally specifically.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> contains null.</exception>
    public LastMileOptions(IEnumerable<LastMileOption> options) => _options = [.. Guard.CopyItems(options, requireOne: false)];

    /// <summary>The options, in the order given.</summary>
    public IReadOnlyList<LastMileOption> All => _options;

    /// <summary>The option for an address, or null when none covers it.</summary>
    /// <param name="destination">The buyer's address.</param>
    /// <returns>The option whose region matches the longest postal-code prefix (a whole-country option matches with length 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public LastMileOption? Find(Address destination)
    {
        Guard.NotNull(destination);
        return LongestMatch.Best(_options, o => o.Covers(destination));
    }

    /// <summary>Whether an option covers an address, and which: the last-mile check of every mode.</summary>
    /// <param name="destination">The buyer's address.</param>
    /// <returns>The coverage, with the option <see cref="Find"/> chooses (or none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public LastMileCoverage Check(Address destination) => new(destination, Find(destination));

    /// <summary>The option for an address.</summary>
    /// <param name="destination">The buyer's address.</param>
    /// <returns>The option (see <see cref="Find"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="DomainRuleException">No option covers the address (rule <see cref="DomainRules.LastMileAvailable"/>).</exception>
    public LastMileOption For(Address destination) =>
        Find(destination) ?? throw new DomainRuleException(
            DomainRules.LastMileAvailable,
            Guard.Format(ErrorMessages.NoLastMile, destination, _options.Length == 0 ? "none" : string.Join(", ", _options.Select(o => o.Region + " (" + o.Country + ")"))));

    /// <summary>The number of options.</summary>
    public override string ToString() => $"{_options.Length} last-mile options";
}
