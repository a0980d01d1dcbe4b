namespace SupplyChain.Domain.Simulation;

/// <summary>The running totals of one simulated SKU: fixed size, whatever the number of days.</summary>
internal struct SkuTotals
{
    internal int Periods;
    internal int InitialOnHand;
    internal long Demand;
    internal long Filled;
    internal long Lost;
    internal int StockoutDays;
    internal int Orders;
    internal long UnitsOrdered;
    internal double UnitsOrderedSquares;
    internal long UnitsReceived;
    internal long OnHandDays;
    internal long BackorderedDays;
    internal int EndingOnHand;
    internal int EndingBackordered;
    internal int EndingOnOrder;
    internal RunningMoments DemandMoments;
    internal RunningMoments OnHandMoments;
    internal RunningMoments CostMoments;
}
