using BenchmarkDotNet.Attributes;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Benchmarks.Identifiers;

/// <summary>Parsing GTINs, e.g. when importing a catalogue; TryParse on bad input must not pay for an exception.</summary>
[MemoryDiagnoser]
public class GtinBenchmarks
{
    [Benchmark(Baseline = true)]
    public bool CheckDigitOnly() => Gs1CheckDigit.IsValid("4006381333931");

    [Benchmark]
    public Gtin Parse() => Gtin.Parse("4006381333931");

    [Benchmark]
    public bool TryParseInvalid() => Gtin.TryParse("4006381333932", out _);
}
