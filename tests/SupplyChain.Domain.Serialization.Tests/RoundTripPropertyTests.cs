using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using UnitsNet;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// Value → JSON → value gives an equal value, for every converter and every event kind, over the ranges the generators
/// state (<see cref="Generators"/>; their reach is proved in <see cref="ReachTests"/>).
/// </summary>
public sealed class RoundTripPropertyTests
{
    internal const int Runs = 300;

    private static Property RoundTrips<T>(Gen<T> gen) =>
        Prop.ForAll(gen.ToArbitrary(), value => Json.RoundTrip(value).Should().Be(value));

    [Property(MaxTest = Runs)] public Property Gtin() => RoundTrips(Generators.Gtin);
    [Property(MaxTest = Runs)] public Property Gln() => RoundTrips(Generators.Gln);
    [Property(MaxTest = Runs)] public Property Sscc() => RoundTrips(Generators.Sscc);
    [Property(MaxTest = Runs)] public Property UnLocode() => RoundTrips(Generators.UnLocode);
    [Property(MaxTest = Runs)] public Property CountryCode() => RoundTrips(Generators.Country);
    [Property(MaxTest = Runs)] public Property HsCode() => RoundTrips(Generators.HsCode);
    [Property(MaxTest = Runs)] public Property Sku() => RoundTrips(Generators.Sku);
    [Property(MaxTest = Runs)] public Property OrderId() => RoundTrips(Generators.OrderId);
    [Property(MaxTest = Runs)] public Property PartyId() => RoundTrips(Generators.PartyId);
    [Property(MaxTest = Runs)] public Property ProductId() => RoundTrips(Generators.ProductId);
    [Property(MaxTest = Runs)] public Property ShipmentId() => RoundTrips(Generators.ShipmentId);
    [Property(MaxTest = Runs)] public Property FacilityId() => RoundTrips(Generators.FacilityId);
    [Property(MaxTest = Runs)] public Property Currency() => RoundTrips(Generators.Currency);
    [Property(MaxTest = Runs)] public Property Dimensions() => RoundTrips(Generators.Dimensions);
    [Property(MaxTest = Runs)] public Property Mass() => RoundTrips(Generators.Quantity<Mass, UnitsNet.Units.MassUnit>((v, u) => new Mass(v, u)));
    [Property(MaxTest = Runs)] public Property Length() => RoundTrips(Generators.Quantity<Length, UnitsNet.Units.LengthUnit>((v, u) => new Length(v, u)));
    [Property(MaxTest = Runs)] public Property Volume() => RoundTrips(Generators.Quantity<Volume, UnitsNet.Units.VolumeUnit>((v, u) => new Volume(v, u)));
    [Property(MaxTest = Runs)] public Property Speed() => RoundTrips(Generators.Quantity<Speed, UnitsNet.Units.SpeedUnit>((v, u) => new Speed(v, u)));
    [Property(MaxTest = Runs)] public Property Instant() => RoundTrips(Generators.Instant);
    [Property(MaxTest = Runs)] public Property LocalDate() => RoundTrips(Generators.LocalDate);
    [Property(MaxTest = Runs)] public Property PurchaseOrderLine() => RoundTrips(Generators.OrderLine);
    [Property(MaxTest = Runs)] public Property LineResponse() => RoundTrips(Generators.Response);
    [Property(MaxTest = Runs)] public Property DespatchLine() => RoundTrips(Generators.DespatchLine);
    [Property(MaxTest = Runs)] public Property ReceiptLine() => RoundTrips(Generators.ReceiptLine);

    [Property(MaxTest = Runs)]
    public Property Money_keeps_the_exact_amount_and_its_scale() => Prop.ForAll(Generators.Money.ToArbitrary(), money =>
    {
        var back = Json.RoundTrip(money);
        back.Should().Be(money);
        ((int)back.Amount.Scale).Should().BeGreaterThanOrEqualTo(money.Amount.Scale, "no decimal written is dropped");
    });

    [Property(MaxTest = Runs)]
    public Property ExchangeRate_keeps_the_exact_rate_and_its_scale() => Prop.ForAll(Generators.ExchangeRate.ToArbitrary(), rate =>
    {
        var back = Json.RoundTrip(rate);
        back.Should().Be(rate);
        back.Rate.Scale.Should().Be(rate.Rate.Scale, "the rate is written exactly as held, trailing zeros included");
    });

    [Property(MaxTest = Runs)]
    public Property StockMovement_round_trips() => Prop.ForAll(Generators.StockMovement.ToArbitrary(), movement =>
        Json.RoundTrip(movement).Should().Be(movement));

    [Property(MaxTest = Runs)]
    public Property Every_event_kind_as_the_base_record() => Prop.ForAll(Generators.Event.ToArbitrary(), e =>
    {
        var back = Json.RoundTrip(e);
        back.Should().Be(e);
        back.GetType().Should().Be(e.GetType());
    });

    [Property(MaxTest = Runs)]
    public Property Every_event_kind_as_its_own_record() => Prop.ForAll(Generators.Event.ToArbitrary(), e =>
    {
        var json = System.Text.Json.JsonSerializer.Serialize(e, e.GetType(), Json.Options);
        System.Text.Json.JsonSerializer.Deserialize(json, e.GetType(), Json.Options).Should().Be(e);
        json.Should().Be(Json.Write(e), "an event has one form, whatever type it is declared as");
    });

    [Fact]
    public void NodaTime_values_the_model_uses_round_trip_through_NodaTime_Serialization()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        Json.RoundTrip(zone).Should().Be(zone);
        Json.RoundTrip(new LocalTime(17, 30)).Should().Be(new LocalTime(17, 30));
        Json.RoundTrip(Period.FromDays(3)).Should().Be(Period.FromDays(3));
        Json.RoundTrip(NodaTime.Duration.FromHours(36)).Should().Be(NodaTime.Duration.FromHours(36));
        Json.RoundTrip(IsoDayOfWeek.Friday).Should().Be(IsoDayOfWeek.Friday);
        var interval = new DateInterval(new NodaTime.LocalDate(2026, 3, 1), new NodaTime.LocalDate(2026, 3, 31));
        Json.RoundTrip(interval).Equals(interval).Should().BeTrue();
    }

    [Fact]
    public void Identifiers_and_currencies_also_serve_as_dictionary_keys()
    {
        var stock = new Dictionary<Sku, int> { [new Sku("LAMP-01")] = 400, [new Sku("CABLE-1M")] = 1000 };
        Json.Write(stock).Should().Be("""{"LAMP-01":400,"CABLE-1M":1000}""");
        Json.RoundTrip(stock).Should().Equal(stock);
        var totals = new Dictionary<Currency, decimal> { [Monetary.Currency.USD] = 1m };
        Json.RoundTrip(totals).Should().Equal(totals);
    }
}
