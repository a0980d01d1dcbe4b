using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Demand;

namespace SupplyChain.Domain.Tests.Demand;

public sealed class DemandClassificationTests
{
    [Theory]
    // ADI = n / periods with demand; CV² from the sample variance of the non-zero sizes.
    // 5,5,5,5: ADI 1, CV² 0 -> smooth.
    [InlineData(new double[] { 5, 5, 5, 5 }, 1.0, 0.0, DemandPattern.Smooth)]
    // 0,5,0,5: ADI 2, sizes 5,5 -> intermittent.
    [InlineData(new double[] { 0, 5, 0, 5 }, 2.0, 0.0, DemandPattern.Intermittent)]
    // 1,9,1,9: ADI 1, sizes mean 5, variance (16·4)/3 = 21.333…, CV² = 21.333…/25 = 0.853… -> erratic.
    [InlineData(new double[] { 1, 9, 1, 9 }, 1.0, 64.0 / 3 / 25, DemandPattern.Erratic)]
    // 0,1,0,9: ADI 2, sizes 1,9: mean 5, variance 32, CV² 1.28 -> lumpy.
    [InlineData(new double[] { 0, 1, 0, 9 }, 2.0, 1.28, DemandPattern.Lumpy)]
    public void Worked_series(double[] series, double adi, double cv2, DemandPattern pattern)
    {
        var c = DemandClassification.Of(series);
        c.Adi.Should().BeApproximately(adi, 1e-12);
        c.CvSquared.Should().BeApproximately(cv2, 1e-12);
        c.Pattern.Should().Be(pattern);
    }

    [Theory]
    // Values on a cut-off belong to the upper side (Syntetos, Boylan & Croston 2005: 1.32 and 0.49).
    [InlineData(1.3199, 0.4899, DemandPattern.Smooth)]
    [InlineData(1.32, 0.4899, DemandPattern.Intermittent)]
    [InlineData(1.3199, 0.49, DemandPattern.Erratic)]
    [InlineData(1.32, 0.49, DemandPattern.Lumpy)]
    public void Cut_offs_belong_to_the_upper_side(double adi, double cv2, DemandPattern pattern) =>
        new DemandClassification(adi, cv2).Pattern.Should().Be(pattern);

    [Fact]
    public void No_demand_is_its_own_pattern_and_bad_input_is_refused()
    {
        DemandClassification.Of([0, 0, 0]).Pattern.Should().Be(DemandPattern.NoDemand);
        FluentActions.Invoking(() => new DemandClassification(0.5, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("adi").WithMessage("adi must be between 1 and infinity, but was 0.5.*");
        FluentActions.Invoking(() => DemandClassification.Of([])).Should().Throw<ArgumentException>().WithParameterName("demandPerPeriod");
    }

    /// <summary>
    /// 1 to 60 periods with some demand, a share of empty periods (none, a quarter, a half or three quarters, so the
    /// ADI falls on both sides of 1.32) and non-zero sizes that are steady (8 to 12), spread (1 to 20) or spiky (mostly 1
    /// to 3, one in five 20 to 100, so the CV² falls on both sides of 0.49).
    /// </summary>
    private static readonly Gen<double[]> Series =
        from length in Gen.Choose(1, 60)
        from emptyQuarters in Gen.Choose(0, 3)
        from sizes in Gen.Elements(Gen.Choose(8, 12), Gen.Choose(1, 20), Gen.Frequency((4, Gen.Choose(1, 3)), (1, Gen.Choose(20, 100))))
        from series in Gen.Frequency((emptyQuarters, Gen.Constant(0)), (4 - emptyQuarters, sizes)).Select(i => (double)i).ArrayOf(length)
        where series.Any(x => x > 0)
        select series;

    [Fact]
    public void The_series_reach_every_pattern()
    {
        Reach.Covers(Series, 100, series => [DemandClassification.Of(series).Pattern.ToString()],
            [nameof(DemandPattern.Smooth), nameof(DemandPattern.Intermittent), nameof(DemandPattern.Erratic), nameof(DemandPattern.Lumpy)]);
    }

    [Property]
    public Property Pattern_agrees_with_the_cut_offs() =>
        Prop.ForAll(
            Series.ToArbitrary(),
            series =>
            {
                var c = DemandClassification.Of(series);
                var sporadic = c.Adi >= DemandClassification.AdiCutOff;
                var variable = c.CvSquared >= DemandClassification.CvSquaredCutOff;
                return c.Adi >= 1 && c.Pattern == (sporadic, variable) switch
                {
                    (false, false) => DemandPattern.Smooth,
                    (true, false) => DemandPattern.Intermittent,
                    (false, true) => DemandPattern.Erratic,
                    _ => DemandPattern.Lumpy,
                };
            });
}
