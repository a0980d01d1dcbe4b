using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Trade;

/// <summary>
/// The 11 rules of Incoterms 2020. Expected values come from ICC, Incoterms® 2020 (ISBN 978-92-842-0504-8): the
/// rules' A2/A3 (delivery, transfer of risk), A4 (carriage), A5 (insurance), A7/B7 (clearance) articles and the
/// ICC's introduction, which groups them into "any mode" and "sea and inland waterway" rules.
/// </summary>
public sealed class IncotermTests
{
    [Fact]
    public void There_are_11_rules_in_the_ICC_order()
    {
        Incoterm.All.Select(r => r.Code).Should().Equal("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF");
        Incoterm.All.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("EXW", "Ex Works", IncotermModes.AnyMode, RiskTransferPoint.PlacedAtBuyersDisposal)]
    [InlineData("FCA", "Free Carrier", IncotermModes.AnyMode, RiskTransferPoint.HandedToCarrier)]
    [InlineData("CPT", "Carriage Paid To", IncotermModes.AnyMode, RiskTransferPoint.HandedToCarrier)]
    [InlineData("CIP", "Carriage and Insurance Paid To", IncotermModes.AnyMode, RiskTransferPoint.HandedToCarrier)]
    [InlineData("DAP", "Delivered at Place", IncotermModes.AnyMode, RiskTransferPoint.ReadyForUnloadingAtDestination)]
    [InlineData("DPU", "Delivered at Place Unloaded", IncotermModes.AnyMode, RiskTransferPoint.UnloadedAtDestination)]
    [InlineData("DDP", "Delivered Duty Paid", IncotermModes.AnyMode, RiskTransferPoint.ReadyForUnloadingAtDestination)]
    [InlineData("FAS", "Free Alongside Ship", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.AlongsideShip)]
    [InlineData("FOB", "Free On Board", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.OnBoardVessel)]
    [InlineData("CFR", "Cost and Freight", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.OnBoardVessel)]
    [InlineData("CIF", "Cost, Insurance and Freight", IncotermModes.SeaAndInlandWaterway, RiskTransferPoint.OnBoardVessel)]
    public void Each_rule_has_its_name_modes_and_point_where_risk_passes(string code, string name, IncotermModes modes, RiskTransferPoint risk)
    {
        var rule = Incoterm.Parse(code);

        rule.Code.Should().Be(code);
        rule.Name.Should().Be(name);
        rule.Modes.Should().Be(modes);
        rule.RiskPassesAt.Should().Be(risk);
        rule.ToString().Should().Be(code);
    }

    [Fact]
    public void Only_CIP_and_CIF_oblige_the_seller_to_insure_and_CIP_asks_for_wider_cover()
    {
        // Incoterms 2020 A5: CIF keeps the minimum cover of ICC (C); CIP was raised to ICC (A); both at least 110 % of the price.
        Incoterm.All.Where(r => r.SellerMustInsure).Should().Equal(Incoterm.Cip, Incoterm.Cif);
        Incoterm.Cip.MinimumInsuranceCover.Should().Be(InstituteCargoClauses.A);
        Incoterm.Cif.MinimumInsuranceCover.Should().Be(InstituteCargoClauses.C);
        Incoterm.Cip.MinimumInsuredPercentOfPrice.Should().Be(110);
        Incoterm.Cif.MinimumInsuredPercentOfPrice.Should().Be(110);
        Incoterm.Fob.MinimumInsuranceCover.Should().BeNull();
        Incoterm.Fob.MinimumInsuredPercentOfPrice.Should().BeNull();
    }

    [Fact]
    public void Clearance_carriage_and_unloading_follow_the_ICC_articles()
    {
        // A7/B7: the buyer clears export only under EXW; the seller clears import only under DDP.
        Incoterm.All.Where(r => r.ExportClearedBy == TradeParty.Buyer).Should().Equal(Incoterm.Exw);
        Incoterm.All.Where(r => r.ImportClearedBy == TradeParty.Seller).Should().Equal(Incoterm.Ddp);
        // A4: the seller contracts the main carriage under the C and D rules.
        Incoterm.All.Where(r => r.SellerPaysMainCarriage)
            .Should().Equal(Incoterm.Cpt, Incoterm.Cip, Incoterm.Dap, Incoterm.Dpu, Incoterm.Ddp, Incoterm.Cfr, Incoterm.Cif);
        Incoterm.All.Where(r => r.MainCarriagePaidBy == TradeParty.Buyer).Should().Equal(Incoterm.Exw, Incoterm.Fca, Incoterm.Fas, Incoterm.Fob);
        // A2/A3: only DPU delivers unloaded; risk passes at destination only under the D rules.
        Incoterm.All.Where(r => r.SellerUnloadsAtDestination).Should().Equal(Incoterm.Dpu);
        Incoterm.All.Where(r => !r.RiskPassesBeforeMainCarriage).Should().Equal(Incoterm.Dap, Incoterm.Dpu, Incoterm.Ddp);
        Incoterm.All.Where(r => r.IsSeaAndInlandWaterwayOnly).Should().Equal(Incoterm.Fas, Incoterm.Fob, Incoterm.Cfr, Incoterm.Cif);
    }

    [Theory]
    [InlineData("fob")]
    [InlineData("Fob")]
    [InlineData(" FOB ")]
    [InlineData("\tfOb\r\n")]
    [InlineData("\u00A0FOB\u2003")]  // no-break space and em space are white space for string.Trim()
    public void Parsing_ignores_case_and_surrounding_white_space(string text)
    {
        Incoterm.Parse(text).Should().BeSameAs(Incoterm.Fob);
        Incoterm.TryParse(text, out var rule).Should().BeTrue();
        rule.Should().BeSameAs(Incoterm.Fob);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("F OB")]
    [InlineData("FOBB")]
    [InlineData("FO")]
    [InlineData("C&F")]
    [InlineData("CNF")]
    [InlineData("DAT")]
    [InlineData("DDU")]
    [InlineData("\uFF26\uFF2F\uFF22")]  // full-width FOB
    [InlineData("FOB\u200B")]          // zero-width space is not white space
    [InlineData("FOB Shenzhen")]      // a named place belongs to DeliveryTerms
    public void TryParse_returns_false_and_never_throws(string? text)
    {
        Incoterm.TryParse(text, out var rule).Should().BeFalse();
        rule.Should().BeNull();
    }

    [Fact]
    public void DAT_is_refused_with_a_message_that_DPU_replaced_it()
    {
        var act = () => Incoterm.Parse("DAT");

        act.Should().Throw<FormatException>().WithMessage(
            "'DAT' is not a valid Incoterms 2020 rule: DAT (Incoterms 2010) was replaced by DPU (Delivered at Place Unloaded) in Incoterms 2020.");
    }

    [Fact]
    public void DAT_in_any_case_and_spacing_gets_the_same_explanation_and_names_the_input_as_given()
    {
        var act = () => Incoterm.Parse(" dat ");

        act.Should().Throw<FormatException>().WithMessage(
            "' dat ' is not a valid Incoterms 2020 rule: DAT (Incoterms 2010) was replaced by DPU (Delivered at Place Unloaded) in Incoterms 2020.");
    }

    [Theory]
    [InlineData("DDU", "DAP")]
    [InlineData("DAF", "DAP")]
    [InlineData("des", "DAP")]
    [InlineData("DEQ", "DPU")]
    public void Incoterms_2000_rules_are_refused_with_their_successor(string text, string successor)
    {
        var act = () => Incoterm.Parse(text);

        act.Should().Throw<FormatException>().WithMessage(
            $"'{text}' is not a valid Incoterms 2020 rule: {text.ToUpperInvariant()} (Incoterms 2000) was withdrawn in Incoterms 2010; use {successor} instead.");
    }

    [Fact]
    public void Unknown_code_is_refused_with_the_list_of_rules()
    {
        var act = () => Incoterm.Parse("FOBB");

        act.Should().Throw<FormatException>().WithMessage(
            "'FOBB' is not a valid Incoterms 2020 rule: expected one of the 11 rules EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF " +
            "(case-insensitive, surrounding white space ignored).");
    }

    [Fact]
    public void Null_is_refused_with_a_FormatException_like_every_Parse()
    {
        var act = () => Incoterm.Parse(null);

        act.Should().Throw<FormatException>()
            .WithMessage("null is not a valid Incoterms 2020 rule: the text must not be null.");
    }
}
