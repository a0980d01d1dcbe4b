using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Replenishment;

namespace SupplyChain.Domain.Tests.Replenishment;

/// <summary>The batch path gives exactly the per-SKU policies' answers (quantity and reason) on generated catalogues.</summary>
public sealed class BatchReplenishmentPropertyTests
{
    private const int Runs = 150;
    private static readonly LocalDate ReviewDay = new(2025, 3, 3);
    private static readonly ReviewCalendar Weekly = ReviewCalendar.Every(7, ReviewDay);

    /// <summary>One SKU's columns: position, two levels (min/max, r), lot, S, cover days, daily sales, case pack, MOQ.</summary>
    public sealed record Row(int P, int A, int B, int Lot, int S, int Days, double Demand, int Pack, int Moq);

    /// <summary>A catalogue of rows and whether the date is a review day.</summary>
    public sealed record Catalogue(Row[] Rows, bool IsReviewDay);

    // Positions and levels: one in four an edge value (int.MinValue, −1, 0, 1, int.MaxValue), half within −200..200
    // (so positions and levels meet and max < min is common), the rest anywhere in int.
    private static readonly Gen<int> Level = Gen.Frequency(
        (1, Gen.Elements(int.MinValue, -1, 0, 1, int.MaxValue)), (2, Gen.Choose(-200, 200)), (1, Gen.Choose(int.MinValue, int.MaxValue)));

    private static readonly Gen<Row> Rows =
        from p in Level
        from a in Level
        from b in Level
        from lot in Gen.Frequency((3, Gen.Choose(1, 500)), (1, Gen.Elements(1, int.MaxValue)))       // Q: 1..500, or an edge
        from s in Gen.Frequency((3, Gen.Choose(0, 1000)), (1, Gen.Elements(0, int.MaxValue)))       // S: 0..1000, or an edge
        from days in Gen.Choose(0, 120)                                                             // cover days 0..120
        from demand in Gen.Frequency(                                                               // sales a day: 0, 0..50.00 in cents,
            (1, Gen.Constant(0.0)), (3, Gen.Choose(0, 5000).Select(h => h / 100.0)),               // or 10¹²..10¹⁶ (a shortfall of 2⁵²
            (1, Gen.Choose(1, 10_000).Select(t => t * 1e12)))                                       // or more: the SIMD block's scalar redo)
        from pack in Gen.Frequency((2, Gen.Constant(1)), (2, Gen.Choose(2, 48)), (1, Gen.Constant(int.MaxValue)))
        from moq in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Choose(1, 500)), (1, Gen.Constant(int.MaxValue)))
        select new Row(p, a, b, lot, s, days, demand, pack, moq);

    // 0 to 7 rows (scalar tail only) or 8 to 70 (SIMD blocks of BatchReplenishment.BlockRows = 8 rows, and a scalar tail
    // unless the count is a multiple of 8); half the catalogues on a review day.
    private static readonly Gen<Catalogue> Catalogues =
        from count in Gen.Frequency((1, Gen.Choose(0, 7)), (3, Gen.Choose(8, 70)))
        from rows in Rows.ArrayOf(count)
        from review in Gen.Elements(true, false)
        select new Catalogue(rows, review);

    private static readonly Arbitrary<Catalogue> Any = Catalogues.ToArbitrary();

    [Property(MaxTest = Runs)]
    public Property Min_max_batch_equals_per_SKU_min_max_with_max_raised_to_min() => Prop.ForAll(Any, c =>
    {
        var rows = c.Rows;
        var (q, r) = Outputs(rows.Length);
        BatchReplenishment.MinMax(Col(rows, x => x.P), Col(rows, x => x.A), Col(rows, x => x.B), Col(rows, x => x.Pack), Col(rows, x => x.Moq), q, r);
        for (var i = 0; i < rows.Length; i++)
        {
            var x = rows[i];
            var policy = MinMaxPolicy.FromCatalogue(x.A, x.B);
            var expected = Decide(policy, x, default);
            var clamped = policy.MaximumRaisedToMinimum ? BatchReason.MaximumRaisedToMinimum : BatchReason.NoOrder;
            Check(q[i], r[i], expected, clamped, BatchReplenishment.MinMaxDecision(x.P, x.A, x.B, x.Pack, x.Moq));
        }
    });

    [Property(MaxTest = Runs)]
    public Property Reorder_point_batch_equals_per_SKU_reorder_point() => Prop.ForAll(Any, c =>
    {
        var rows = c.Rows;
        var (q, r) = Outputs(rows.Length);
        BatchReplenishment.ReorderPoint(Col(rows, x => x.P), Col(rows, x => x.A), Col(rows, x => x.Lot), Col(rows, x => x.Pack), Col(rows, x => x.Moq), q, r);
        for (var i = 0; i < rows.Length; i++)
        {
            var x = rows[i];
            Check(q[i], r[i], Decide(new ReorderPointPolicy(x.A, x.Lot), x, default), BatchReason.NoOrder,
                BatchReplenishment.ReorderPointDecision(x.P, x.A, x.Lot, x.Pack, x.Moq));
        }
    });

    [Property(MaxTest = Runs)]
    public Property Order_up_to_batch_equals_per_SKU_periodic_review() => Prop.ForAll(Any, c =>
    {
        var rows = c.Rows;
        var (q, r) = Outputs(rows.Length);
        BatchReplenishment.OrderUpTo(Col(rows, x => x.P), Col(rows, x => x.S), c.IsReviewDay, Col(rows, x => x.Pack), Col(rows, x => x.Moq), q, r);
        var context = new ReplenishmentContext(c.IsReviewDay ? ReviewDay : ReviewDay.PlusDays(1), 0);
        for (var i = 0; i < rows.Length; i++)
        {
            var x = rows[i];
            Check(q[i], r[i], Decide(new PeriodicReviewPolicy(Weekly, x.S), x, context), BatchReason.NoOrder,
                BatchReplenishment.OrderUpToDecision(x.P, x.S, c.IsReviewDay, x.Pack, x.Moq));
        }
    });

    [Property(MaxTest = Runs)]
    public Property Days_of_cover_batch_equals_per_SKU_days_of_cover() => Prop.ForAll(Any, c =>
    {
        var rows = c.Rows;
        var (q, r) = Outputs(rows.Length);
        var demands = rows.Select(x => x.Demand).ToArray();
        BatchReplenishment.DaysOfCover(Col(rows, x => x.P), Col(rows, x => x.Days), demands, Col(rows, x => x.Pack), Col(rows, x => x.Moq), q, r);
        for (var i = 0; i < rows.Length; i++)
        {
            var x = rows[i];
            Check(q[i], r[i], Decide(new DaysOfCoverPolicy(x.Days, 0), x, new ReplenishmentContext(ReviewDay, demands[i])), BatchReason.NoOrder,
                BatchReplenishment.DaysOfCoverDecision(x.P, x.Days, demands[i], x.Pack, x.Moq));
        }
    });

    [Fact]
    public void The_generator_reaches_every_edge_row_and_branch_it_claims()
    {
        // The SIMD blocks run only where Vector256 is hardware-accelerated (AVX2 here); elsewhere the same rows take the scalar
        // loop, which the property then compares instead. The shapes below are reached either way.
        Reach.Covers(Catalogues, Runs, c => c.Rows.SelectMany((x, i) => Labels(x).Select(label => Where(c.Rows.Length, i) + label)).Concat(Shape(c)),
        [
            "review day", "not a review day", "SIMD blocks and a scalar tail", "SIMD blocks only", "scalar tail only", "no rows",
            "SIMD: position int.MinValue", "SIMD: pack int.MaxValue", "SIMD: MOQ int.MaxValue", "SIMD: max < min", "SIMD: min-max MOQ binds",
            "SIMD: min-max pack rounds", "SIMD: cover of 2^52 or more", "SIMD: lot int.MaxValue", "SIMD: S int.MaxValue",
            "tail: position int.MinValue", "tail: pack int.MaxValue", "tail: max < min", "tail: min-max pack rounds", "tail: cover of 2^52 or more",
        ]);
        Reach.Covers(Catalogues, Runs, c => c.Rows.SelectMany(Labels).Append(c.IsReviewDay ? "review day" : "not a review day"),
        [
            "review day", "not a review day", "position int.MinValue", "position int.MaxValue", "position 0", "max < min", "max = min",
            "pack 1", "pack > 1", "pack int.MaxValue", "MOQ 0", "MOQ > 0", "MOQ int.MaxValue", "lot int.MaxValue", "S int.MaxValue", "demand 0",
            "min-max orders", "min-max no order", "min-max MOQ binds", "min-max pack rounds", "reorder point orders", "reorder point no order",
            "cover orders", "cover no order", "cover of 2^52 or more",
        ]);
    }

    [Fact]
    public void Columns_of_different_lengths_are_refused_naming_the_column()
    {
        long[] q = new long[2];
        BatchReason[] r = new BatchReason[2];
        int[] two = [1, 2];
        int[] one = [1];
        var act = () => BatchReplenishment.MinMax(two, two, one, two, two, q, r);
        act.Should().Throw<ArgumentException>().WithParameterName("maximums");
        var reasons = () => BatchReplenishment.OrderUpTo(two, two, true, two, two, q, new BatchReason[3]);
        reasons.Should().Throw<ArgumentException>().WithParameterName("reasons");
    }

    [Fact]
    public void Hostile_columns_get_a_documented_exception()
    {
        var q = new long[1];
        var r = new BatchReason[1];
        int[] one = [1];
        int[] zero = [0];
        int[] minus = [-1];
        int[] hostile = [int.MinValue];
        ((Action)(() => BatchReplenishment.MinMax(one, one, one, zero, zero, q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("casePacks");
        ((Action)(() => BatchReplenishment.MinMax(one, one, one, one, minus, q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumOrderQuantities");
        ((Action)(() => BatchReplenishment.ReorderPoint(one, one, zero, one, zero, q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lotSizes");
        ((Action)(() => BatchReplenishment.OrderUpTo(one, hostile, true, one, zero, q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("orderUpToLevels");
        ((Action)(() => BatchReplenishment.DaysOfCover(one, minus, [1.0], one, zero, q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("coverDays");
        ((Action)(() => BatchReplenishment.DaysOfCover(one, one, [double.NaN], one, zero, q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dailyDemands");
        ((Action)(() => BatchReplenishment.DaysOfCover(one, one, [], one, zero, q, r))).Should().Throw<ArgumentException>().WithParameterName("dailyDemands");
        ((Action)(() => BatchReplenishment.ReorderPoint(one, one, one, one, zero, [], r))).Should().Throw<ArgumentException>().WithParameterName("quantities");
    }

    [Fact]
    public void A_refused_call_writes_no_row()
    {
        // 17 rows (two SIMD blocks and one tail row); the last row's case pack is 0: refused before any row is written.
        var q = Enumerable.Repeat(-1L, 17).ToArray();
        var r = Enumerable.Repeat((BatchReason)255, 17).ToArray();
        var ones = Enumerable.Repeat(1, 17).ToArray();
        int[] packs = [.. Enumerable.Repeat(1, 16), 0];
        ((Action)(() => BatchReplenishment.MinMax(ones, ones, ones, packs, new int[17], q, r))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("casePacks");
        q.Should().OnlyContain(x => x == -1);
        r.Should().OnlyContain(x => x == (BatchReason)255);
    }

    [Fact]
    public void A_maximum_below_the_minimum_orders_up_to_the_minimum_and_says_so()
    {
        // min 10, max 4 (bad catalogue data), position 3: max is raised to 10, so 10 − 3 = 7 are ordered.
        var q = new long[1];
        var r = new BatchReason[1];
        BatchReplenishment.MinMax([3], [10], [4], [1], [0], q, r);
        q[0].Should().Be(7);
        r[0].Should().Be(BatchReason.Order | BatchReason.MaximumRaisedToMinimum);
    }

    [Fact]
    public void The_per_SKU_policy_of_a_catalogue_row_has_the_same_rule()
    {
        // The same row per SKU: min 10, max 4 → the policy orders up to 10; position 3 → 10 − 3 = 7, and it says so.
        var raised = MinMaxPolicy.FromCatalogue(10, 4);
        raised.Maximum.Should().Be(10);
        raised.MaximumRaisedToMinimum.Should().BeTrue();
        raised.Decide(InventoryPosition.FromNet(3), default).Quantity.Should().Be(7);
        raised.ToString().Should().Be("min-max (s = 10, S = 10, raised from a maximum below the minimum)");
        BatchReplenishment.MinMaxDecision(3, 10, 4, 1, 0).Quantity.Should().Be(7);

        // A valid row is the constructor's policy; the constructor itself still refuses max below min (a hand-written mistake).
        MinMaxPolicy.FromCatalogue(10, 40).Should().Be(new MinMaxPolicy(10, 40));
        MinMaxPolicy.FromCatalogue(10, 10).MaximumRaisedToMinimum.Should().BeFalse();
        ((Func<MinMaxPolicy>)(() => new MinMaxPolicy(10, 4))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
    }

    private static IEnumerable<string> Labels(Row x)
    {
        var min = x.A;
        var max = Math.Max(x.A, x.B);
        long p = Math.Max(x.P, -int.MaxValue);
        long minMax = p <= min ? max - p : 0;
        yield return x.P switch { int.MinValue => "position int.MinValue", int.MaxValue => "position int.MaxValue", 0 => "position 0", _ => "position other" };
        yield return x.B < x.A ? "max < min" : x.B == x.A ? "max = min" : "max > min";
        yield return x.Pack switch { 1 => "pack 1", int.MaxValue => "pack int.MaxValue", _ => "pack > 1" };
        yield return x.Moq switch { 0 => "MOQ 0", int.MaxValue => "MOQ int.MaxValue", _ => "MOQ > 0" };
        yield return x.Lot == int.MaxValue ? "lot int.MaxValue" : "lot";
        yield return x.S == int.MaxValue ? "S int.MaxValue" : "S";
        yield return x.Demand == 0 ? "demand 0" : "demand > 0";
        yield return minMax > 0 ? "min-max orders" : "min-max no order";
        if (minMax > 0 && minMax < x.Moq)
        {
            yield return "min-max MOQ binds";
        }

        if (minMax > 0 && minMax % x.Pack != 0)
        {
            yield return "min-max pack rounds";
        }

        yield return p <= x.A ? "reorder point orders" : "reorder point no order";
        yield return (x.Days * x.Demand) - p > 0 ? "cover orders" : "cover no order";
        if ((x.Days * x.Demand) - p >= (double)(1L << 52))
        {
            yield return "cover of 2^52 or more";
        }
    }

    // Rows 0 .. n − n % 8 − 1 run in SIMD blocks of BatchReplenishment.BlockRows, the rest in the scalar tail.
    private static string Where(int count, int row) =>
        row < count - (count % BatchReplenishment.BlockRows) ? "SIMD: " : "tail: ";

    private static IEnumerable<string> Shape(Catalogue c)
    {
        var n = c.Rows.Length;
        yield return c.IsReviewDay ? "review day" : "not a review day";
        yield return n == 0 ? "no rows"
            : n < BatchReplenishment.BlockRows ? "scalar tail only"
            : n % BatchReplenishment.BlockRows == 0 ? "SIMD blocks only"
            : "SIMD blocks and a scalar tail";
    }

    private static (long[] Quantities, BatchReason[] Reasons) Outputs(int n) => (new long[n], new BatchReason[n]);

    private static int[] Col(Row[] rows, Func<Row, int> column) => [.. rows.Select(column)];

    // The per-SKU path: the policy wrapped in the library's case-pack and MOQ constraints (none for pack 1 and MOQ 0).
    private static ReplenishmentDecision Decide(IReplenishmentPolicy policy, Row x, ReplenishmentContext context)
    {
        if (x.Pack > 1)
        {
            policy = policy.RoundedUpToMultipleOf(x.Pack);
        }

        if (x.Moq > 0)
        {
            policy = policy.WithMinimumOrderQuantity(x.Moq);
        }

        return policy.Decide(InventoryPosition.FromNet(x.P), context);
    }

    private static void Check(long quantity, BatchReason reason, ReplenishmentDecision expected, BatchReason flags, ReplenishmentDecision single)
    {
        var expectedReason = flags | expected.Reason switch
        {
            ReplenishmentReason.MinimumReached or ReplenishmentReason.ReorderPointReached
                or ReplenishmentReason.ReviewOrderUpToTarget or ReplenishmentReason.CoverShortfall => BatchReason.Order,
            ReplenishmentReason.NotAReviewDay => BatchReason.NotAReviewDay,
            _ => BatchReason.NoOrder,
        };
        quantity.Should().Be(expected.Quantity);
        reason.Should().Be(expectedReason);
        single.Quantity.Should().Be(expected.Quantity);
        single.Reason.Should().Be(expected.Reason);
        single.Position.Should().Be(expected.Position);
    }
}
