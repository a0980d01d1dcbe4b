using NodaTime;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;
using static SupplyChain.Domain.Tests.Procurement.PurchaseOrderFixture;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// The purchase order's commands, worked by hand on the fixture order (line 10: 400 lamps at 6.25 USD for 2026-03-20;
/// line 20: 1,000 cables at 0.85 USD for 2026-03-27).
/// </summary>
public sealed class PurchaseOrderTests
{
    [Fact]
    public void A_changed_quantity_and_date_set_the_confirmed_value_and_the_promised_date()
    {
        var order = Issued();

        // The factory rounds line 10 up to 9 cartons of 48 = 432 lamps and needs five more days; line 20 as ordered.
        order.Respond(At(2), [LineResponse.Change(10, 432, new LocalDate(2026, 3, 25)), LineResponse.Accept(20)]);

        order.Status.Should().Be(PurchaseOrderStatus.Confirmed);
        // 432 × 6.25 = 2,700.00 and 1,000 × 0.85 = 850.00: 3,550.00 USD.
        order.ConfirmedValue.Should().Be(Usd(3550m));
        // The latest promise: line 10 on 2026-03-25, line 20 on its requested 2026-03-27.
        order.PromisedDate.Should().Be(new LocalDate(2026, 3, 27));
        order.Lines.Select(l => (l.Line, l.Confirmed, l.Open)).Should().Equal((10, 432, 432), (20, 1000, 1000));
    }

    [Fact]
    public void The_confirmed_value_is_exact_and_not_rounded_to_cents()
    {
        // 7 × 0.125 = 0.875 USD: a fraction of a cent stays (the reference family's rule).
        var order = new PurchaseOrder(new OrderId("PO-X"), new PartyId("S"), new PartyId("F"), [new PurchaseOrderLine(1, new Sku("BEAD"), 7, Usd(0.125m), LampDate)], T0);
        order.Issue(At(1));
        order.Respond(At(2), [LineResponse.Accept(1)]);

        order.ConfirmedValue.Amount.Should().Be(0.875m);
    }

    [Fact]
    public void A_line_may_be_despatched_up_to_its_confirmed_quantity_plus_the_tolerance_and_no_further()
    {
        // 400 confirmed at 2.5 %: 400 × 1.025 = 410 units in all.
        var order = Confirmed(tolerancePercent: 2.5m);
        order.Despatch(At(3), [Despatch(10, 300)]);
        order.Despatch(At(4), [Despatch(10, 110)]);
        order.Lines[0].Despatched.Should().Be(410);
        order.Lines[0].Open.Should().Be(0, "open is max(0, confirmed − despatched)");

        var refusal = FluentActions.Invoking(() => order.Despatch(At(5), [Despatch(10, 1)])).Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be(DomainRules.ProcurementDespatchWithinTolerance);
        refusal.Message.Should().Be("Despatching 1 units of line 10 of order PO-2026-001 would make 411 despatched, more than its 400 confirmed with 2.5 % over-delivery tolerance allow (410).");
    }

    [Fact]
    public void Ninety_five_confirmed_at_five_percent_allow_ninety_nine_units()
    {
        // README: 95 × 1.05 = 99.75, so at most 99 whole units.
        var order = Issued(tolerancePercent: 5m);
        order.Respond(At(2), [LineResponse.Change(10, 95, null), LineResponse.Reject(20)]);

        FluentActions.Invoking(() => order.Despatch(At(3), [Despatch(10, 100)])).Should().Throw<DomainRuleException>();
        order.Despatch(At(3), [Despatch(10, 99)]);
        order.Status.Should().Be(PurchaseOrderStatus.Despatched, "the rejected line does not hold back despatched");
    }

    [Fact]
    public void A_rejected_line_cannot_be_despatched()
    {
        var order = Issued();
        order.Respond(At(2), [LineResponse.Accept(10), LineResponse.Reject(20)]);

        FluentActions.Invoking(() => order.Despatch(At(3), [Despatch(20, 1)])).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.ProcurementDespatchWithinTolerance);
        order.Lines[1].Should().Match<PurchaseOrderLineState>(l => l.Confirmed == 0 && l.PromisedDate == null && l.Answer == LineResponseAction.Reject);
    }

    [Fact]
    public void Rejecting_every_line_is_final()
    {
        var order = Issued();
        order.Respond(At(2), [LineResponse.Reject(10), LineResponse.Reject(20)]);

        order.Status.Should().Be(PurchaseOrderStatus.Rejected);
        order.ConfirmedValue.Should().Be(Usd(0m));
        order.PromisedDate.Should().BeNull();
        FluentActions.Invoking(() => order.Cancel(At(3))).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.ProcurementCommandAllowedInStatus);
    }

    [Fact]
    public void Receiving_part_of_the_goods_then_closing_is_a_short_close()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(10, 400), Despatch(20, 600)]);
        order.Receive(At(4), [Receipt(10, 400, damaged: 3), Receipt(20, 550)]);
        order.Status.Should().Be(PurchaseOrderStatus.PartiallyReceived);

        var closed = order.Close(At(5));

        closed.ShortClosed.Should().BeTrue("line 20 received 550 of 1,000 confirmed");
        order.Status.Should().Be(PurchaseOrderStatus.Closed);
        order.Lines.Select(l => (l.Despatched, l.Received, l.Damaged, l.Open)).Should().Equal((400, 400, 3, 0), (600, 550, 0, 0));
        FluentActions.Invoking(() => order.Receive(At(6), [Receipt(20, 50)])).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.ProcurementCommandAllowedInStatus, "what was in transit will not be received on a closed order");
    }

    [Fact]
    public void Closing_a_fully_received_order_completes_it()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(10, 400), Despatch(20, 1000)]);
        order.Receive(At(4), [Receipt(10, 400), Receipt(20, 1000, damaged: 1000)]);

        order.Status.Should().Be(PurchaseOrderStatus.Received, "damaged units count as received");
        order.Close(At(5)).ShortClosed.Should().BeFalse();
    }

    [Fact]
    public void A_receipt_moves_the_status_to_receiving_even_while_other_lines_are_not_despatched()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(20, 1000)]);
        order.Receive(At(4), [Receipt(20, 10)]);

        order.Status.Should().Be(PurchaseOrderStatus.PartiallyReceived);
        FluentActions.Invoking(() => order.Cancel(At(5))).Should().Throw<DomainRuleException>("cancel is only possible before a despatch");
    }

    [Fact]
    public void Receiving_more_than_was_despatched_is_refused()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(10, 100)]);
        order.Receive(At(4), [Receipt(10, 60)]);

        var refusal = FluentActions.Invoking(() => order.Receive(At(5), [Receipt(10, 41)])).Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be(DomainRules.ProcurementReceiptWithinDespatched);
        refusal.Message.Should().Be("Receiving 41 units of line 10 of order PO-2026-001 would make 101 received, more than the 100 despatched.");
    }

    [Fact]
    public void A_refused_command_changes_nothing_not_even_its_valid_lines()
    {
        var order = Confirmed();
        var version = order.Version;

        // Line 10 fits, line 20 (1,001 of 1,000 at 0 %) does not: the despatch is refused as a whole.
        FluentActions.Invoking(() => order.Despatch(At(3), [Despatch(10, 5), Despatch(20, 1001)])).Should().Throw<DomainRuleException>();

        order.Version.Should().Be(version);
        order.Lines.Select(l => l.Despatched).Should().Equal(0, 0);
        order.Status.Should().Be(PurchaseOrderStatus.Confirmed);
        order.LastChangedAt.Should().Be(At(2), "the refused command's instant is not recorded");
    }

    [Fact]
    public void Commands_are_recorded_in_time_order_and_the_same_instant_is_fine()
    {
        var order = Issued();
        order.Respond(At(1), [LineResponse.Accept(10), LineResponse.Accept(20)]);

        var refusal = FluentActions.Invoking(() => order.Cancel(At(0))).Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be(DomainRules.ProcurementCommandsInTimeOrder);
        refusal.Message.Should().Be("Cancel at 2026-02-02T08:00:00Z is refused: order PO-2026-001 last changed at 2026-02-02T09:00:00Z, and commands are recorded in time order.");
    }

    [Fact]
    public void A_response_must_answer_each_line_exactly_once()
    {
        var order = Issued();

        FluentActions.Invoking(() => order.Respond(At(2), [LineResponse.Accept(10), LineResponse.Accept(10)])).Should().Throw<DomainRuleException>()
            .Which.Message.Should().Be("The response to order PO-2026-001 must answer each of its lines (10, 20) exactly once, but answered 10, 10.");
        FluentActions.Invoking(() => order.Respond(At(2), [LineResponse.Accept(10), LineResponse.Accept(20), LineResponse.Reject(30)])).Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRules.ProcurementResponseAnswersEveryLine);
        order.Status.Should().Be(PurchaseOrderStatus.Issued);
    }

    [Fact]
    public void The_status_table_refuses_commands_out_of_turn()
    {
        var draft = Draft();
        FluentActions.Invoking(() => draft.Respond(At(1), [LineResponse.Accept(10), LineResponse.Accept(20)])).Should().Throw<DomainRuleException>()
            .Which.Message.Should().Be("Respond is refused: order PO-2026-001 is Draft, which accepts Issue, Cancel.");
        FluentActions.Invoking(() => draft.Close(At(1))).Should().Throw<DomainRuleException>();

        var issued = Issued();
        FluentActions.Invoking(() => issued.Issue(At(2))).Should().Throw<DomainRuleException>("a second ISSUE is refused by the status table");
        issued.Cancel(At(2)).Version.Should().Be(3);
        FluentActions.Invoking(() => issued.Cancel(At(3))).Should().Throw<DomainRuleException>("cancelled is final");
    }

    [Fact]
    public void Two_identical_despatches_are_two_despatches()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(20, 300)]);
        order.Despatch(At(3), [Despatch(20, 300)]);

        order.Lines[1].Despatched.Should().Be(600);
        order.Version.Should().Be(5, "draft, issue, respond and two despatches");
    }

    [Fact]
    public void Every_accepted_command_appends_its_event_with_the_next_version()
    {
        var order = Confirmed();
        var despatched = order.Despatch(At(3), [Despatch(10, 400)]);

        order.History.Select(e => e.GetType().Name).Should().Equal("PurchaseOrderDrafted", "PurchaseOrderIssued", "PurchaseOrderResponded", "PurchaseOrderDespatched");
        order.History.Select(e => e.Version).Should().Equal(1, 2, 3, 4);
        despatched.Should().Be(new PurchaseOrderDespatched(new OrderId("PO-2026-001"), 4, At(3), [Despatch(10, 400)]), "events compare by value, lines item by item");
        despatched.Should().NotBe(new PurchaseOrderDespatched(new OrderId("PO-2026-001"), 4, At(3), [Despatch(10, 399)]));
    }

    [Fact]
    public void Rebuilding_from_the_history_gives_the_same_order()
    {
        var order = Confirmed(tolerancePercent: 5m);
        order.Despatch(At(3), [Despatch(10, 420), Despatch(20, 500)]);
        order.Receive(At(4), [Receipt(10, 420, damaged: 2)]);

        var rebuilt = PurchaseOrder.Rebuild(order.History);

        rebuilt.Should().NotBeSameAs(order);
        rebuilt.History.Should().Equal(order.History);
        rebuilt.Lines.Should().Equal(order.Lines);
        rebuilt.Status.Should().Be(PurchaseOrderStatus.PartiallyReceived);
        rebuilt.OverDeliveryTolerancePercent.Should().Be(5m);
    }

    [Fact]
    public void A_history_that_does_not_follow_is_refused()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(10, 400)]);
        var history = order.History.ToList();

        FluentActions.Invoking(() => PurchaseOrder.Rebuild([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PurchaseOrder.Rebuild(history.Skip(1))).Should().Throw<ArgumentException>().WithMessage("*starts with its PurchaseOrderDrafted*");
        FluentActions.Invoking(() => PurchaseOrder.Rebuild([history[0], history[2]])).Should().Throw<ArgumentException>().WithMessage("*expected version 2*");
        FluentActions.Invoking(() => PurchaseOrder.Rebuild([.. history, new PurchaseOrderDespatched(order.Id, 5, At(4), [Despatch(10, 1)])]))
            .Should().Throw<ArgumentException>().WithInnerException<DomainRuleException>().Which.Rule.Should().Be(DomainRules.ProcurementDespatchWithinTolerance);
        FluentActions.Invoking(() => PurchaseOrder.Rebuild([.. history.Take(3), new PurchaseOrderClosed(order.Id, 4, At(4), shortClosed: true)]))
            .Should().Throw<ArgumentException>().WithInnerException<DomainRuleException>();
        FluentActions.Invoking(() => PurchaseOrder.Rebuild([.. history, new PurchaseOrderIssued(new OrderId("PO-OTHER"), 5, At(4))]))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_close_event_that_says_the_wrong_kind_of_close_does_not_follow()
    {
        var order = Confirmed();
        order.Despatch(At(3), [Despatch(10, 400), Despatch(20, 1000)]);
        order.Receive(At(4), [Receipt(10, 400), Receipt(20, 1000)]);

        // Everything was received, so the close is complete; a history claiming a short close is not this order's.
        FluentActions.Invoking(() => PurchaseOrder.Rebuild([.. order.History, new PurchaseOrderClosed(order.Id, 6, At(5), shortClosed: true)]))
            .Should().Throw<ArgumentException>().WithMessage("*replaying it records*");
    }

    [Fact]
    public void A_draft_is_checked()
    {
        var lamp = Lines()[0];
        FluentActions.Invoking(() => new PurchaseOrder(new OrderId("P"), new PartyId("S"), new PartyId("F"), [], T0)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new PurchaseOrder(new OrderId("P"), new PartyId("S"), new PartyId("F"), [lamp, lamp], T0))
            .Should().Throw<ArgumentException>().WithMessage("lines lists 10 more than once.*");
        FluentActions.Invoking(() => new PurchaseOrder(new OrderId("P"), new PartyId("S"), new PartyId("F"), Lines(), T0, -0.1m))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("overDeliveryTolerancePercent");
        FluentActions.Invoking(() => new PurchaseOrder(new OrderId("P"), new PartyId("S"), new PartyId("F"), Lines(), T0, 100.5m))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PurchaseOrder(new OrderId("P"), new PartyId("S"), new PartyId("F"),
                [lamp, new PurchaseOrderLine(20, new Sku("CABLE-1M"), 1000, new Money(6m, Currency.CNY), CableDate)], T0))
            .Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRules.MoneySameCurrency);
    }

    [Fact]
    public void Despatch_and_receipt_lines_are_checked_before_the_order_sees_them()
    {
        var order = Confirmed();
        FluentActions.Invoking(() => order.Despatch(At(3), [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => order.Despatch(At(3), [Despatch(10, 1), Despatch(10, 2)])).Should().Throw<ArgumentException>().WithMessage("lines lists 10 more than once.*");
        FluentActions.Invoking(() => Despatch(10, 0)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("Quantity");
        FluentActions.Invoking(() => Receipt(10, 3, damaged: 4)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ReceiptLine { Damaged = 4, Quantity = 3, Line = 10 }).Should().Throw<ArgumentOutOfRangeException>("the check holds whatever order the properties are set in");
        FluentActions.Invoking(() => Receipt(10, 3) with { Damaged = 4 }).Should().Throw<ArgumentOutOfRangeException>("a copy cannot break it either");
        order.Version.Should().Be(3);
    }

    [Fact]
    public void A_response_line_has_the_shape_of_its_action()
    {
        FluentActions.Invoking(() => new LineResponse(10, LineResponseAction.Accept, quantity: 5)).Should().Throw<ArgumentException>()
            .WithMessage("An answer 'Accept' to line 10 carries neither a quantity nor a promised date; only a change does.*");
        FluentActions.Invoking(() => new LineResponse(10, LineResponseAction.Reject, promisedDate: LampDate)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new LineResponse(10, LineResponseAction.Change)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LineResponse.Change(10, 0, null)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LineResponse(10, (LineResponseAction)4)).Should().Throw<ArgumentOutOfRangeException>();
        LineResponse.Change(10, null, LampDate).Quantity.Should().BeNull("an absent quantity keeps the ordered one");
    }
}
