using System.Globalization;
using NodaTime;

namespace SupplyChain.Domain.Internal;

/// <summary>Invariant-culture formatting shared by the fulfilment plans.</summary>
internal static class FulfilmentText
{
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
