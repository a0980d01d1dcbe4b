using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Products;
using UnitsNet;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>Products for the inbound plan tests.</summary>
internal static class InboundPlanTestData
{
    public static Product Product(string sku, Dimensions unit, Mass unitMass, CasePack? casePack = null) =>
        new(new ProductId("P-" + sku), new PartyId("seller-1"), new Sku(sku), HsCode.Parse("6912.00"), unit, unitMass, "Home & Kitchen")
        {
            Packaging = casePack is null ? null : new PackagingHierarchy(casePack),
        };

    public static Dimensions Centimetres(double l, double w, double h) =>
        new(Length.FromCentimeters(l), Length.FromCentimeters(w), Length.FromCentimeters(h));

    public static Dimensions Inches(double l, double w, double h) =>
        new(Length.FromInches(l), Length.FromInches(w), Length.FromInches(h));
}
