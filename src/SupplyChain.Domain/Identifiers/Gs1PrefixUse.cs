namespace SupplyChain.Domain.Identifiers;

/// <summary>What a range of GS1 prefixes is used for.</summary>
public enum Gs1PrefixUse
{
    /// <summary>Not allocated by GS1 (reserved or unassigned).</summary>
    Unassigned = 0,

    /// <summary>Issued by a GS1 member organisation to companies that belong to it.</summary>
    MemberOrganisation,

    /// <summary>Restricted circulation numbers, for use within a company or a geographic region only (020–029, 040–049, 200–299).</summary>
    RestrictedCirculation,

    /// <summary>Coupon identification (050–059 in the US legacy system, 981–984 and 99x).</summary>
    Coupon,

    /// <summary>Publications: ISSN (977) and ISBN, "Bookland" (978–979).</summary>
    Publication,

    /// <summary>Refund receipts (980).</summary>
    RefundReceipt,

    /// <summary>Managed by GS1 Global Office (950, 951, 960–969 for GTIN-8) or reserved for demonstrations (952).</summary>
    GlobalOffice,
}
