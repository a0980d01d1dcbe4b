namespace SupplyChain.Domain.Demand;

/// <summary>The built-in forecasts' shared check: a series with at least one value.</summary>
internal static class ForecastInput
{
    internal static double[] Require(IReadOnlyList<double> series, string paramName)
    {
        if (series.Count == 0)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.NoDemandObservations, paramName, paramName == "history" ? " or promotion" : ""), paramName);
        }

        return series as double[] ?? [.. series];
    }

    internal static double SmoothingConstant(double alpha, string paramName) =>
        double.IsFinite(alpha) && alpha > 0 && alpha <= 1
            ? alpha
            : throw new ArgumentOutOfRangeException(paramName, alpha, Guard.Format(ErrorMessages.SmoothingConstantOutOfRange, paramName, alpha));
}
