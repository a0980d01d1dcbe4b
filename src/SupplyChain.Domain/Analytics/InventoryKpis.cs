using SupplyChain.Domain.Demand;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Analytics;

/// <summary>
/// Measures of how hard inventory works: inventory turnover, days inventory outstanding (DIO), gross margin return on
/// inventory investment (GMROI) and days of supply.
/// </summary>
/// <remarks>
/// <para>Definitions:</para>
/// <list type="bullet">
/// <item><description>Inventory turnover = cost of goods sold over a period / average inventory at cost over the same
/// period (common accounting definition; e.g. Chopra and Meindl, <i>Supply Chain Management</i>).</description></item>
/// <item><description>DIO = average inventory at cost / (annual COGS / days in the year) (a component of SCOR AM.1.1,
/// cash-to-cash cycle time).</description></item>
/// <item><description>GMROI = (revenue − COGS) / average inventory at cost (retail practice: gross margin earned per unit
/// of money tied up in stock).</description></item>
/// <item><description>Days of supply = units on hand / average daily demand (Amazon restock inventory glossary).</description></item>
/// </list>
/// <para>
/// Money amounts must share one currency; mixing currencies throws a <see cref="DomainRuleException"/> with rule
/// <see cref="DomainRules.MoneySameCurrency"/>, as <see cref="Money"/> arithmetic does. The ratios are computed in
/// exact decimals and returned as <see cref="double"/>.
/// </para>
/// </remarks>
public static class InventoryKpis
{
    /// <summary>Inventory turnover: COGS / average inventory at cost.</summary>
    /// <param name="costOfGoodsSold">Cost of goods sold over the period (usually a year); not negative.</param>
    /// <param name="averageInventoryAtCost">Average inventory at cost over the same period; greater than zero.</param>
    /// <returns>Turns per period.</returns>
    /// <exception cref="ArgumentNullException">An amount is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="costOfGoodsSold"/> is negative or <paramref name="averageInventoryAtCost"/> is not positive.</exception>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static double InventoryTurnover(Money costOfGoodsSold, Money averageInventoryAtCost)
    {
        var cogs = NotNegative(costOfGoodsSold);
        var inventory = Positive(averageInventoryAtCost);
        SameCurrency(costOfGoodsSold, averageInventoryAtCost, "divide");
        return (double)(cogs / inventory);
    }

    /// <summary>Days inventory outstanding: average inventory at cost / (annual COGS / days in the year).</summary>
    /// <param name="annualCostOfGoodsSold">Cost of goods sold over the year; greater than zero.</param>
    /// <param name="averageInventoryAtCost">Average inventory at cost over the year; not negative.</param>
    /// <param name="daysInYear">Days in the year the COGS covers; 365 by default (some use 360); greater than zero.</param>
    /// <returns>Days.</returns>
    /// <exception cref="ArgumentNullException">An amount is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">COGS or <paramref name="daysInYear"/> is not positive, or the inventory is negative.</exception>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static double DaysInventoryOutstanding(Money annualCostOfGoodsSold, Money averageInventoryAtCost, int daysInYear = 365)
    {
        var cogs = Positive(annualCostOfGoodsSold);
        var inventory = NotNegative(averageInventoryAtCost);
        Guard.Positive(daysInYear);
        SameCurrency(annualCostOfGoodsSold, averageInventoryAtCost, "divide");
        return (double)(inventory * daysInYear / cogs);
    }

    /// <summary>GMROI: (revenue − COGS) / average inventory at cost.</summary>
    /// <param name="revenue">Net sales revenue over the period; not negative.</param>
    /// <param name="costOfGoodsSold">Cost of goods sold over the period; not negative.</param>
    /// <param name="averageInventoryAtCost">Average inventory at cost over the period; greater than zero.</param>
    /// <returns>Gross margin per unit of inventory investment; negative when goods sold below cost.</returns>
    /// <exception cref="ArgumentNullException">An amount is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Revenue or COGS is negative, or the inventory is not positive.</exception>
    /// <exception cref="DomainRuleException">The currencies differ (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static double Gmroi(Money revenue, Money costOfGoodsSold, Money averageInventoryAtCost)
    {
        NotNegative(revenue);
        NotNegative(costOfGoodsSold);
        var inventory = Positive(averageInventoryAtCost);
        var margin = revenue.Subtract(costOfGoodsSold);
        SameCurrency(margin, averageInventoryAtCost, "divide");
        return (double)(margin.Amount / inventory);
    }

    /// <summary>Days of supply: units on hand / average daily demand.</summary>
    /// <param name="inventoryUnits">Units on hand (or on hand plus inbound, as the caller defines the position); not negative.</param>
    /// <param name="averageDailyDemand">Average demand in units per day; greater than zero.</param>
    /// <returns>Days the stock lasts at that demand.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inventoryUnits"/> is negative or <paramref name="averageDailyDemand"/> is not a positive finite number.</exception>
    public static double DaysOfSupply(int inventoryUnits, double averageDailyDemand)
    {
        Guard.NotNegative(inventoryUnits);
        Guard.Positive(averageDailyDemand);
        return inventoryUnits / averageDailyDemand;
    }

    /// <summary>Days of supply at the mean of a demand forecast.</summary>
    /// <param name="inventoryUnits">Units on hand; not negative.</param>
    /// <param name="forecast">The forecast; its mean per day must be greater than zero.</param>
    /// <returns>Days the stock lasts at the forecast mean.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inventoryUnits"/> is negative or the forecast mean is zero.</exception>
    public static double DaysOfSupply(int inventoryUnits, DemandForecast forecast)
    {
        Guard.NotNegative(inventoryUnits);
        var averageDailyDemand = forecast.MeanPerDay;
        Guard.Positive(averageDailyDemand);
        return inventoryUnits / averageDailyDemand;
    }

    private static decimal Positive(Money money, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(money))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(money, paramName);
        return money.Amount > 0m ? money.Amount
            : throw new ArgumentOutOfRangeException(paramName, money, Guard.Format(ErrorMessages.MustBePositive, paramName, money));
    }

    private static decimal NotNegative(Money money, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(money))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(money, paramName);
        return money.Amount >= 0m ? money.Amount
            : throw new ArgumentOutOfRangeException(paramName, money, Guard.Format(ErrorMessages.MustNotBeNegative, paramName, money));
    }

    private static void SameCurrency(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            throw new DomainRuleException(DomainRules.MoneySameCurrency, Guard.Format(ErrorMessages.MoneyCurrencyMismatch, operation, left, right));
        }
    }
}
