namespace SupplyChain.Domain.Fulfilment.LastMile;

/// <summary>Why <see cref="LastMileChooser.Choose"/> chose a promise.</summary>
public enum LastMileChoiceReason
{
    /// <summary>Only one carrier (the network or one partner) could serve the parcel.</summary>
    OnlyOption = 1,

    /// <summary>No date was required: the cheapest promise (the earlier date on a price tie).</summary>
    Cheapest = 2,

    /// <summary>The cheapest of the promises that meet the required date (the earlier date on a price tie).</summary>
    CheapestOnTime = 3,

    /// <summary>No promise meets the required date: the earliest (the cheaper on a date tie).</summary>
    EarliestWhenNoneOnTime = 4,
}
