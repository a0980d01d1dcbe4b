using NodaTime;
using SupplyChain.Domain.Fulfilment.LastMile;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Parties;
using static SupplyChain.Domain.Tests.Fulfilment.FulfilmentScenario;
using static SupplyChain.Domain.Tests.Fulfilment.LastMileNetworkTestData;

namespace SupplyChain.Domain.Tests.Fulfilment;

/// <summary>
/// Promised delivery dates through the network of <see cref="LastMileNetworkTestData"/> (issue 16), every date worked
/// by hand in the comments, with the time zones and the switch to daylight saving time on 2026-03-08.
/// </summary>
public sealed class LastMilePromiseTests
{
    // Thursday 2026-03-05 21:30 in Los Angeles (PST, UTC−8) = 2026-03-06T05:30Z.
    private static readonly Instant ThursdayEvening = new LocalDateTime(2026, 3, 5, 21, 30).At(LosAngelesTime);

    [Fact]
    public void A_parcel_that_misses_the_cut_off_leaves_with_the_next_departure_and_the_promise_says_so()
    {
        ThursdayEvening.Should().Be(Instant.FromUtc(2026, 3, 6, 5, 30));

        var promise = Network().Promise(Ont8, ThursdayEvening, ChicagoBuyer, StationCapacityLedger.Empty);

        // ONT8 (Los Angeles, Mon–Sat, cut-off 20:00): Thursday 21:30 is after the cut-off, so the Thursday departure is
        // missed; Friday 2026-03-06 is a working day: it leaves at 20:00 PST = 2026-03-07T04:00Z.
        // +40 h line haul = 2026-03-08T20:00Z. Chicago switched to CDT (UTC−5) at 02:00 CST = 08:00Z that day, so it
        // reaches RCW-JOL at 15:00 CDT on Sunday 2026-03-08. RCW-JOL works Mon–Fri: Sunday is closed; it leaves on
        // Monday 2026-03-09 at 22:00 CDT = 2026-03-10T03:00Z.
        // +6 h = 2026-03-10T09:00Z = 04:00 CDT Tuesday, before DCH1's 10:00 cut-off on a working day: out for delivery
        // on Tuesday 2026-03-10.
        promise.PromisedDate.Should().Be(new LocalDate(2026, 3, 10));
        promise.Kind.Should().Be(LastMileKind.PlatformNetwork);
        promise.Station.Should().Be(Dch1);
        promise.Price.Should().Be(new Money(4.00m, Currency.USD));
        promise.Steps.Select(s => (s.Kind, s.Facility, s.Date)).Should().Equal(
            (PromiseStepKind.Departure, Ont8, new LocalDate(2026, 3, 6)),
            (PromiseStepKind.Departure, Joliet, new LocalDate(2026, 3, 9)),
            (PromiseStepKind.Delivery, Dch1, new LocalDate(2026, 3, 10)));
        promise.Steps[0].Delays.Should().Equal(new PromiseDelay(new LocalDate(2026, 3, 5), PromiseDelayReason.MissedCutOff));
        promise.Steps[0].Leaves.Should().Be(Instant.FromUtc(2026, 3, 7, 4, 0));
        promise.Steps[1].ReadyAt.Should().Be(Instant.FromUtc(2026, 3, 8, 20, 0));
        promise.Steps[1].Delays.Should().Equal(new PromiseDelay(new LocalDate(2026, 3, 8), PromiseDelayReason.Closed));
        promise.Steps[1].Leaves.Should().Be(Instant.FromUtc(2026, 3, 10, 3, 0));
        promise.Steps[2].ReadyAt.Should().Be(Instant.FromUtc(2026, 3, 10, 9, 0));
        promise.Steps[2].Delays.Should().BeEmpty();
        promise.MissedCutOffs.Should().Equal(promise.Steps[0]);
        promise.ToString().Should().Be("Platform network US: 2026-03-10 for 4.00 USD (1 missed cut-off)");
        promise.Steps[0].ToString().Should().Be("Departure at ONT8 on 2026-03-06 (waited: 2026-03-05 MissedCutOff)");
    }

    [Fact]
    public void A_parcel_made_ready_at_the_cut_off_makes_it()
    {
        // Thursday 20:00 PST exactly: "at or before the cut-off" leaves that evening, 2026-03-06T04:00Z. +40 h =
        // 2026-03-07T20:00Z = 14:00 CST Saturday at RCW-JOL (closed Sat and Sun) → Monday 2026-03-09 22:00 CDT, then
        // DCH1 on Tuesday 04:00 CDT: still 2026-03-10, but no missed cut-off (two closed days at RCW-JOL instead).
        var promise = Network().Promise(Ont8, new LocalDateTime(2026, 3, 5, 20, 0).At(LosAngelesTime), ChicagoBuyer, StationCapacityLedger.Empty);

        promise.PromisedDate.Should().Be(new LocalDate(2026, 3, 10));
        promise.MissedCutOffs.Should().BeEmpty();
        promise.Steps[0].Date.Should().Be(new LocalDate(2026, 3, 5));
        promise.Steps[1].Delays.Should().Equal(
            new PromiseDelay(new LocalDate(2026, 3, 7), PromiseDelayReason.Closed),
            new PromiseDelay(new LocalDate(2026, 3, 8), PromiseDelayReason.Closed));
    }

    [Fact]
    public void A_parcel_reaching_a_closed_station_on_a_weekend_waits_for_Monday()
    {
        // Saturday 2026-03-07 12:00 PST (20:00Z) for a Los Angeles buyer (90012, in 900–935 → DLA1). ONT8 works on
        // Saturdays and 12:00 is before its 20:00 cut-off: it leaves Saturday 20:00 PST = 2026-03-08T04:00Z.
        // +3 h = 07:00Z. Los Angeles switches to PDT only at 02:00 PST = 10:00Z, so 07:00Z is still 23:00 PST Saturday.
        // DLA1 works Mon–Fri: Saturday and Sunday are closed; out for delivery Monday 2026-03-09 at 09:00 PDT (16:00Z).
        var promise = Network().Promise(Ont8, new LocalDateTime(2026, 3, 7, 12, 0).At(LosAngelesTime), LosAngelesBuyer, StationCapacityLedger.Empty);

        promise.Station.Should().Be(Dla1);
        promise.PromisedDate.Should().Be(new LocalDate(2026, 3, 9));
        promise.Steps.Should().HaveCount(2);
        promise.Steps[1].ReadyAt.Should().Be(Instant.FromUtc(2026, 3, 8, 7, 0));
        promise.Steps[1].Delays.Should().Equal(
            new PromiseDelay(new LocalDate(2026, 3, 7), PromiseDelayReason.Closed),
            new PromiseDelay(new LocalDate(2026, 3, 8), PromiseDelayReason.Closed));
        promise.Steps[1].Leaves.Should().Be(Instant.FromUtc(2026, 3, 9, 16, 0));
        promise.MissedCutOffs.Should().BeEmpty();
    }

    [Fact]
    public void A_station_closure_moves_the_delivery_to_its_next_working_day()
    {
        // As in the cut-off case the parcel reaches DCH1 on Tuesday 2026-03-10 at 04:00 CDT, but DCH1 is closed that
        // day (a dated closure of its calendar): the next working day is Wednesday 2026-03-11.
        var closed = new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10));
        var promise = Network(ChicagoStation(closure: closed)).Promise(Ont8, ThursdayEvening, ChicagoBuyer, StationCapacityLedger.Empty);

        promise.PromisedDate.Should().Be(new LocalDate(2026, 3, 11));
        promise.Steps[^1].Delays.Should().Equal(new PromiseDelay(new LocalDate(2026, 3, 10), PromiseDelayReason.Closed));
        promise.MissedCutOffs.Should().Equal(promise.Steps[0]);
    }

    [Fact]
    public void Station_capacity_is_consumed_through_the_ledger_and_a_full_day_moves_the_parcel_to_the_next_working_day()
    {
        // DCH1 sends out 2 parcels a day. Three parcels of the cut-off case, each reaching it on Tuesday 2026-03-10:
        // the first two take Tuesday's capacity (ledger 1, then 2), the third finds Tuesday full and goes Wednesday.
        var network = Network(ChicagoStation(capacity: 2));
        var first = network.Promise(Ont8, ThursdayEvening, ChicagoBuyer, StationCapacityLedger.Empty);
        var second = network.Promise(Ont8, ThursdayEvening, ChicagoBuyer, first.Ledger!);
        var third = network.Promise(Ont8, ThursdayEvening, ChicagoBuyer, second.Ledger!);

        first.PromisedDate.Should().Be(new LocalDate(2026, 3, 10));
        second.PromisedDate.Should().Be(new LocalDate(2026, 3, 10));
        third.PromisedDate.Should().Be(new LocalDate(2026, 3, 11));
        third.Steps[^1].Delays.Should().Equal(new PromiseDelay(new LocalDate(2026, 3, 10), PromiseDelayReason.CapacityFull));
        third.Ledger!.Booked(Dch1, new LocalDate(2026, 3, 10)).Should().Be(2);
        third.Ledger.Booked(Dch1, new LocalDate(2026, 3, 11)).Should().Be(1);

        // Pure: the ledgers passed in are unchanged.
        StationCapacityLedger.Empty.TotalBooked.Should().Be(0);
        first.Ledger!.TotalBooked.Should().Be(1);
        second.Ledger!.TotalBooked.Should().Be(2);
    }

    [Fact]
    public void A_full_Friday_moves_the_parcel_over_the_weekend_and_the_promise_lists_each_day()
    {
        // A parcel ready at DCH1 itself on Friday 2026-03-06 08:00 CST for a Chicago buyer, with Friday's one slot
        // taken: Friday CapacityFull, Saturday and Sunday Closed, out on Monday 2026-03-09.
        var network = Network(ChicagoStation(capacity: 1));
        var full = StationCapacityLedger.Empty.Book(Dch1, new LocalDate(2026, 3, 6));

        var promise = network.Promise(Dch1, new LocalDateTime(2026, 3, 6, 8, 0).At(ChicagoTime), ChicagoBuyer, full);

        promise.PromisedDate.Should().Be(new LocalDate(2026, 3, 9));
        promise.Steps.Should().ContainSingle();
        promise.Steps[0].Delays.Should().Equal(
            new PromiseDelay(new LocalDate(2026, 3, 6), PromiseDelayReason.CapacityFull),
            new PromiseDelay(new LocalDate(2026, 3, 7), PromiseDelayReason.Closed),
            new PromiseDelay(new LocalDate(2026, 3, 8), PromiseDelayReason.Closed));
    }

    [Fact]
    public void A_local_partner_promises_after_its_own_cut_off_and_working_days()
    {
        // Example Parcel Co (Los Angeles time, Mon–Fri, cut-off 17:00, 3 working days): Thursday 21:30 PST is after the
        // cut-off, so the parcel is handed over on Friday 2026-03-06 at 17:00 PST (2026-03-07T01:00Z); 3 working days
        // after Friday are Monday 9, Tuesday 10 and Wednesday 2026-03-11.
        var promise = Partner().Promise(ThursdayEvening, ChicagoBuyer);

        promise.Kind.Should().Be(LastMileKind.LocalPartner);
        promise.CarrierName.Should().Be("Example Parcel Co");
        promise.PromisedDate.Should().Be(new LocalDate(2026, 3, 11));
        promise.Steps[0].Leaves.Should().Be(Instant.FromUtc(2026, 3, 7, 1, 0));
        promise.MissedCutOffs.Should().Equal(promise.Steps[0]);
        promise.Station.Should().BeNull();
        promise.Ledger.Should().BeNull();
    }

    [Fact]
    public void The_choice_is_made_by_price_and_promised_date_with_the_reason_as_data()
    {
        // Network: 2026-03-10 for 4.00 USD (worked above); partner: 2026-03-11 for 6.50 (or 3.00) USD.
        var cheapest = LastMileChooser.Choose(Network(), Ont8, ThursdayEvening, ChicagoBuyer, [Partner()], StationCapacityLedger.Empty);
        cheapest.Chosen.Kind.Should().Be(LastMileKind.PlatformNetwork);
        cheapest.Reason.Should().Be(LastMileChoiceReason.Cheapest);
        cheapest.Candidates.Select(c => c.PromisedDate).Should().Equal(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11));
        cheapest.Ledger.Booked(Dch1, new LocalDate(2026, 3, 10)).Should().Be(1, "the network was chosen, so its booking stands");

        // The partner at 3.00 is cheaper but promises Wednesday: required by Tuesday, only the network is on time.
        var onTime = LastMileChooser.Choose(Network(), Ont8, ThursdayEvening, ChicagoBuyer, [Partner(3.00m)], StationCapacityLedger.Empty, new LocalDate(2026, 3, 10));
        onTime.Chosen.Kind.Should().Be(LastMileKind.PlatformNetwork);
        onTime.Reason.Should().Be(LastMileChoiceReason.CheapestOnTime);

        // Required by Wednesday both are on time: the cheaper partner wins and no station capacity is booked.
        var partner = LastMileChooser.Choose(Network(), Ont8, ThursdayEvening, ChicagoBuyer, [Partner(3.00m)], StationCapacityLedger.Empty, new LocalDate(2026, 3, 11));
        partner.Chosen.Kind.Should().Be(LastMileKind.LocalPartner);
        partner.Reason.Should().Be(LastMileChoiceReason.CheapestOnTime);
        partner.Ledger.Should().BeSameAs(StationCapacityLedger.Empty);

        // Required by Monday nobody is on time: the earliest promise (the network's Tuesday) wins.
        var late = LastMileChooser.Choose(Network(), Ont8, ThursdayEvening, ChicagoBuyer, [Partner(3.00m)], StationCapacityLedger.Empty, new LocalDate(2026, 3, 9));
        late.Chosen.Kind.Should().Be(LastMileKind.PlatformNetwork);
        late.Reason.Should().Be(LastMileChoiceReason.EarliestWhenNoneOnTime);

        // Denver: no station serves 802xx, the partner covers the whole US: the only option.
        var denver = LastMileChooser.Choose(Network(), Ont8, ThursdayEvening, DenverBuyer, [Partner()], StationCapacityLedger.Empty);
        denver.Chosen.Kind.Should().Be(LastMileKind.LocalPartner);
        denver.Reason.Should().Be(LastMileChoiceReason.OnlyOption);
        denver.Candidates.Should().ContainSingle();
    }

    [Fact]
    public void An_address_no_station_serves_is_refused_with_the_rule_and_changes_nothing()
    {
        var network = Network();
        var ledger = StationCapacityLedger.Empty.Book(Dch1, new LocalDate(2026, 3, 10));

        network.FindStation(DenverBuyer).Should().BeNull();
        FluentActions.Invoking(() => network.StationFor(DenverBuyer)).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be("last-mile.station-serves-address");
        var refusal = FluentActions.Invoking(() => network.Promise(Ont8, ThursdayEvening, DenverBuyer, ledger)).Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be("last-mile.station-serves-address");
        refusal.Message.Should().Be("No delivery station of Platform network US serves Denver 80202, US: the postal-code table covers US 606 → DCH1, US 900–935 → DLA1.");

        // Nothing changed: the ledger holds its one booking and a Chicago promise still works.
        ledger.TotalBooked.Should().Be(1);
        network.Promise(Ont8, ThursdayEvening, ChicagoBuyer, ledger).PromisedDate.Should().Be(new LocalDate(2026, 3, 10));

        // With no partner either, the choice is refused as no last mile at all, the network's refusal inside.
        var none = FluentActions.Invoking(() => LastMileChooser.Choose(network, Ont8, ThursdayEvening, DenverBuyer, [], ledger)).Should().Throw<DomainRuleException>().Which;
        none.Rule.Should().Be("last-mile.available");
        none.InnerException.Should().BeOfType<DomainRuleException>().Which.Rule.Should().Be("last-mile.station-serves-address");
    }

    [Fact]
    public void A_station_the_line_hauls_do_not_reach_is_refused()
    {
        var cut = new LastMileNetwork("Platform network US", [StorageCentre(), CentralWarehouse(), ChicagoStation()],
            [new LineHaul(Ont8, Joliet, Duration.FromHours(40))], [PostalCodeArea.Prefix(Dch1, US, "606")], new Money(4m, Currency.USD));

        var refusal = FluentActions.Invoking(() => cut.Promise(Ont8, ThursdayEvening, ChicagoBuyer, StationCapacityLedger.Empty)).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be("last-mile.route-to-station");
        refusal.Message.Should().Be("No line haul of Platform network US leads from ONT8 to station DCH1.");
    }

    [Fact]
    public void The_option_for_a_ready_parcel_agrees_with_its_promise()
    {
        // The first test's parcel: ready Thursday 2026-03-06T05:30Z at ONT8, leaves ONT8 2026-03-07T04:00Z (missed cut-off),
        // reaches RCW-JOL 2026-03-08T20:00Z (Sunday, closed), leaves it 2026-03-10T03:00Z, reaches DCH1 09:00Z and goes out
        // for delivery at DCH1's 10:00 CDT cut-off on Tuesday 2026-03-10 = 15:00Z.
        // Hop RCW-JOL: ready 03-06 05:30Z → leaves RCW-JOL 03-10 03:00Z = 3 days 21.5 h = 93.5 h
        //   (22.5 h waiting at ONT8 + 40 h line haul + 31 h closed at RCW-JOL).
        // Hop DCH1: leaves RCW-JOL 03:00Z → out for delivery 15:00Z = 12 h (6 h line haul + 6 h to the cut-off).
        var option = Network().ToOption(Ont8, ChicagoBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.25), ThursdayEvening, StationCapacityLedger.Empty);
        var promise = Network().Promise(Ont8, ThursdayEvening, ChicagoBuyer, StationCapacityLedger.Empty);

        option.Stops.Select(h => h.Facility).Should().Equal(Joliet, Dch1);
        option.Stops[0].TransitTime.MeanDays.Should().BeApproximately(93.5 / 24, 1e-12);
        option.Stops[1].TransitTime.MeanDays.Should().BeApproximately(12.0 / 24, 1e-12);
        option.Stops.Should().OnlyContain(h => h.TransitTime.StandardDeviationDays == 0);
        option.TotalTime.MeanDays.Should().BeApproximately(105.5 / 24 + 0.25, 1e-12);
        option.Region.Should().Be("Chicago (DCH1)");
        option.PostalCodePrefixes.Should().Equal("606");

        // Ready + hops = the instant the station sends the parcel out, on the promised date in the station's zone.
        var outForDelivery = ThursdayEvening + Duration.FromHours(93.5 + 12);
        outForDelivery.Should().Be(Instant.FromUtc(2026, 3, 10, 15, 0));
        outForDelivery.InZone(ChicagoTime).Date.Should().Be(promise.PromisedDate);

        // The schedule-free option of the same route: 40 h + 6 h, no waits.
        var free = Network().ToOption(Ont8, ChicagoBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.25));
        free.Stops.Sum(h => h.TransitTime.MeanDays).Should().BeApproximately(46.0 / 24, 1e-12);
    }

    [Fact]
    public void The_option_for_a_ready_parcel_counts_a_closed_weekend_and_a_full_station()
    {
        // Saturday 2026-03-07 12:00 PST (20:00Z) to Los Angeles: leaves ONT8 20:00 PST = 03-08T04:00Z, DLA1 (Mon–Fri) sends
        // it out Monday 2026-03-09 at 09:00 PDT = 16:00Z. One hop: 03-07 20:00Z → 03-09 16:00Z = 44 h (3 h line haul).
        var saturday = new LocalDateTime(2026, 3, 7, 12, 0).At(LosAngelesTime);
        var option = Network().ToOption(Ont8, LosAngelesBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.25), saturday, StationCapacityLedger.Empty);
        option.Stops.Select(h => h.Facility).Should().Equal(Dla1);
        option.Stops[0].TransitTime.MeanDays.Should().BeApproximately(44.0 / 24, 1e-12);

        // DCH1 with room for 1 parcel a day, Tuesday 2026-03-10 already full: the first test's parcel goes out Wednesday
        // 03-11 at 10:00 CDT = 15:00Z, a day later: hop DCH1 = 12 h + 24 h = 36 h.
        var ledger = StationCapacityLedger.Empty.Book(Dch1, new LocalDate(2026, 3, 10));
        var full = Network(ChicagoStation(capacity: 1)).ToOption(Ont8, ChicagoBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.25), ThursdayEvening, ledger);
        full.Stops[1].TransitTime.MeanDays.Should().BeApproximately(36.0 / 24, 1e-12);
        ledger.Booked(Dch1, new LocalDate(2026, 3, 11)).Should().Be(0, "the option does not book");

        // The same refusals as a promise.
        FluentActions.Invoking(() => Network().ToOption(Ont8, DenverBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.5), saturday, StationCapacityLedger.Empty))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be("last-mile.station-serves-address");
    }

    [Fact]
    public void The_network_gives_the_modes_a_last_mile_option_with_its_facilities_as_hops()
    {
        // ONT8 → RCW-JOL (40 h = 1.6667 days) → DCH1 (6 h = 0.25 days), then a delivery time given by the caller; the
        // option covers the prefix that matched the buyer (606) and costs the network's 4.00 USD.
        var option = Network().ToOption(Ont8, ChicagoBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.5));

        option.Kind.Should().Be(LastMileKind.PlatformNetwork);
        option.CarrierName.Should().Be("Platform network US");
        option.Region.Should().Be("Chicago (DCH1)");
        option.PostalCodePrefixes.Should().Equal("606");
        option.Stops.Select(h => h.Facility).Should().Equal(Joliet, Dch1);
        option.Stops[0].TransitTime.MeanDays.Should().BeApproximately(40.0 / 24, 1e-12);
        option.Stops[1].TransitTime.MeanDays.Should().BeApproximately(6.0 / 24, 1e-12);
        option.TotalTime.MeanDays.Should().BeApproximately((40.0 + 6.0) / 24 + 0.5, 1e-12);
        new LastMileOptions([option]).For(ChicagoBuyer).Should().BeSameAs(option);

        // The same refusals as a promise.
        FluentActions.Invoking(() => Network().ToOption(Ont8, DenverBuyer, SupplyChain.Domain.Shipping.TransitTimeDistribution.Fixed(0.5)))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be("last-mile.station-serves-address");
    }

    [Fact]
    public void The_postal_code_table_matches_prefixes_and_ranges_longest_first()
    {
        var area = new PostalCodeArea(Dla1, US, "900", "935");
        area.Covers(LosAngelesBuyer).Should().Be(3);
        area.Covers(new Address(US, "Tulare") { PostalCode = "93550" }).Should().Be(3, "935, the range's last prefix, is included");
        area.Covers(new Address(US, "Fresno") { PostalCode = "93650" }).Should().Be(-1, "936 is above 935");
        area.Covers(new Address(US, "Somewhere")).Should().Be(-1, "no postal code");
        area.Covers(new Address(CA, "Toronto") { PostalCode = "90000" }).Should().Be(-1, "another country");

        // A more specific row wins over a wider one.
        var network = new LastMileNetwork("n", [ChicagoStation(), LosAngelesStation()], [],
            [new PostalCodeArea(Dla1, US, "600", "699"), PostalCodeArea.Prefix(Dch1, US, "6060")], Money.Zero(Currency.USD));
        network.FindStation(ChicagoBuyer)!.Id.Should().Be(Dch1);
        network.FindStation(new Address(US, "Evanston") { PostalCode = "60201" })!.Id.Should().Be(Dla1);
    }

    [Fact]
    public void Bad_network_input_names_the_parameter()
    {
        FluentActions.Invoking(() => new PostalCodeArea(Dch1, US, "935", "900")).Should().Throw<ArgumentException>().WithParameterName("last");
        FluentActions.Invoking(() => new PostalCodeArea(Dch1, US, "90", "935")).Should().Throw<ArgumentException>().WithParameterName("last");
        FluentActions.Invoking(() => new LineHaul(Dch1, Dch1, Duration.FromHours(1))).Should().Throw<ArgumentException>().WithParameterName("to");
        FluentActions.Invoking(() => new LineHaul(Ont8, Dch1, Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("transitTime");
        FluentActions.Invoking(() => new LastMileNode(SellerWarehouse, new LocalTime(18, 0))).Should().Throw<ArgumentException>().WithParameterName("facility");
        FluentActions.Invoking(() => new LastMileNode(StorageCentre().Facility, new LocalTime(18, 0)) { DailyCapacity = 5 }).Should().Throw<ArgumentException>().WithParameterName("DailyCapacity");
        FluentActions.Invoking(() => ChicagoStation(capacity: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DailyCapacity");
        FluentActions.Invoking(() => new LastMileNetwork("n", [StorageCentre()], [], [], Money.Zero(Currency.USD))).Should().Throw<ArgumentException>().WithParameterName("nodes");
        FluentActions.Invoking(() => new LastMileNetwork("n", [ChicagoStation(), ChicagoStation()], [], [], Money.Zero(Currency.USD))).Should().Throw<ArgumentException>().WithParameterName("nodes");
        FluentActions.Invoking(() => new LastMileNetwork("n", [ChicagoStation()], [new LineHaul(Ont8, Dch1, Duration.FromHours(1))], [], Money.Zero(Currency.USD)))
            .Should().Throw<ArgumentException>().WithParameterName("lineHauls");
        FluentActions.Invoking(() => new LastMileNetwork("n", [ChicagoStation()], [], [PostalCodeArea.Prefix(Dla1, US, "900")], Money.Zero(Currency.USD)))
            .Should().Throw<ArgumentException>().WithParameterName("areas");
        FluentActions.Invoking(() => Network().Promise(new SupplyChain.Domain.Identifiers.FacilityId("NOPE"), ThursdayEvening, ChicagoBuyer, StationCapacityLedger.Empty))
            .Should().Throw<ArgumentException>().WithParameterName("origin");
        FluentActions.Invoking(() => new LocalPartnerService(LastMile().All[0], LosAngelesTime, WorkingCalendar.MondayToFriday, new LocalTime(17, 0), 1))
            .Should().Throw<ArgumentException>().WithParameterName("option");
        FluentActions.Invoking(() => Partner().Promise(ThursdayEvening, new Address(CA, "Toronto") { PostalCode = "M5V 2T6" }))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be("last-mile.available");
    }
}
