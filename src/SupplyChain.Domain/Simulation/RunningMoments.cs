using System.Runtime.CompilerServices;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// Welford's online mean and variance (Welford 1962; Knuth, TAOCP vol. 2, 4.2.2): mean ← mean + (x − mean)/n and
/// M₂ ← M₂ + (x − mean_old)(x − mean_new). Memory is constant whatever the number of observations. The caller passes
/// 1/n, shared by every accumulator of one period, so a period costs one division however many quantities it tracks.
/// </summary>
internal struct RunningMoments
{
    private double _mean;
    private double _m2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(double x, double reciprocalCount)
    {
        var delta = x - _mean;
        _mean += delta * reciprocalCount;
        _m2 += delta * (x - _mean);
    }

    internal readonly RunningStatistics ToStatistics(long count) =>
        new(count, count == 0 ? 0 : _mean, count < 2 ? 0 : _m2 / (count - 1));
}
