// DistributedPlanning: a catalogue's restock decisions and its simulation, cut into SKU partitions and run by one
// Orleans grain per partition (issue 18). Each grain runs BatchReplenishment.MinMax over its slice of the catalogue's
// columns and Simulator.RunPartition from its slice's first catalogue index; the client gathers the partitions in
// catalogue order and checks that the result equals the single-process run (BatchReplenishment over the whole
// columns, Simulator.Run over all SKUs), SKU by SKU and bit for bit.
//
// One process: the silo runs here with UseLocalhostClustering, and the client is the silo's own IClusterClient.
// A real cluster needs configuration only, not other code: replace UseLocalhostClustering with a membership provider
// (for example Microsoft.Orleans.Clustering.AdoNet's UseAdoNetClustering, Redis or Azure Table storage), set
// ClusterOptions (ClusterId, ServiceId) and each silo's endpoints (ConfigureEndpoints), start the same program on every
// machine, and let the client connect through the provider (UseOrleansClient). The grains, the work and the reports
// are the same: everything that crosses the wire is a [GenerateSerializer] record (docs/scaling.md).
//
// Usage: dotnet run --project samples/DistributedPlanning -c Release -- [--skus N] [--partitions P] [--days D] [--ci]
//   --ci: the default run, no timings printed, and the silo on free localhost ports (CI machines run several builds
//   at once); exits 1 if the cluster's result differs from the single-process run.
// tests/SupplyChain.Domain.DistributedPlanning.Tests runs the same plan on an in-process Orleans test cluster.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DistributedPlanningSample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var ci = args.Contains("--ci");
var run = PlanningRun.Default with
{
    Skus = Option("--skus", PlanningRun.Default.Skus),
    Days = Option("--days", PlanningRun.Default.Days),
};
var partitions = Option("--partitions", 8);

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Error);   // Orleans warns about workstation GC and slow timers on a busy 2-core machine
builder.UseOrleans(silo =>
{
    if (ci)
    {
        silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort());
    }
    else
    {
        silo.UseLocalhostClustering();   // silo port 11111, gateway 30000
    }
});
using var host = builder.Build();
await host.StartAsync().ConfigureAwait(false);

var clock = Stopwatch.StartNew();
var plan = await DistributedPlan.RunAsync(host.Services.GetRequiredService<IClusterClient>(), run, partitions).ConfigureAwait(false);
var clusterTime = clock.Elapsed;
clock.Restart();
var single = DistributedPlan.SingleProcess(run);
var singleTime = clock.Elapsed;
await host.StopAsync().ConfigureAwait(false);

Console.WriteLine(Invariant($"DistributedPlanning: {run.Skus:N0} SKUs in {partitions} partitions (one grain each), {run.Days} days from {run.StartYear:D4}-{run.StartMonth:D2}-{run.StartDay:D2}, seed {run.Seed}; Orleans, one silo on localhost"));
Console.WriteLine();
Console.WriteLine(ci ? "partition  SKUs           orders today  units to order  fill rate  cost" : "partition  SKUs           orders today  units to order  fill rate  cost          ms  silo");
for (var k = 0; k < plan.Partitions.Count; k++)
{
    var report = plan.Partitions[k];
    var part = new CataloguePlan(report.OrderQuantities, report.Reasons, report.Figures, []);
    var line = Invariant($"{k,9}  {report.First,6}–{report.First + report.Figures.Length - 1,-6}  {part.OrdersToday,12}  {part.UnitsToOrder,14:N0}  {part.FillRate,9:0.0000}  {part.TotalCost,12:N2}");
    Console.WriteLine(ci ? line : Invariant($"{line}  {report.Milliseconds,6:0}  {report.Silo}"));
}

Console.WriteLine();
Console.WriteLine(Invariant($"restock today: {plan.OrdersToday:N0} orders, {plan.UnitsToOrder:N0} units ({plan.RowsRepaired} catalogue rows had max below min and were ordered as min–min)"));
Console.WriteLine(Invariant($"simulation: {plan.TotalDemand:N0} units demanded, fill rate {plan.FillRate:0.0000}, cost {plan.TotalCost:N2}"));
var (sliced, slicedReasons) = DistributedPlan.RestockInSlices(run.Skus, partitions);
var same = plan.SameAs(single) && plan.TotalCost.Equals(single.TotalCost)
    && sliced.AsSpan().SequenceEqual(single.OrderQuantities) && slicedReasons.AsSpan().SequenceEqual(single.Reasons);
Console.WriteLine(same
    ? Invariant($"single-process run (BatchReplenishment over all columns, and over {partitions} span slices of them; Simulator.Run over all SKUs): identical, SKU by SKU, bit for bit")
    : "single-process run: DIFFERENT from the cluster's result");
if (!ci)
{
    Console.WriteLine(Invariant($"time: cluster {clusterTime.TotalMilliseconds:0} ms (first calls include grain activation), single process {singleTime.TotalMilliseconds:0} ms"));
}

return same ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
