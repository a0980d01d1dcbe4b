using NodaTime;
using SupplyChain.Domain.Replenishment;
using SupplyChain.Domain.Shipping;
using SupplyChain.Domain.Simulation;

namespace DistributedPlanningSample;

/// <summary>
/// The run every partition works on: which catalogue (generated from its seed, so that no SKU data crosses the wire:
/// a real deployment reads each partition's rows from its catalogue store instead), how many days from which date, and
/// the simulation's seed. It crosses the wire to each grain, so Orleans generates its serializer.
/// </summary>
/// <param name="Skus">SKUs in the catalogue.</param>
/// <param name="Days">Days to simulate ahead.</param>
/// <param name="Seed">The simulation's master seed (SKU i draws the random stream of index i).</param>
/// <param name="StartYear">The first simulated day's year.</param>
/// <param name="StartMonth">Its month.</param>
/// <param name="StartDay">Its day.</param>
[GenerateSerializer, Immutable]
public sealed record PlanningRun(
    [property: Id(0)] int Skus,
    [property: Id(1)] int Days,
    [property: Id(2)] long Seed,
    [property: Id(3)] int StartYear,
    [property: Id(4)] int StartMonth,
    [property: Id(5)] int StartDay)
{
    /// <summary>The sample's run: 10,000 SKUs, 90 days from Monday 2027-01-04, seed 2027.</summary>
    public static PlanningRun Default { get; } = new(10_000, 90, 2027, 2027, 1, 4);

    /// <summary>The simulation settings; <paramref name="threads"/> never changes the results.</summary>
    public SimulationSettings Settings(int threads) =>
        new(Days, Seed, new LocalDate(StartYear, StartMonth, StartDay), maxDegreeOfParallelism: threads);
}

/// <summary>
/// Catalogue rows as columns, as a planning system holds them: today's net position and the min–max parameters with the
/// case pack and minimum order quantity, plus the demand and lead time the simulation draws from. Generated from the
/// catalogue index alone (a hash of it), so any process builds the same rows for any slice.
/// </summary>
public sealed class CatalogueSlice
{
    private CatalogueSlice(int first, int count)
    {
        First = first;
        Positions = new int[count];
        Minimums = new int[count];
        Maximums = new int[count];
        CasePacks = new int[count];
        MinimumOrderQuantities = new int[count];
        DailyDemand = new int[count];
        LeadTimeDays = new int[count];
    }

    public int First { get; }

    public int Count => Positions.Length;

    public int[] Positions { get; }

    public int[] Minimums { get; }

    public int[] Maximums { get; }

    public int[] CasePacks { get; }

    public int[] MinimumOrderQuantities { get; }

    public int[] DailyDemand { get; }

    public int[] LeadTimeDays { get; }

    /// <summary>The rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 of the catalogue.</summary>
    public static CatalogueSlice Rows(int first, int count)
    {
        var slice = new CatalogueSlice(first, count);
        for (var j = 0; j < count; j++)
        {
            var h = Hash((ulong)(first + j));
            var demand = 1 + (int)(h % 20);                       // 1–20 units a day
            var lead = 3 + (int)((h >> 8) % 10);                  // 3–12 days
            var min = demand * (lead + 2);                        // lead-time demand plus two days of safety stock
            var max = min + (demand * (7 + (int)((h >> 16) % 22)));  // one to four weeks more
            if ((first + j) % 97 == 0)
            {
                max = min - 5;                                    // a catalogue error: max below min (BatchReplenishment raises it)
            }

            slice.DailyDemand[j] = demand;
            slice.LeadTimeDays[j] = lead;
            slice.Minimums[j] = min;
            slice.Maximums[j] = max;
            slice.CasePacks[j] = (int)((h >> 24) % 4) switch { 0 => 1, 1 => 6, 2 => 12, _ => 24 };
            slice.MinimumOrderQuantities[j] = (h >> 28) % 3 == 0 ? 50 : 0;
            slice.Positions[j] = (int)((h >> 32) % (ulong)(max + (6 * demand))) - (2 * demand);   // some SKUs are backordered
        }

        return slice;
    }

    /// <summary>The slice's SKUs for the simulation: min–max (max raised to min where the row is wrong), Poisson or normal demand, fixed or two-leg lead times, starting from today's stock.</summary>
    public IEnumerable<SimulatedSku> Skus()
    {
        for (var j = 0; j < Count; j++)
        {
            var index = First + j;
            var demand = DailyDemand[j];
            var lead = LeadTimeDays[j];
            yield return new SimulatedSku(
                "SKU-" + index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                new MinMaxPolicy(Minimums[j], Math.Max(Minimums[j], Maximums[j])),
                index % 2 == 0 ? DemandModel.Poisson(demand) : DemandModel.Normal(demand, 0.4 * demand),
                index % 3 == 0
                    ? LeadTimeProfile.Of("sea and truck", new TransitTimeDistribution(lead - 2, 1), new TransitTimeDistribution(2, 0.5))
                    : LeadTimeProfile.Fixed(lead),
                new CostRates { HoldingPerUnitDay = 0.05, StockoutPerUnit = 2.5, PerOrder = 20 },
                initialOnHand: Math.Max(0, Positions[j]));
        }
    }

    /// <summary>SplitMix64's finaliser: the catalogue's rows depend on the index only.</summary>
    private static ulong Hash(ulong index)
    {
        unchecked
        {
            var z = index + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
