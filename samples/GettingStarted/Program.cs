// GettingStarted: the library's identifiers and money at work, as a seller preparing an inbound shipment from
// Shenzhen to a US storage centre would use them. Every rule shown here is proven by the library's own tests
// (tests/SupplyChain.Domain.Tests/Identifiers and Monetary); this program only shows the calls.
using SamplePlainText;
using SupplyChain.Domain;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

Text.Say("Product identifiers (GS1)", indent: 0);
var unit = Gtin.Parse("6901234567892");
Text.Say($"unit GTIN {unit} ({unit.Format}) = GTIN-14 {unit.Gtin14}; prefix {unit.Gs1Prefix} was issued by {unit.Gs1Prefix.IssuedBy} (the issuer, not the country of origin)");
Text.Say($"UPC-A 036000291452 is the trade item of EAN-13 0036000291452: {Gtin.Parse("036000291452") == Gtin.Parse("0036000291452")}");
Text.Say($"a wrong check digit (6901234567893) parses: {Gtin.TryParse("6901234567893", out _)}");
try
{
    Gtin.Parse("69012345678 2");
}
catch (FormatException e)
{
    Text.Say($"Parse explains: {e.Message}");
}

var pallet = Sscc.Create(extensionDigit: 3, companyPrefix: "0614141", serialReference: 123456789);
Text.Say($"pallet label SSCC {pallet} (check digit computed)");

Console.WriteLine();
Text.Say("Places and customs", indent: 0);
var origin = UnLocode.Parse("CNSZX");
var destination = UnLocode.Parse("uslax");
Text.Say($"{origin} ({origin.Country!.EnglishName}) -> {destination} ({destination.Country!.EnglishName}); UN/LOCODEs are normalised to upper case");
Text.Say($"Amazon's \"UK\" is {CountryCode.ParseAllowingMarketplaceAliases("UK")}, but only through the named alias method (CountryCode.TryParse(\"UK\") is {CountryCode.TryParse("UK", out _)})");
var hs = HsCode.Parse("8517.13.00");
Text.Say($"HS {hs}: chapter {hs.Chapter}, heading {hs.Heading}, subheading {hs.Subheading}, national extension {hs.NationalExtension}");

Console.WriteLine();
Text.Say("Money", indent: 0);
var freight = new Money(1000.00m, Currency.USD);
var byCartonVolume = freight.Allocate([0.12m, 0.12m, 0.08m]);   // three cartons, m³
Text.Say($"{freight} of freight over three cartons by volume: {string.Join(", ", byCartonVolume)} (adds up to the total exactly)");
Text.Say($"JPY has no decimals: 1234.5 JPY rounds half away from zero to {new Money(1234.5m, Currency.JPY).Round()}");
try
{
    _ = freight + new Money(1m, Currency.EUR);
}
catch (DomainRuleException e)
{
    Text.Say($"Refused ({e.Rule}): {e.Message}");
}
