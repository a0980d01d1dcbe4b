using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace SupplyChain.Domain.Tests;

/// <summary>
/// Proof that a property's generator reaches what the property claims. FsCheck's default generators stay within ±size
/// (at most 100), so a property over plain <see cref="int"/>s tests far less than its comment says
/// (shared/TOOLING.md). Each property therefore draws from an explicit generator, and a companion fact samples that
/// same generator with a fixed seed, as many times as the property runs, and asserts that every tier, bucket, branch
/// and refusal the property claims occurs.
/// </summary>
internal static class Reach
{
    /// <summary>The seed of every reach check, so that a failing check replays exactly.</summary>
    private const ulong Seed = 20_261_203;

    /// <summary>Draws <paramref name="count"/> values from <paramref name="gen"/> with the fixed seed, at size 100.</summary>
    /// <remarks>The properties' generators do not depend on the size, so these draws are distributed like a run's.</remarks>
    public static T[] Sample<T>(Gen<T> gen, int count) => gen.Sample(count, new Rnd(Seed), 100);   // (how many, seed, size)

    /// <summary>
    /// Asserts that among <paramref name="count"/> seeded draws every label in <paramref name="expected"/> is given to at
    /// least <paramref name="atLeast"/> draws (at least twice by default, so that a claim is not met by luck alone).
    /// </summary>
    /// <param name="gen">The property's own generator.</param>
    /// <param name="count">The property's number of tests (its <c>MaxTest</c>).</param>
    /// <param name="labels">The branches one draw reaches; a draw may reach several.</param>
    /// <param name="expected">Every branch the property claims.</param>
    /// <param name="atLeast">The fewest draws each branch needs.</param>
    public static void Covers<T>(Gen<T> gen, int count, Func<T, IEnumerable<string>> labels, IEnumerable<string> expected, int atLeast = 2)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in Sample(gen, count))
        {
            foreach (var label in labels(value).Distinct(StringComparer.Ordinal))
            {
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        var seen = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
        expected.Where(label => counts.GetValueOrDefault(label) < atLeast).Should()
            .BeEmpty($"each claimed case must occur in at least {atLeast} of {count} seeded draws (seen: {seen})");
    }

    /// <summary>Whole hundredths from <paramref name="from"/> to <paramref name="to"/> (inclusive), as a decimal.</summary>
    public static Gen<decimal> Hundredths(int from, int to) => Gen.Choose(from, to).Select(h => h / 100m);
}
