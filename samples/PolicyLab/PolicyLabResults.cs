using SupplyChain.Domain.Simulation;

namespace PolicyLabSample;

/// <summary>What the sample simulated, for the tests.</summary>
public sealed record PolicyLabResults(IReadOnlyList<SimulatedSku> Skus, SimulationResult Result);
