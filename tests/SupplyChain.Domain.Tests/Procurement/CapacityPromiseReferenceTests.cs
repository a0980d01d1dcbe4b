using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupplyChain.Domain.Identifiers;
using SupplyChain.Domain.Parties;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Tests.Reference;

namespace SupplyChain.Domain.Tests.Procurement;

/// <summary>
/// The <c>capacity-promise</c> reference cases (Reference/Data/domain/README.md, "capacity-promise.json"): one generic
/// mapping. The library's objects are built in the README's order of refusals (capacity and finishing days, then the
/// bookings, then the shares), every booking but the last is booked in arrival order, the last is quoted and then
/// booked, and the plan is compared with every assertion. A refusal is told apart by the exception's type and
/// <see cref="ArgumentException.ParamName"/>, never by its message.
/// </summary>
public sealed class CapacityPromiseReferenceTests
{
    private static readonly FacilityId Factory = new("FACTORY");

    public static TheoryData<ReferenceCase> Cases => ReferenceCases.Domain("capacity-promise");

    [Theory, Trait("Family", "capacity-promise"), MemberData(nameof(Cases))]
    public void Reference_case(ReferenceCase c) => c.Map(j =>
    {
        c.ShouldOnlyHaveFields("calendar", "dailyCapacityUnits", "rule", "shares", "bookings", "finishingWorkingDays",
            "expectedCompletionDates", "expectedCompletionDate", "expectedReadyDate", "expectedUnitsByDay", "expectedRefusal");

        var calendar = CalendarOf(j.GetProperty("calendar"));
        var dailyCapacity = j.Int("dailyCapacityUnits");
        var finishing = j.Int("finishingWorkingDays");
        var ruleName = j.Str("rule");
        ruleName.Should().BeOneOf(["first-come", "reserved-share"], "the README names two rules");
        (ruleName == "reserved-share").Should().Be(j.Has("shares"), "shares come with reserved-share only, and always with it");
        var shares = j.Has("shares") ? SharesOf(j.GetProperty("shares")) : null;
        var bookingInputs = j.GetProperty("bookings").EnumerateArray().Select(BookingOf).ToArray();
        bookingInputs.Should().NotBeEmpty("a case has at least one booking");

        // Built in the README's order of refusals: capacity, finishing, a booking's units, a negative share, the sum.
        CapacityBook? book = null;
        CapacityPromise? quoted = null;
        CapacityPromise? booked = null;
        var plan = () =>
        {
            var capacity = new ProductionCapacity(dailyCapacity, calendar, finishing);
            var bookings = bookingInputs.Select(b => new CapacityBooking(b.Seller, b.Units, b.EarliestStart)).ToArray();
            ICapacityAllocationRule rule = shares is null ? FirstComeAllocation.Instance : new ReservedShareAllocation(shares);
            book = new CapacityBook(Factory, capacity, rule);
            foreach (var booking in bookings[..^1])
            {
                book.Book(booking);
            }

            quoted = book.Quote(bookings[^1]);
            booked = book.Book(bookings[^1]);
        };

        if (j.Has("expectedRefusal"))
        {
            var expected = j.Str("expectedRefusal");
            expected.Should().BeOneOf(["capacity-not-positive", "finishing-negative", "units-not-positive", "share-negative", "shares-over-one"],
                "the README names five refusals");
            var refusal = plan.Should().Throw<ArgumentException>("the case is refused").Which;
            ReasonOf(refusal).Should().Be(expected, refusal.Message);
            book.Should().BeNull("nothing is planned");
            return;
        }

        plan.Should().NotThrow("the case is not refused");
        var promises = book!.Promises;
        promises.Should().HaveCount(bookingInputs.Length);
        booked.Should().BeSameAs(promises[^1], "booking returns the new booking's promise");
        Describe(quoted!).Should().Be(Describe(booked!), "a quote promises what booking then gives");
        for (var i = 0; i < promises.Count; i++)
        {
            promises[i].UnitsByDay.Sum(d => d.Units).Should().Be(bookingInputs[i].Units, "every booked unit is made");
        }

        if (j.Has("expectedCompletionDates"))
        {
            promises.Select(p => p.CompletionDate).Should().Equal(j.GetProperty("expectedCompletionDates").EnumerateArray().Select(d => DateOf(d.GetString())), "completion dates in arrival order");
        }

        if (j.Has("expectedCompletionDate"))
        {
            booked!.CompletionDate.Should().Be(DateOf(j.Str("expectedCompletionDate")), "the last booking's completion date");
        }

        if (j.Has("expectedReadyDate"))
        {
            booked!.ReadyDate.Should().Be(DateOf(j.Str("expectedReadyDate")), "the last booking's ready date");
        }

        if (j.Has("expectedUnitsByDay"))
        {
            var expected = j.GetProperty("expectedUnitsByDay").EnumerateArray().Select(d =>
            {
                OnlyFields(d, "expectedUnitsByDay entry", "date", "units");
                return new ProductionDay(DateOf(d.Str("date")), d.Int("units"));
            });
            booked!.UnitsByDay.Should().Equal(expected, "the last booking's production per working day");
        }
    });

    /// <summary>The README's five refusal reasons, from the exception's type and parameter name.</summary>
    internal static string ReasonOf(ArgumentException refusal) => refusal switch
    {
        ArgumentOutOfRangeException { ParamName: "unitsPerWorkingDay" } => "capacity-not-positive",
        ArgumentOutOfRangeException { ParamName: "finishingWorkingDays" } => "finishing-negative",
        ArgumentOutOfRangeException { ParamName: "units" } => "units-not-positive",
        ArgumentOutOfRangeException { ParamName: "shares", ActualValue: decimal share } when share < 0m => "share-negative",
        { ParamName: "shares" } when refusal.GetType() == typeof(ArgumentException) => "shares-over-one",
        _ => $"an unmapped {refusal.GetType().Name} for {refusal.ParamName}",
    };

    private static WorkingCalendar CalendarOf(JsonElement calendar)
    {
        OnlyFields(calendar, "calendar", "workingWeekdays", "closures");
        var days = calendar.GetProperty("workingWeekdays").EnumerateArray().Select(d => d.GetString() switch
        {
            "Mon" => IsoDayOfWeek.Monday,
            "Tue" => IsoDayOfWeek.Tuesday,
            "Wed" => IsoDayOfWeek.Wednesday,
            "Thu" => IsoDayOfWeek.Thursday,
            "Fri" => IsoDayOfWeek.Friday,
            "Sat" => IsoDayOfWeek.Saturday,
            "Sun" => IsoDayOfWeek.Sunday,
            var other => throw new InvalidDataException($"'{other}' is not a weekday of the README (Mon … Sun, exact text)."),
        }).ToArray();
        var closures = calendar.GetProperty("closures").EnumerateArray().Select(c =>
        {
            OnlyFields(c, "closure", "from", "to");
            return new DateInterval(DateOf(c.Str("from")), DateOf(c.Str("to")));
        }).ToArray();
        return new WorkingCalendar(days, closures);
    }

    private static Dictionary<PartyId, decimal> SharesOf(JsonElement shares)
    {
        shares.ValueKind.Should().Be(JsonValueKind.Object, "shares is an object {seller: fraction}");
        return shares.EnumerateObject().ToDictionary(
            s => new PartyId(s.Name),
            s => decimal.Parse(s.Value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static (PartyId Seller, int Units, LocalDate EarliestStart) BookingOf(JsonElement booking)
    {
        OnlyFields(booking, "booking", "seller", "units", "earliestStart");
        return (new PartyId(booking.Str("seller")), booking.Int("units"), DateOf(booking.Str("earliestStart")));
    }

    internal static LocalDate DateOf(string? text) => LocalDatePattern.Iso.Parse(text!).GetValueOrThrow();

    private static string Describe(CapacityPromise p) => $"{p.Position} {p.CompletionDate} {p.ReadyDate} {string.Join(",", p.UnitsByDay)}";

    private static void OnlyFields(JsonElement element, string what, params string[] known)
    {
        element.ValueKind.Should().Be(JsonValueKind.Object, $"{what} is an object");
        var unknown = element.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n, StringComparer.Ordinal)).ToList();
        unknown.Should().BeEmpty($"{what} has fields the mapping does not interpret");
    }
}
