using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// A purchase order from a buyer to a supplier (a seller to its factory; the platform to a seller in mode 2), as an
/// aggregate that follows the GS1 EANCOM message flow: <see cref="Issue"/> (ORDERS), <see cref="Respond"/> (ORDRSP,
/// one answer per line), <see cref="Despatch"/> (DESADV), <see cref="Receive"/> (RECADV), then <see cref="Close"/>, or
/// <see cref="Cancel"/> before anything is despatched.
/// </summary>
/// <remarks>
/// <para>
/// Each command is checked in three steps, and refused as a whole when one fails (a <see cref="DomainRuleException"/>
/// whose rule says which; the order is exactly as before): its instant is not earlier than the order's last change
/// (<see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); the status allows it
/// (<see cref="DomainRules.ProcurementCommandAllowedInStatus"/>: issue from draft; respond from issued; despatch from
/// confirmed and the despatching and receiving statuses; receive from the despatching and receiving statuses; cancel from
/// draft, issued and confirmed; close from the receiving statuses); and its lines fit the order
/// (<see cref="DomainRules.ProcurementResponseAnswersEveryLine"/>, <see cref="DomainRules.ProcurementLineOnOrder"/>,
/// <see cref="DomainRules.ProcurementDespatchWithinTolerance"/>, <see cref="DomainRules.ProcurementReceiptWithinDespatched"/>).
/// A line may be despatched up to its confirmed quantity × (1 + <see cref="OverDeliveryTolerancePercent"/> / 100),
/// compared exactly (95 confirmed at 5 % allows 99.75, so 99 units); a line may be received up to what was despatched.
/// </para>
/// <para>
/// The status is derived (<see cref="Status"/>), as are the line states, the confirmed value and the promised date.
/// Each accepted command returns its event and appends it to <see cref="History"/>; <see cref="Rebuild"/> replays a
/// history into an order with the same state and the same history. The commands carry no message numbers: two identical
/// despatches that both pass the checks are two despatches.
/// </para>
/// <para>
/// Orders compare by reference: an order is an aggregate with an identity and a history; compare
/// <see cref="History"/> to compare what happened to two orders.
/// </para>
/// </remarks>
public sealed class PurchaseOrder
{
    /// <summary>The largest over-delivery tolerance accepted, in percent: a line may be despatched at most twice over.</summary>
    public const decimal MaxOverDeliveryTolerancePercent = 100m;

    private readonly List<PurchaseOrderEvent> _history = [];
    private readonly PurchaseOrderLine[] _lines;
    private readonly Dictionary<int, int> _positions;
    private readonly LineResponseAction?[] _answers;
    private readonly int[] _confirmed;
    private readonly LocalDate?[] _promised;
    private readonly int[] _despatched;
    private readonly int[] _received;
    private readonly int[] _damaged;
    private bool _issued;
    private bool _responded;
    private bool _cancelled;
    private bool _closed;

    /// <summary>Drafts an order; nothing is sent until <see cref="Issue"/>. The draft is the first event of the history.</summary>
    /// <param name="id">The order's id.</param>
    /// <param name="buyer">The party that orders.</param>
    /// <param name="supplier">The party that delivers.</param>
    /// <param name="lines">At least one line, line numbers unique, all prices in one currency.</param>
    /// <param name="draftedAt">When the order was written; no later command may be earlier.</param>
    /// <param name="overDeliveryTolerancePercent">How far above its confirmed quantity a line may be despatched: 0 to <see cref="MaxOverDeliveryTolerancePercent"/> percent.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="lines"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or repeats a line number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overDeliveryTolerancePercent"/> is outside 0 to <see cref="MaxOverDeliveryTolerancePercent"/>.</exception>
    /// <exception cref="DomainRuleException">The lines are priced in more than one currency (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public PurchaseOrder(OrderId id, PartyId buyer, PartyId supplier, IEnumerable<PurchaseOrderLine> lines, Instant draftedAt, decimal overDeliveryTolerancePercent = 0m)
        : this(new PurchaseOrderDrafted(Guard.NotNull(id), draftedAt, Guard.NotNull(buyer), Guard.NotNull(supplier), Guard.CopyItems(lines, requireOne: true), overDeliveryTolerancePercent))
    {
    }

    private PurchaseOrder(PurchaseOrderDrafted drafted)
    {
        if (drafted.Lines.Count == 0)
        {
            throw Guard.Refused(Guard.Format(ErrorMessages.MustHaveAtLeastOneItem, "lines"), "lines");
        }

        Guard.Distinct(drafted.Lines, l => l.Line, "lines");
        var first = drafted.Lines[0];
        foreach (var line in drafted.Lines.Where(l => l.UnitPrice.Currency != first.UnitPrice.Currency).Take(1))
        {
            throw new DomainRuleException(
                DomainRules.MoneySameCurrency,
                Guard.Format(ErrorMessages.OrderLinesMixCurrencies, line.Line, line.UnitPrice.Currency, first.Line, first.UnitPrice.Currency));
        }

        var tolerance = drafted.OverDeliveryTolerancePercent;
        if (tolerance is < 0m or > MaxOverDeliveryTolerancePercent)
        {
            throw Guard.OutOfRange(
                tolerance, Guard.Format(ErrorMessages.ToleranceOutOfRange, "overDeliveryTolerancePercent", MaxOverDeliveryTolerancePercent, tolerance), "overDeliveryTolerancePercent");
        }

        Id = drafted.OrderId;
        Buyer = drafted.Buyer;
        Supplier = drafted.Supplier;
        OverDeliveryTolerancePercent = tolerance;
        Currency = first.UnitPrice.Currency;
        _lines = [.. drafted.Lines];
        _positions = _lines.Select((l, i) => (l.Line, i)).ToDictionary(p => p.Line, p => p.i);
        _answers = new LineResponseAction?[_lines.Length];
        _confirmed = new int[_lines.Length];
        _promised = new LocalDate?[_lines.Length];
        _despatched = new int[_lines.Length];
        _received = new int[_lines.Length];
        _damaged = new int[_lines.Length];
        _history.Add(drafted);
    }

    /// <summary>The order's id.</summary>
    public OrderId Id { get; }

    /// <summary>The party that orders.</summary>
    public PartyId Buyer { get; }

    /// <summary>The party that delivers.</summary>
    public PartyId Supplier { get; }

    /// <summary>How far above its confirmed quantity a line may be despatched, in percent.</summary>
    public decimal OverDeliveryTolerancePercent { get; }

    /// <summary>The currency of every price on the order.</summary>
    public Currency Currency { get; }

    /// <summary>The events of the commands the order accepted, oldest first, starting with the draft.</summary>
    public IReadOnlyList<PurchaseOrderEvent> History => _history.AsReadOnly();

    /// <summary>The order's version: the number of events in <see cref="History"/> (1 for a draft).</summary>
    public int Version => _history.Count;

    /// <summary>The instant of the last accepted command (the draft's at first).</summary>
    public Instant LastChangedAt => _history[^1].At;

    /// <summary>Where the order stands, derived from the accepted commands (see <see cref="PurchaseOrderStatus"/>).</summary>
    public PurchaseOrderStatus Status
    {
        get
        {
            if (_cancelled)
            {
                return PurchaseOrderStatus.Cancelled;
            }

            if (_closed)
            {
                return PurchaseOrderStatus.Closed;
            }

            if (!_issued)
            {
                return PurchaseOrderStatus.Draft;
            }

            if (!_responded)
            {
                return PurchaseOrderStatus.Issued;
            }

            if (_confirmed.All(c => c == 0))
            {
                return PurchaseOrderStatus.Rejected;
            }

            if (_received.Any(r => r > 0))
            {
                return EveryAcceptedLineReaches(_received) ? PurchaseOrderStatus.Received : PurchaseOrderStatus.PartiallyReceived;
            }

            if (_despatched.Any(d => d > 0))
            {
                return EveryAcceptedLineReaches(_despatched) ? PurchaseOrderStatus.Despatched : PurchaseOrderStatus.PartiallyDespatched;
            }

            return PurchaseOrderStatus.Confirmed;
        }
    }

    /// <summary>Every line's state, in the order the lines were written.</summary>
    public IReadOnlyList<PurchaseOrderLineState> Lines =>
        [.. _lines.Select((line, i) => new PurchaseOrderLineState(line, _answers[i], _confirmed[i], _promised[i], _despatched[i], _received[i], _damaged[i], _cancelled || _closed))];

    /// <summary>
    /// Σ confirmed × unit price over the lines, exact (not rounded to minor units): zero before the response and when
    /// every line is rejected. Cancelling or closing does not change it.
    /// </summary>
    public Money ConfirmedValue
    {
        get
        {
            var total = 0m;
            for (var i = 0; i < _lines.Length; i++)
            {
                total += _confirmed[i] * _lines[i].UnitPrice.Amount;
            }

            return new Money(total, Currency);
        }
    }

    /// <summary>
    /// The latest date promised among the lines with a confirmed quantity, or null before the response and when every
    /// line is rejected. Cancelling or closing does not change it.
    /// </summary>
    public LocalDate? PromisedDate
    {
        get
        {
            LocalDate? latest = null;
            for (var i = 0; i < _lines.Length; i++)
            {
                if (_confirmed[i] > 0 && _promised[i] is { } d && (latest is null || d > latest))
                {
                    latest = d;
                }
            }

            return latest;
        }
    }

    /// <summary>Sends the order to the supplier (EANCOM ORDERS).</summary>
    /// <param name="at">When the order was sent.</param>
    /// <returns>The event appended to <see cref="History"/>, with the order's new version.</returns>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order is not a draft (rule <see cref="DomainRules.ProcurementCommandAllowedInStatus"/>); nothing changes.</exception>
    public PurchaseOrderIssued Issue(Instant at)
    {
        Check(nameof(Issue), at, PurchaseOrderStatus.Draft);
        _issued = true;
        return Append(new PurchaseOrderIssued(Id, Version + 1, at));
    }

    /// <summary>
    /// Records the supplier's response (EANCOM ORDRSP): one answer for every order line. An accept confirms the ordered
    /// quantity for the requested date; a change confirms its quantity and date (what it does not carry stays as
    /// ordered); a reject confirms nothing.
    /// </summary>
    /// <param name="at">When the response came.</param>
    /// <param name="answers">One answer per order line, each line exactly once, in any order.</param>
    /// <returns>The event appended to <see cref="History"/>, with the order's new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null or holds null.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order is not issued, or already answered (rule <see cref="DomainRules.ProcurementCommandAllowedInStatus"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The answers miss, repeat or add a line (rule <see cref="DomainRules.ProcurementResponseAnswersEveryLine"/>); nothing changes.</exception>
    public PurchaseOrderResponded Respond(Instant at, IEnumerable<LineResponse> answers)
    {
        var given = Guard.CopyItems(answers, requireOne: false);
        Check(nameof(Respond), at, PurchaseOrderStatus.Issued);
        var answered = given.Select(a => a.Line).Order().ToList();
        if (!answered.SequenceEqual(_lines.Select(l => l.Line).Order()))
        {
            throw new DomainRuleException(
                DomainRules.ProcurementResponseAnswersEveryLine,
                Guard.Format(ErrorMessages.ResponseMustAnswerEveryLine, Id, LineNumbers(), answered.Count == 0 ? "none" : string.Join(", ", answered)));
        }

        foreach (var answer in given)
        {
            var i = _positions[answer.Line];
            var ordered = _lines[i];
            _answers[i] = answer.Action;
            (_confirmed[i], _promised[i]) = answer.Action switch
            {
                LineResponseAction.Accept => (ordered.Quantity, ordered.RequestedDate),
                LineResponseAction.Change => (answer.Quantity ?? ordered.Quantity, answer.PromisedDate ?? ordered.RequestedDate),
                _ => (0, (LocalDate?)null),
            };
        }

        _responded = true;
        return Append(new PurchaseOrderResponded(Id, Version + 1, at, given));
    }

    /// <summary>
    /// Records units shipped by the supplier (EANCOM DESADV). Each line may be despatched, over every despatch, up to its
    /// confirmed quantity × (1 + <see cref="OverDeliveryTolerancePercent"/> / 100); a rejected line not at all.
    /// </summary>
    /// <param name="at">When the goods were despatched.</param>
    /// <param name="lines">At least one line, each order line at most once.</param>
    /// <returns>The event appended to <see cref="History"/>, with the order's new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or names a line twice.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">The order is not confirmed, despatching or receiving (rule <see cref="DomainRules.ProcurementCommandAllowedInStatus"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A line is not on the order (rule <see cref="DomainRules.ProcurementLineOnOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A line would exceed its confirmed quantity plus the tolerance (rule <see cref="DomainRules.ProcurementDespatchWithinTolerance"/>); nothing changes.</exception>
    public PurchaseOrderDespatched Despatch(Instant at, IEnumerable<DespatchLine> lines)
    {
        var given = CommandLines(lines, l => l.Line);
        Check(nameof(Despatch), at, PurchaseOrderStatus.Confirmed, PurchaseOrderStatus.PartiallyDespatched, PurchaseOrderStatus.Despatched, PurchaseOrderStatus.PartiallyReceived, PurchaseOrderStatus.Received);
        var positions = Positions(given, l => l.Line);
        var factor = 1m + (OverDeliveryTolerancePercent / 100m);
        for (var k = 0; k < given.Count; k++)
        {
            var i = positions[k];
            var after = (long)_despatched[i] + given[k].Quantity;
            var allowed = _confirmed[i] * factor;
            if (after > allowed || after > int.MaxValue)
            {
                throw new DomainRuleException(
                    DomainRules.ProcurementDespatchWithinTolerance,
                    Guard.Format(ErrorMessages.DespatchAboveTolerance, given[k].Quantity, given[k].Line, Id, after, _confirmed[i], InvariantText.Number(OverDeliveryTolerancePercent), InvariantText.Number(allowed)));
            }
        }

        for (var k = 0; k < given.Count; k++)
        {
            _despatched[positions[k]] += given[k].Quantity;
        }

        return Append(new PurchaseOrderDespatched(Id, Version + 1, at, given));
    }

    /// <summary>
    /// Records units counted in by the buyer (EANCOM RECADV), damaged ones among them. Each line may be received, over
    /// every receipt, up to what was despatched on it.
    /// </summary>
    /// <param name="at">When the goods were received.</param>
    /// <param name="lines">At least one line, each order line at most once.</param>
    /// <returns>The event appended to <see cref="History"/>, with the order's new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty or names a line twice.</exception>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">Nothing has been despatched, or the order is closed (rule <see cref="DomainRules.ProcurementCommandAllowedInStatus"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A line is not on the order (rule <see cref="DomainRules.ProcurementLineOnOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">A line would receive more than was despatched on it (rule <see cref="DomainRules.ProcurementReceiptWithinDespatched"/>); nothing changes.</exception>
    public PurchaseOrderReceived Receive(Instant at, IEnumerable<ReceiptLine> lines)
    {
        var given = CommandLines(lines, l => l.Line);
        Check(nameof(Receive), at, PurchaseOrderStatus.PartiallyDespatched, PurchaseOrderStatus.Despatched, PurchaseOrderStatus.PartiallyReceived, PurchaseOrderStatus.Received);
        var positions = Positions(given, l => l.Line);
        for (var k = 0; k < given.Count; k++)
        {
            var i = positions[k];
            var after = (long)_received[i] + given[k].Quantity;
            if (after > _despatched[i])
            {
                throw new DomainRuleException(
                    DomainRules.ProcurementReceiptWithinDespatched,
                    Guard.Format(ErrorMessages.ReceiptAboveDespatched, given[k].Quantity, given[k].Line, Id, after, _despatched[i]));
            }
        }

        for (var k = 0; k < given.Count; k++)
        {
            _received[positions[k]] += given[k].Quantity;
            _damaged[positions[k]] += given[k].Damaged;
        }

        return Append(new PurchaseOrderReceived(Id, Version + 1, at, given));
    }

    /// <summary>Cancels the order: possible from draft, issued or confirmed, before anything is despatched. Final.</summary>
    /// <param name="at">When the order was cancelled.</param>
    /// <returns>The event appended to <see cref="History"/>, with the order's new version.</returns>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">Something was despatched, or the order is rejected, cancelled or closed (rule <see cref="DomainRules.ProcurementCommandAllowedInStatus"/>); nothing changes.</exception>
    public PurchaseOrderCancelled Cancel(Instant at)
    {
        Check(nameof(Cancel), at, PurchaseOrderStatus.Draft, PurchaseOrderStatus.Issued, PurchaseOrderStatus.Confirmed);
        _cancelled = true;
        return Append(new PurchaseOrderCancelled(Id, Version + 1, at));
    }

    /// <summary>
    /// Closes the order after a receipt: from received it completes the order; from partially received it short-closes it
    /// (what is still open or in transit will not be received on this order). Final.
    /// </summary>
    /// <param name="at">When the order was closed.</param>
    /// <returns>The event recorded; <see cref="PurchaseOrderClosed.ShortClosed"/> says which kind of close it was.</returns>
    /// <exception cref="DomainRuleException"><paramref name="at"/> is before the last change (rule <see cref="DomainRules.ProcurementCommandsInTimeOrder"/>); nothing changes.</exception>
    /// <exception cref="DomainRuleException">Nothing has been received, or the order is already final (rule <see cref="DomainRules.ProcurementCommandAllowedInStatus"/>); nothing changes.</exception>
    public PurchaseOrderClosed Close(Instant at)
    {
        var status = Check(nameof(Close), at, PurchaseOrderStatus.PartiallyReceived, PurchaseOrderStatus.Received);
        _closed = true;
        return Append(new PurchaseOrderClosed(Id, Version + 1, at, shortClosed: status == PurchaseOrderStatus.PartiallyReceived));
    }

    /// <summary>
    /// Rebuilds an order from its history: the draft, then every event in version order, each replayed as the command it
    /// records. The result has the same state and an equal <see cref="History"/>.
    /// </summary>
    /// <param name="history">The events, oldest first: a <see cref="PurchaseOrderDrafted"/> of version 1, then versions 2, 3, … of the same order.</param>
    /// <returns>A new order in the state the history leads to, with an equal history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">The history is empty, or does not start with a draft of version 1.</exception>
    /// <exception cref="ArgumentException">An event belongs to another order or has a version out of sequence.</exception>
    /// <exception cref="ArgumentException">An event records a command the order refuses at that point (the refusal is the inner exception), or records it differently.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft's tolerance is outside 0 to <see cref="MaxOverDeliveryTolerancePercent"/>.</exception>
    /// <exception cref="DomainRuleException">The draft's lines are priced in more than one currency (rule <see cref="DomainRules.MoneySameCurrency"/>).</exception>
    public static PurchaseOrder Rebuild(IEnumerable<PurchaseOrderEvent> history)
    {
        var events = Guard.CopyItems(history, requireOne: false);
        if (events.Count == 0)
        {
            throw new ArgumentException(ErrorMessages.HistoryEmpty, nameof(history));
        }

        if (events[0] is not PurchaseOrderDrafted drafted || drafted.Version != 1)
        {
            throw new ArgumentException(Guard.Format(ErrorMessages.HistoryMustStartWithDraft, events[0]), nameof(history));
        }

        var order = new PurchaseOrder(drafted);
        for (var k = 1; k < events.Count; k++)
        {
            var given = events[k];
            PurchaseOrderEvent replayed;
            try
            {
                if (given.OrderId != order.Id || given.Version != order.Version + 1)
                {
                    throw new ArgumentException(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, given, $"expected version {order.Version + 1} of order {order.Id}"), nameof(history));
                }

                replayed = order.Replay(given);
            }
            catch (DomainRuleException refusal)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, given, refusal.Message), nameof(history), refusal);
            }

            if (!replayed.Equals(given))
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, k, given, $"replaying it records {replayed}"), nameof(history));
            }
        }

        return order;
    }

    /// <summary>The order as text, e.g. <c>PO-1 (Confirmed, 3 lines, 994.625 USD)</c>.</summary>
    /// <returns>The id, status, number of lines and confirmed value.</returns>
    public override string ToString() => $"{Id} ({Status}, {_lines.Length} lines, {ConfirmedValue})";

    private PurchaseOrderEvent Replay(PurchaseOrderEvent given) => given switch
    {
        PurchaseOrderIssued => Issue(given.At),
        PurchaseOrderResponded e => Respond(e.At, e.Lines),
        PurchaseOrderDespatched e => Despatch(e.At, e.Lines),
        PurchaseOrderReceived e => Receive(e.At, e.Lines),
        PurchaseOrderCancelled => Cancel(given.At),
        PurchaseOrderClosed => Close(given.At),
        _ => throw Guard.Refused(Guard.Format(ErrorMessages.HistoryEventDoesNotFollow, given.Version - 1, given, "a second draft"), "history"),
    };

    private PurchaseOrderStatus Check(string command, Instant at, params PurchaseOrderStatus[] allowed)
    {
        if (at < LastChangedAt)
        {
            throw new DomainRuleException(
                DomainRules.ProcurementCommandsInTimeOrder,
                Guard.Format(ErrorMessages.CommandBeforeLastAccepted, command, InstantPattern.General.Format(at), Id, InstantPattern.General.Format(LastChangedAt)));
        }

        var status = Status;
        if (!allowed.Contains(status))
        {
            throw new DomainRuleException(
                DomainRules.ProcurementCommandAllowedInStatus,
                Guard.Format(ErrorMessages.CommandNotAllowedInStatus, command, Id, status, string.Join(", ", Accepting(status))));
        }

        return status;
    }

    private static IEnumerable<string> Accepting(PurchaseOrderStatus status) => status switch
    {
        PurchaseOrderStatus.Draft => [nameof(Issue), nameof(Cancel)],
        PurchaseOrderStatus.Issued => [nameof(Respond), nameof(Cancel)],
        PurchaseOrderStatus.Confirmed => [nameof(Despatch), nameof(Cancel)],
        PurchaseOrderStatus.PartiallyDespatched or PurchaseOrderStatus.Despatched => [nameof(Despatch), nameof(Receive)],
        PurchaseOrderStatus.PartiallyReceived or PurchaseOrderStatus.Received => [nameof(Despatch), nameof(Receive), nameof(Close)],
        _ => ["no command (it is final)"],
    };

    private static List<T> CommandLines<T>(IEnumerable<T>? lines, Func<T, int> line)
    {
        var given = Guard.CopyItems(lines, requireOne: true, nameof(lines));
        Guard.Distinct(given, line, nameof(lines));
        return given;
    }

    private int[] Positions<T>(List<T> given, Func<T, int> line)
    {
        var positions = new int[given.Count];
        for (var k = 0; k < given.Count; k++)
        {
            if (!_positions.TryGetValue(line(given[k]), out positions[k]))
            {
                throw new DomainRuleException(DomainRules.ProcurementLineOnOrder, Guard.Format(ErrorMessages.LineNotOnOrder, line(given[k]), Id, LineNumbers()));
            }
        }

        return positions;
    }

    private bool EveryAcceptedLineReaches(int[] counts)
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            if (_confirmed[i] > 0 && counts[i] < _confirmed[i])
            {
                return false;
            }
        }

        return true;
    }

    private string LineNumbers() => string.Join(", ", _lines.Select(l => l.Line));

    private T Append<T>(T e)
        where T : PurchaseOrderEvent
    {
        _history.Add(e);
        return e;
    }
}
