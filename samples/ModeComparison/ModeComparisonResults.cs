using SupplyChain.Domain.Fulfilment;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Trade;

namespace ModeComparisonSample;

/// <summary>What the sample computed, for the tests.</summary>
public sealed record ModeComparisonResults(
    ModeComparison Comparison, CurrencyConversion FactoryPrice, CustomsAssessment IntoUs, CurrencyConversion DeclaredInEur, CustomsAssessment IntoGermany, ModeComparison ComparisonInGermany);
