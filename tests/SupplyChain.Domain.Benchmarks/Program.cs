using BenchmarkDotNet.Running;
using SupplyChain.Domain.Benchmarks.Scaling;

// `catalogue-run`: the timed whole-catalogue harness (Scaling/CatalogueRunHarness.cs, docs/performance.md); anything
// else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "catalogue-run")
{
    return CatalogueRunHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
