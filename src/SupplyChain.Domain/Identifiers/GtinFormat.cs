namespace SupplyChain.Domain.Identifiers;

/// <summary>The length in which a GTIN was written (GS1 General Specifications §3.3.2).</summary>
public enum GtinFormat
{
    /// <summary>GTIN-8 (EAN-8): 8 digits, for small items.</summary>
    Gtin8 = 8,

    /// <summary>GTIN-12 (UPC-A): 12 digits.</summary>
    Gtin12 = 12,

    /// <summary>GTIN-13 (EAN-13): 13 digits.</summary>
    Gtin13 = 13,

    /// <summary>GTIN-14: 14 digits, the first being an indicator (1–8 for packaging levels such as a case).</summary>
    Gtin14 = 14,
}
