using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupplyChain.Domain.Orders;
using SupplyChain.Domain.Shipping;
using Duration = NodaTime.Duration;

namespace SupplyChain.Domain.Tests.Orders;

/// <summary>
/// Issue 16's property: a parcel handled through the <see cref="DeliveryAttemptPolicy"/> always has a valid chain of
/// handling events, whatever commands come in whatever order and at whatever times; a refused command changes nothing;
/// the failures never exceed the limit; and the chain does not depend on the order the events are recorded in.
/// </summary>
public sealed class DeliveryAttemptPropertyTests
{
    private const int Runs = 200;

    /// <summary>One command: 0 out for delivery, 1 delivered, 2–4 failed (no one home, address, refused), 5 return to sender; then hours to wait before it.</summary>
    public sealed record Command(int Kind, int HoursLater);

    /// <summary>1 to 3 allowed attempts; 1 to 20 commands, each 1 to 72 hours after the previous.</summary>
    public sealed record Draw(int MaxAttempts, Command[] Commands);

    private static readonly Gen<Draw> Draws =
        from max in Gen.Choose(1, 3)
        from count in Gen.Choose(1, 20)
        from commands in (from kind in Gen.Choose(0, 5) from hours in Gen.Choose(1, 72) select new Command(kind, hours)).ArrayOf(count)
        select new Draw(max, commands);

    /// <summary>Runs the commands; returns the parcel, the policy, the stages reached and how many commands were refused.</summary>
    private static (Shipment Parcel, DeliveryAttemptPolicy Policy, List<DeliveryAttemptStage> Stages, int Refused) Run(Draw draw)
    {
        var parcel = DeliveryAttemptTests.Parcel();
        var policy = DeliveryAttemptTests.Policy(draw.MaxAttempts);
        var at = parcel.HandlingEvents[^1].CompletionTime;
        var stages = new List<DeliveryAttemptStage>();
        var refused = 0;
        foreach (var command in draw.Commands)
        {
            at += Duration.FromHours(command.HoursLater);
            var before = parcel.HandlingEvents.ToList();
            try
            {
                switch (command.Kind)
                {
                    case 0:
                        policy.SendOutForDelivery(parcel, at);
                        break;
                    case 1:
                        policy.RecordAttempt(parcel, at, null);
                        break;
                    case 5:
                        policy.ReturnToSender(parcel, at);
                        break;
                    default:
                        policy.RecordAttempt(parcel, at, (DeliveryFailureReason)(command.Kind - 1));
                        break;
                }
            }
            catch (DomainRuleException e)
            {
                e.Rule.Should().Be("orders.attempt-in-sequence");
                parcel.HandlingEvents.Should().Equal(before, "a refused command records nothing");
                refused++;
            }

            var status = policy.Assess(parcel.HandlingEvents);
            status.IsValidChain.Should().BeTrue($"the chain after {command} must be valid: {string.Join("; ", parcel.HandlingEvents)}");
            status.FailedAttempts.Should().BeLessThanOrEqualTo(draw.MaxAttempts);
            stages.Add(status.Stage);
        }

        return (parcel, policy, stages, refused);
    }

    [Property(MaxTest = Runs)]
    public Property Commands_through_the_policy_always_leave_a_valid_chain() => Prop.ForAll(Draws.ToArbitrary(), draw =>
    {
        var (parcel, policy, _, _) = Run(draw);

        // The same facts recorded in reverse order give the same history and the same chain.
        var reversed = DeliveryAttemptTests.Parcel();
        foreach (var e in Enumerable.Reverse(parcel.HandlingEvents.ToList()))
        {
            reversed.Record(e);
        }

        reversed.HandlingEvents.Should().Equal(parcel.HandlingEvents);
        policy.Assess(reversed.HandlingEvents).Stage.Should().Be(policy.Assess(parcel.HandlingEvents).Stage);

        // A parcel back with its sender, or delivered, never went out more often than the limit allows.
        parcel.HandlingEvents.Count(e => e.Type == HandlingEventType.OutForDelivery).Should().BeLessThanOrEqualTo(draw.MaxAttempts);
        parcel.Delivery.IsMisdirected.Should().BeFalse("the policy places every event where the itinerary expects it");
    });

    [Fact]
    public void The_draws_reach_every_stage_and_refusals()
    {
        static IEnumerable<string> Labels(Draw draw)
        {
            var (_, _, stages, refused) = Run(draw);
            foreach (var stage in stages)
            {
                yield return stage.ToString();
            }

            if (refused > 0)
            {
                yield return "refused";
            }

            if (refused < draw.Commands.Length)
            {
                yield return "accepted";
            }

            yield return $"max {draw.MaxAttempts}";
        }

        // ReturningToStation is never seen between commands: the policy records the return to the station with the
        // last allowed failure, at the same instant (Assess reports it only for a chain recorded by hand).
        Reach.Covers(Draws, Runs, Labels,
        [
            .. Enum.GetNames<DeliveryAttemptStage>().Where(s => s != nameof(DeliveryAttemptStage.ReturningToStation)),
            "refused", "accepted", "max 1", "max 2", "max 3",
        ]);
    }
}
