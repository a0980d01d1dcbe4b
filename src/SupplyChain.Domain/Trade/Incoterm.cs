using System.Diagnostics.CodeAnalysis;

namespace SupplyChain.Domain.Trade;

/// <summary>
/// One of the 11 rules of Incoterms® 2020 (International Chamber of Commerce): who pays the main carriage, where the
/// risk passes, who insures, who clears the goods for export and import, and which modes of transport it suits.
/// </summary>
/// <remarks>
/// <para>
/// The 11 rules are the only instances (<see cref="All"/>), so equality is reference equality and
/// <c>Incoterm.Parse("fob") == Incoterm.Fob</c>. The text form is the three-letter code in upper case.
/// </para>
/// <para>
/// Source: ICC, <i>Incoterms® 2020</i> (ICC publication no. 723E, ISBN 978-92-842-0504-8), articles A2/A3 (delivery
/// and transfer of risks), A4/B4 (carriage), A5 (insurance) and A7/B7 (export and import clearance).
/// </para>
/// </remarks>
public sealed class Incoterm
{
    private Incoterm(
        string code,
        string name,
        IncotermModes modes,
        RiskTransferPoint riskPassesAt,
        TradeParty mainCarriagePaidBy,
        InstituteCargoClauses? minimumInsuranceCover,
        bool sellerUnloadsAtDestination,
        TradeParty exportClearedBy,
        TradeParty importClearedBy)
    {
        Code = code;
        Name = name;
        Modes = modes;
        RiskPassesAt = riskPassesAt;
        MainCarriagePaidBy = mainCarriagePaidBy;
        MinimumInsuranceCover = minimumInsuranceCover;
        SellerUnloadsAtDestination = sellerUnloadsAtDestination;
        ExportClearedBy = exportClearedBy;
        ImportClearedBy = importClearedBy;
    }

    /// <summary>EXW, Ex Works: the buyer collects at the seller's premises and does everything else, export clearance included.</summary>
    public static Incoterm Exw { get; } = new("EXW", "Ex Works", IncotermModes.AnyMode, RiskTransferPoint.PlacedAtBuyersDisposal,
        TradeParty.Buyer, null, false, TradeParty.Buyer, TradeParty.Buyer);

    /// <summary>FCA, Free Carrier: the seller clears for export and hands the goods to the buyer's carrier.</summary>
    public static Incoterm Fca { get; } = new("FCA", "Free Carrier", IncotermModes.AnyMode, RiskTransferPoint.HandedToCarrier,
        TradeParty.Buyer, null, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>CPT, Carriage Paid To: the seller pays the carriage to the named destination; risk passes at the first carrier.</summary>
    public static Incoterm Cpt { get; } = new("CPT", "Carriage Paid To", IncotermModes.AnyMode, RiskTransferPoint.HandedToCarrier,
        TradeParty.Seller, null, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>CIP, Carriage and Insurance Paid To: as CPT, and the seller insures with at least ICC (A) cover for 110 % of the price.</summary>
    public static Incoterm Cip { get; } = new("CIP", "Carriage and Insurance Paid To", IncotermModes.AnyMode, RiskTransferPoint.HandedToCarrier,
        TradeParty.Seller, InstituteCargoClauses.A, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>DAP, Delivered at Place: the seller delivers to the named destination, ready for unloading.</summary>
    public static Incoterm Dap { get; } = new("DAP", "Delivered at Place", IncotermModes.AnyMode, RiskTransferPoint.ReadyForUnloadingAtDestination,
        TradeParty.Seller, null, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>DPU, Delivered at Place Unloaded: as DAP, and the seller unloads at the destination (replaced DAT in 2020).</summary>
    public static Incoterm Dpu { get; } = new("DPU", "Delivered at Place Unloaded", IncotermModes.AnyMode, RiskTransferPoint.UnloadedAtDestination,
        TradeParty.Seller, null, true, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>DDP, Delivered Duty Paid: as DAP, and the seller also clears the goods for import and pays the duties.</summary>
    public static Incoterm Ddp { get; } = new("DDP", "Delivered Duty Paid", IncotermModes.AnyMode, RiskTransferPoint.ReadyForUnloadingAtDestination,
        TradeParty.Seller, null, false, TradeParty.Seller, TradeParty.Seller);

    /// <summary>FAS, Free Alongside Ship: the seller places the goods alongside the buyer's vessel at the port of shipment.</summary>
    public static Incoterm Fas { get; } = new("FAS", "Free Alongside Ship", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.AlongsideShip,
        TradeParty.Buyer, null, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>FOB, Free On Board: the seller places the goods on board the buyer's vessel at the port of shipment.</summary>
    public static Incoterm Fob { get; } = new("FOB", "Free On Board", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.OnBoardVessel,
        TradeParty.Buyer, null, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>CFR, Cost and Freight: the seller pays the sea freight to the port of destination; risk passes on board at shipment.</summary>
    public static Incoterm Cfr { get; } = new("CFR", "Cost and Freight", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.OnBoardVessel,
        TradeParty.Seller, null, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>CIF, Cost, Insurance and Freight: as CFR, and the seller insures with at least ICC (C) cover for 110 % of the price.</summary>
    public static Incoterm Cif { get; } = new("CIF", "Cost, Insurance and Freight", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.OnBoardVessel,
        TradeParty.Seller, InstituteCargoClauses.C, false, TradeParty.Seller, TradeParty.Buyer);

    /// <summary>The 11 rules in the ICC's order: the seven for any mode, then the four for sea and inland waterway.</summary>
    public static IReadOnlyList<Incoterm> All { get; } = [Exw, Fca, Cpt, Cip, Dap, Dpu, Ddp, Fas, Fob, Cfr, Cif];

    /// <summary>The three-letter code in upper case, such as <c>FOB</c>.</summary>
    public string Code { get; }

    /// <summary>The rule's full English name, such as <c>Free On Board</c>.</summary>
    public string Name { get; }

    /// <summary>The modes of transport the rule may be used for.</summary>
    public IncotermModes Modes { get; }

    /// <summary>Whether the rule is only for sea and inland waterway transport (FAS, FOB, CFR, CIF).</summary>
    public bool IsSeaAndInlandWaterwayOnly => Modes == IncotermModes.SeaAndInlandWaterway;

    /// <summary>Where the risk passes from the seller to the buyer.</summary>
    public RiskTransferPoint RiskPassesAt { get; }

    /// <summary>
    /// Whether the risk passes in the country of shipment, before the main carriage (the E, F and C rules), rather than
    /// at the destination (the D rules: DAP, DPU, DDP).
    /// </summary>
    public bool RiskPassesBeforeMainCarriage => RiskPassesAt is not (RiskTransferPoint.ReadyForUnloadingAtDestination or RiskTransferPoint.UnloadedAtDestination);

    /// <summary>Who contracts and pays for the main carriage: the seller under the C and D rules, the buyer under the E and F rules.</summary>
    public TradeParty MainCarriagePaidBy { get; }

    /// <summary>Whether the seller pays the main carriage (CPT, CIP, CFR, CIF, DAP, DPU, DDP).</summary>
    public bool SellerPaysMainCarriage => MainCarriagePaidBy == TradeParty.Seller;

    /// <summary>Whether the seller must insure the goods for the buyer (only CIP and CIF).</summary>
    public bool SellerMustInsure => MinimumInsuranceCover is not null;

    /// <summary>The minimum cover the seller must buy: ICC (A) under CIP, ICC (C) under CIF; null when the seller need not insure.</summary>
    public InstituteCargoClauses? MinimumInsuranceCover { get; }

    /// <summary>The minimum insured amount as a percentage of the price: 110 under CIP and CIF; null when the seller need not insure.</summary>
    public int? MinimumInsuredPercentOfPrice => SellerMustInsure ? 110 : null;

    /// <summary>Whether the seller must unload the goods at the destination (only DPU).</summary>
    public bool SellerUnloadsAtDestination { get; }

    /// <summary>Who clears the goods for export: the buyer under EXW, the seller under every other rule.</summary>
    public TradeParty ExportClearedBy { get; }

    /// <summary>Who clears the goods for import and pays the duties: the seller under DDP, the buyer under every other rule.</summary>
    public TradeParty ImportClearedBy { get; }

    /// <summary>
    /// Reads an Incoterms 2020 rule from its three-letter code: case-insensitive, leading and trailing white space
    /// ignored (as <see cref="string.Trim()"/>); nothing else is tolerated.
    /// </summary>
    /// <param name="text">The code, such as <c>FOB</c> or <c> fob </c>.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is null (as every Parse of the library).</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not one of the 11 codes; for a withdrawn rule the message names the one that replaced it (DAT was replaced by DPU in 2020).</exception>
    public static Incoterm Parse(string? text)
    {
        if (text is null)
        {
            throw new FormatException(Guard.Format(ErrorMessages.NullInput, ErrorMessages.IncotermRuleWhat));
        }

        return TryParseCore(text, out var result, out var error)
            ? result
            : throw new FormatException(Guard.Format(ErrorMessages.NotA, text, ErrorMessages.IncotermRuleWhat, error));
    }

    /// <summary>Reads an Incoterms 2020 rule as <see cref="Parse(string?)"/> does; never throws.</summary>
    /// <param name="text">The code; may be null.</param>
    /// <param name="result">The rule, or null when <paramref name="text"/> is not one.</param>
    /// <returns>Whether <paramref name="text"/> is one of the 11 codes.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Incoterm? result) =>
        TryParseCore(text, out result, out _);

    /// <summary>The three-letter code, such as <c>FOB</c>.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;

    internal static bool TryParseCore(string? text, [NotNullWhen(true)] out Incoterm? result, out string error)
    {
        result = null;
        error = "";
        if (text is null)
        {
            return false;
        }

        var code = text.Trim();
        foreach (var rule in All)
        {
            if (string.Equals(rule.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                result = rule;
                return true;
            }
        }

        error = code.ToUpperInvariant() switch
        {
            "DAT" => ErrorMessages.IncotermDatReplaced,
            "DAF" or "DES" or "DDU" => Guard.Format(ErrorMessages.IncotermWithdrawnIn2010, code.ToUpperInvariant(), "DAP"),
            "DEQ" => Guard.Format(ErrorMessages.IncotermWithdrawnIn2010, "DEQ", "DPU"),
            _ => Guard.Format(ErrorMessages.IncotermUnknown, string.Join(", ", All.Select(r => r.Code))),
        };
        return false;
    }
}
