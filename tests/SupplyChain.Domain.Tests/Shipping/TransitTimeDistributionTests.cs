using NodaTime;
using SupplyChain.Domain.Shipping;

namespace SupplyChain.Domain.Tests.Shipping;

public sealed class TransitTimeDistributionTests
{
    [Fact]
    public void Sums_add_means_and_variances()
    {
        // Independent parts: means add (3 + 4 = 7), variances add (1² + 2² = 5, so sd √5 ≈ 2.236).
        var sum = new TransitTimeDistribution(3, 1) + new TransitTimeDistribution(4, 2);

        sum.MeanDays.Should().Be(7);
        sum.StandardDeviationDays.Should().BeApproximately(Math.Sqrt(5), 1e-12);
        TransitTimeDistribution.Sum([]).Should().Be(TransitTimeDistribution.Zero);
        TransitTimeDistribution.Sum([new(3, 1), new(4, 2), TransitTimeDistribution.Fixed(2)]).MeanDays.Should().Be(9);
    }

    [Fact]
    public void The_lead_time_of_a_shipment_adds_its_legs()
    {
        var start = Instant.FromUtc(2026, 7, 1, 0, 0);
        var first = new Leg(TransportMode.Road, Parties.Line, new VoyageNumber("T1"), Places.Shenzhen, Places.HongKong, start, start + Duration.FromHours(12));
        var ocean = new Leg(TransportMode.SeaFcl, Parties.Line, new VoyageNumber("V500"), Places.HongKong, Places.LosAngeles,
            start + Duration.FromDays(1), start + Duration.FromDays(15))
        { TransitTime = new TransitTimeDistribution(16, 3) };
        var rail = new Leg(TransportMode.Rail, Parties.Line, new VoyageNumber("R600"), Places.LosAngeles, Places.Chicago,
            start + Duration.FromDays(17), start + Duration.FromDays(20))
        { TransitTime = new TransitTimeDistribution(4, 1.5) };

        var lead = new Itinerary([first, ocean, rail]).LeadTime;

        // 0.5 d (planned, exact) + 16 d ± 3 + 4 d ± 1.5: mean 20.5 d, variance 9 + 2.25 = 11.25 d².
        lead.MeanDays.Should().Be(20.5);
        lead.VarianceDaysSquared.Should().BeApproximately(11.25, 1e-12);
    }

    [Fact]
    public void Negative_or_non_finite_days_are_refused()
    {
        FluentActions.Invoking(() => new TransitTimeDistribution(-1, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("meanDays").WithMessage("meanDays must be a finite number of days that is not negative, but was -1.*");
        FluentActions.Invoking(() => new TransitTimeDistribution(1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("standardDeviationDays");
        new TransitTimeDistribution(12.5, 2).ToString().Should().Be("12.5 d (sd 2 d)");
    }
}
