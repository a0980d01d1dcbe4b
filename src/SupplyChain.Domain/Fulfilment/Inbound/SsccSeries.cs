using System.Globalization;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Fulfilment.Inbound;

/// <summary>
/// Where a plan's SSCCs come from: an extension digit, the seller's GS1 company prefix and the first serial reference;
/// the n-th carton gets serial reference <c>first + n</c> (consecutive), zero-padded to the width the prefix leaves.
/// </summary>
/// <remarks>
/// An SSCC has 17 digits before its check digit: extension digit, company prefix (4 to 12 digits) and a serial
/// reference of 16 − prefix length digits. The caller keeps track of the serials it has used. Series compare by reference.
/// </remarks>
public sealed class SsccSeries
{
    /// <summary>Defines a series.</summary>
    /// <param name="extensionDigit">0 to 9.</param>
    /// <param name="companyPrefix">The GS1 company prefix: 4 to 12 ASCII digits.</param>
    /// <param name="firstSerialReference">The first serial reference; not negative and at most 16 − prefix length digits long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="companyPrefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="companyPrefix"/> is not 4 to 12 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="extensionDigit"/> is not 0 to 9, or <paramref name="firstSerialReference"/> is negative or too long.</exception>
    public SsccSeries(int extensionDigit, string companyPrefix, long firstSerialReference)
    {
        ArgumentNullException.ThrowIfNull(companyPrefix);
        // Sscc.Create checks the extension digit and the prefix with its own messages; the first serial reference is
        // checked with the same rule, naming this parameter.
        Sscc.Create(extensionDigit, companyPrefix, 0);
        Sscc.CheckSerialReference(firstSerialReference, companyPrefix, nameof(firstSerialReference));
        SerialDigits = Sscc.SerialDigits(companyPrefix);
        ExtensionDigit = extensionDigit;
        CompanyPrefix = companyPrefix;
        FirstSerialReference = firstSerialReference;
    }

    /// <summary>The extension digit.</summary>
    public int ExtensionDigit { get; }

    /// <summary>The GS1 company prefix.</summary>
    public string CompanyPrefix { get; }

    /// <summary>The first serial reference.</summary>
    public long FirstSerialReference { get; }

    /// <summary>The number of digits of a serial reference with this prefix: 16 − prefix length.</summary>
    public int SerialDigits { get; }

    /// <summary>The largest serial reference: 10^<see cref="SerialDigits"/> − 1.</summary>
    public long LastSerialReference => Sscc.LastSerialReference(SerialDigits);

    /// <summary>How many SSCCs the series has from <see cref="FirstSerialReference"/> on.</summary>
    public long Count => LastSerialReference - FirstSerialReference + 1;

    /// <summary>"extension digit, prefix, from serial".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SSCC {ExtensionDigit} {CompanyPrefix} from {FormatSerial(FirstSerialReference)}");

    /// <summary>The SSCC with serial reference <see cref="FirstSerialReference"/> + <paramref name="offset"/>.</summary>
    internal Sscc At(int offset) => Sscc.Create(ExtensionDigit, CompanyPrefix, checked(FirstSerialReference + offset));

    private string FormatSerial(long serial) => serial.ToString("D" + SerialDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
