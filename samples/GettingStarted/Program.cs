// GettingStarted: the library's identifiers and money at work, as a seller preparing an inbound shipment from
// Shenzhen to a US storage centre would use them. Exits with code 1 if a result is not what the rules say.
using SupplyChain.Domain;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;

var failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"  [{(ok ? "ok" : "FAILED")}] {what}");
    if (!ok)
    {
        failures++;
    }
}

Console.WriteLine("Product identifiers (GS1)");
var unit = Gtin.Parse("6901234567892");
Console.WriteLine($"  unit GTIN {unit} ({unit.Format}) = GTIN-14 {unit.Gtin14}, prefix {unit.Gs1Prefix} issued by {unit.Gs1Prefix.IssuedBy}");
Check(unit.Gs1Prefix.IssuedBy == "GS1 China", "prefix 690 was issued by GS1 China (the issuer, not the country of origin)");
var upc = Gtin.Parse("036000291452");
Check(upc == Gtin.Parse("0036000291452"), "a UPC-A and its EAN-13 form are the same trade item");
Check(!Gtin.TryParse("6901234567893", out _), "a wrong check digit is refused");
try
{
    Gtin.Parse("69012345678 2");
}
catch (FormatException e)
{
    Console.WriteLine($"  Parse explains: {e.Message}");
}

var pallet = Sscc.Create(extensionDigit: 3, companyPrefix: "0614141", serialReference: 123456789);
Console.WriteLine($"  pallet label SSCC {pallet} (check digit computed)");
Check(pallet.Digits == "306141411234567891", "SSCC check digit");

Console.WriteLine();
Console.WriteLine("Places and customs");
var origin = UnLocode.Parse("CNSZX");
var destination = UnLocode.Parse("uslax");
Console.WriteLine($"  {origin} ({origin.Country!.EnglishName}) -> {destination} ({destination.Country!.EnglishName})");
Check(destination.Value == "USLAX", "UN/LOCODEs are normalised to upper case");
Check(!CountryCode.TryParse("UK", out _) && CountryCode.ParseAllowingMarketplaceAliases("UK").Alpha2 == "GB",
    "Amazon's UK is GB, but only through the named alias method");
var hs = HsCode.Parse("8517.13.00");
Console.WriteLine($"  HS {hs}: chapter {hs.Chapter}, heading {hs.Heading}, subheading {hs.Subheading}, national extension {hs.NationalExtension}");
Check(hs.Subheading == "851713", "HS subheading");

Console.WriteLine();
Console.WriteLine("Money");
var freight = new Money(1000.00m, Currency.USD);
var byCartonVolume = freight.Allocate([0.12m, 0.12m, 0.08m]);   // three cartons, m³
Console.WriteLine($"  {freight} of freight over three cartons by volume: {string.Join(", ", byCartonVolume)}");
Check(byCartonVolume.Sum(m => m.Amount) == freight.Amount, "allocation adds up to the total exactly");
var yen = new Money(1234.5m, Currency.JPY).Round();
Check(yen.Amount == 1235m, $"JPY has no decimals: 1234.5 JPY rounds half away from zero to {yen}");
try
{
    _ = freight + new Money(1m, Currency.EUR);
}
catch (DomainRuleException e)
{
    Console.WriteLine($"  Refused ({e.Rule}): {e.Message}");
}

Console.WriteLine();
Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
return failures == 0 ? 0 : 1;
