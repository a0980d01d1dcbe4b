using System.Globalization;
using NodaTime;

namespace SupplyChain.Domain.Internal;

/// <summary>Invariant-culture text shared by every part: ISO dates and short decimal numbers.</summary>
internal static class InvariantText
{
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
