namespace SupplyChain.Domain.InventoryTheory;

/// <summary>
/// The renewal-theory cost of a periodic-review (s, S) policy with zero lead time and integer demand (Zheng and
/// Federgruen 1991), with the one-period costs g(y), the pmf and the renewal quantities m(j), M(j) cached, since the
/// optimisation evaluates them many times.
/// </summary>
internal sealed class SsCostModel
{
    private readonly double _holdingCost;
    private readonly double _stockoutCost;
    private readonly double _fixedCost;
    private readonly double _poissonMean;
    private readonly DiscreteDemand? _demand;
    private readonly List<double> _pmf = [];
    private readonly List<double> _m = [];
    private readonly List<double> _bigM = [0];
    private readonly Dictionary<int, double> _g = [];

    internal SsCostModel(double holdingCost, double stockoutCost, double fixedCost, double poissonMean, DiscreteDemand? demand)
    {
        _holdingCost = holdingCost;
        _stockoutCost = stockoutCost;
        _fixedCost = fixedCost;
        _poissonMean = poissonMean;
        _demand = demand;
    }

    /// <summary>The one-period newsvendor cost g(y) = h·n̄(y) + p·n(y).</summary>
    internal double G(int y)
    {
        if (!_g.TryGetValue(y, out var value))
        {
            value = _demand is null
                ? Newsvendor.PoissonCostUnchecked(y, _holdingCost, _stockoutCost, _poissonMean)
                : Newsvendor.DiscreteCost(y, _holdingCost, _stockoutCost, _demand);
            _g[y] = value;
        }

        return value;
    }

    /// <summary>g(s, S) = [K + Σ_(d=0)^(S−s−1) m(d)·g(S − d)]/M(S − s).</summary>
    internal double Cost(int s, int bigS)
    {
        var n = checked(bigS - s);
        Extend(n);
        var cost = _fixedCost;
        for (var d = 0; d < n; d++)
        {
            cost += _m[d] * G(bigS - d);
        }

        return cost / _bigM[n];
    }

    private double Pmf(int d)
    {
        while (_pmf.Count <= d)
        {
            var k = _pmf.Count;
            _pmf.Add(_demand is null ? PoissonDistribution.Pmf(k, _poissonMean) : _demand.Probability(k));
        }

        return _pmf[d];
    }

    /// <summary>m(0) = 1/(1 − f(0)), m(j) = m(0)·Σ_(l=1..j) f(l)m(j−l); M(0) = 0, M(j) = M(j−1) + m(j−1).</summary>
    private void Extend(int n)
    {
        while (_m.Count < n)
        {
            var j = _m.Count;
            if (j == 0)
            {
                _m.Add(1.0 / (1 - Pmf(0)));
            }
            else
            {
                var sum = 0.0;
                for (var l = 1; l <= j; l++)
                {
                    sum += Pmf(l) * _m[j - l];
                }

                _m.Add(_m[0] * sum);
            }
        }

        while (_bigM.Count <= n)
        {
            var j = _bigM.Count;
            _bigM.Add(_bigM[j - 1] + _m[j - 1]);
        }
    }
}
