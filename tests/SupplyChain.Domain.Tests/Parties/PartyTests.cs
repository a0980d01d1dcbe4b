using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;

namespace SupplyChain.Domain.Tests.Parties;

public sealed class PartyTests
{
    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly CountryCode Germany = CountryCode.Parse("DE");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Party Seller() => new(
        new PartyId("seller-anker-like"),
        "Shenzhen Gadget Co.",
        China,
        [new SellerRole([new Marketplace(new PartyId("amazon"), Germany)])]);

    [Fact]
    public void A_party_holds_several_roles_with_their_data()
    {
        var party = Seller();
        party.AddRole(new ManufacturerRole());

        party.Roles.Select(r => r.Kind).Should().Equal(PartyRoleKind.Manufacturer, PartyRoleKind.Seller);
        party.Holds(PartyRoleKind.Seller).Should().BeTrue();
        party.Role<SellerRole>()!.Marketplaces.Should().ContainSingle().Which.Country.Should().Be(Germany);
        party.Role<BuyerRole>().Should().BeNull();
    }

    [Fact]
    public void Adding_a_role_twice_is_refused_and_changes_nothing()
    {
        var party = Seller();
        var before = party.Role<SellerRole>();

        FluentActions.Invoking(() => party.AddRole(new SellerRole([new Marketplace(new PartyId("temu"), Germany)])))
            .Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.PartiesRoleOnce)
            .WithMessage("Cannot add the Seller role to party seller-anker-like: it already holds that role; remove it first to replace its data.");

        party.Roles.Should().ContainSingle().Which.Should().BeSameAs(before);
    }

    [Fact]
    public void Removing_the_last_role_or_a_role_not_held_is_refused_and_changes_nothing()
    {
        var party = Seller();

        FluentActions.Invoking(() => party.RemoveRole(PartyRoleKind.Seller)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.PartiesAtLeastOneRole)
            .WithMessage("Cannot remove the Seller role from party seller-anker-like: it is the only role, and a party holds at least one.");
        FluentActions.Invoking(() => party.RemoveRole(PartyRoleKind.Buyer)).Should().Throw<DomainRuleException>()
            .Where(e => e.Rule == DomainRules.PartiesRoleHeld);
        party.Roles.Select(r => r.Kind).Should().Equal(PartyRoleKind.Seller);

        party.AddRole(new RawMaterialProducerRole());
        party.RemoveRole(PartyRoleKind.Seller);
        party.Roles.Select(r => r.Kind).Should().Equal(PartyRoleKind.RawMaterialProducer);
    }

    [Fact]
    public void Role_data_is_validated()
    {
        FluentActions.Invoking(() => new Party(new PartyId("p"), "P", China, [])).Should().Throw<ArgumentException>()
            .WithParameterName("roles").WithMessage("roles must have at least one item.*");
        FluentActions.Invoking(() => new Party(new PartyId("p"), "P", China, [new ManufacturerRole(), new ManufacturerRole()]))
            .Should().Throw<ArgumentException>().WithParameterName("roles").WithMessage("roles lists Manufacturer more than once.*");
        FluentActions.Invoking(() => new Party(new PartyId("p"), " ", China, [new ManufacturerRole()]))
            .Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new BuyerRole([])).Should().Throw<ArgumentException>().WithParameterName("deliveryAddresses");
        FluentActions.Invoking(() => new LogisticsProviderRole(LogisticsServices.None)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("services");
        FluentActions.Invoking(() => new LogisticsProviderRole((LogisticsServices)8)).Should().Throw<ArgumentOutOfRangeException>();

        var provider = new LogisticsProviderRole(LogisticsServices.Forwarder | LogisticsServices.LineHaul);
        provider.Services.HasFlag(LogisticsServices.LineHaul).Should().BeTrue();
        new PlatformRole([new FacilityId("FRA3")]).StorageCentres.Should().ContainSingle();
        new LastMileCarrierRole([Germany]).CountriesServed.Should().Equal(Germany);
    }

    [Fact]
    public void A_buyer_has_delivery_addresses_the_first_being_the_default()
    {
        var home = new Address(Germany, "Berlin") { PostalCode = "10115" };
        var office = new Address(Germany, "Berlin") { PostalCode = "10117" };
        var buyer = new BuyerRole([home, office]);

        buyer.DefaultDeliveryAddress.Should().Be(home);
        buyer.DeliveryAddresses.Should().Equal(home, office);
        FluentActions.Invoking(() => new BuyerRole([home, new Address(Germany, "Berlin") { PostalCode = "10115" }])).Should().Throw<ArgumentException>()
            .WithParameterName("deliveryAddresses");
        new Address(CountryCode.Parse("HK"), "Hong Kong").ToString().Should().Be("Hong Kong, HK");
        home.ToString().Should().Be("Berlin 10115, DE");
        FluentActions.Invoking(() => new Address(Germany, "Berlin") { PostalCode = "" }).Should().Throw<ArgumentException>()
            .WithParameterName("PostalCode").WithMessage("PostalCode must not be empty or white space.*");
        FluentActions.Invoking(() => home with { PostalCode = " " }).Should().Throw<ArgumentException>().WithParameterName("PostalCode");
        (home with { PostalCode = null }).ToString().Should().Be("Berlin, DE");
    }

    [Fact]
    public void A_facility_has_an_operator_address_codes_time_zone_and_calendar()
    {
        var factory = new Facility(
            new FacilityId("F-SZ-01"), FacilityKind.Factory, new PartyId("mfr-1"), new Address(China, "Shenzhen") { PostalCode = "518000" },
            Shanghai, WorkingCalendar.MondayToSaturday)
        {
            UnLocode = UnLocode.Parse("CNSZX"),
            Gln = Gln.Parse("0614141000012"),
        };

        factory.OperatedBy.Should().Be(new PartyId("mfr-1"));
        factory.UnLocode.Should().Be(UnLocode.Parse("CNSZX"));
        factory.Gln.Should().Be(Gln.Parse("0614141000012"));
        factory.TimeZone.Id.Should().Be("Asia/Shanghai");
        factory.Calendar.AddWorkingDays(new LocalDate(2025, 1, 11), 1).Should().Be(new LocalDate(2025, 1, 13));
        factory.ToString().Should().Be("Factory F-SZ-01 (Shenzhen 518000, CN)");
    }

    [Fact]
    public void A_facility_whose_UN_LOCODE_is_in_another_country_is_refused()
    {
        FluentActions.Invoking(() => new Facility(
                new FacilityId("F-1"), FacilityKind.Factory, new PartyId("mfr-1"), new Address(China, "Shenzhen"),
                Shanghai, WorkingCalendar.MondayToFriday)
        { UnLocode = UnLocode.Parse("USLAX") })
            .Should().Throw<ArgumentException>()
            .WithParameterName("UnLocode")
            .WithMessage("UnLocode USLAX is in country US, but the address is in CN.*");
        FluentActions.Invoking(() => new Facility(
                new FacilityId("F-1"), (FacilityKind)99, new PartyId("mfr-1"), new Address(China, "Shenzhen"),
                Shanghai, WorkingCalendar.MondayToFriday))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void An_industrial_cluster_holds_the_facilities_located_in_its_cities()
    {
        Facility At(string id, CountryCode country, string city) =>
            new(new FacilityId(id), FacilityKind.Factory, new PartyId("mfr"), new Address(country, city), Shanghai, WorkingCalendar.MondayToSaturday);
        var cluster = new IndustrialCluster("Pearl River Delta electronics", China, ["Shenzhen", "Dongguan"]);

        var inCluster = cluster.FacilitiesIn([At("c", China, "Guangzhou"), At("b", China, "dongguan"), At("a", China, "Shenzhen"), At("d", Germany, "Shenzhen")]);

        inCluster.Select(f => f.Id.Value).Should().Equal("a", "b");
        FluentActions.Invoking(() => new IndustrialCluster("X", China, ["Yiwu", "YIWU"])).Should().Throw<ArgumentException>()
            .WithParameterName("cities");
        FluentActions.Invoking(() => new IndustrialCluster("X", China, [])).Should().Throw<ArgumentException>().WithParameterName("cities");
    }
}
