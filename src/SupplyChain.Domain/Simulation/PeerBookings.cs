using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Simulation;

/// <summary>
/// A peer seller's orders at a shared factory, simulated as background bookings on the factory's capacity book
/// (<see cref="FactoryStage"/>): on each simulated day, with probability <see cref="Probability"/>, the peer books a
/// number of units drawn from <see cref="Units"/>, to start that day.
/// </summary>
/// <remarks>
/// <para>
/// Each day and for each peer in the stage's order, the factory stage's own random stream draws one uniform U in [0, 1);
/// when U &lt; <see cref="Probability"/> it draws the units from <see cref="Units"/> (as a day's demand is drawn) and,
/// when they are at least 1, books them for the peer with that day as the earliest start. Over a run the peer books
/// on average Probability × mean units a day (a probability of 1 books every day; 0 never).
/// </para>
/// <para>Equality compares the seller, the probability and the units model (which compares by reference).</para>
/// </remarks>
public sealed record PeerBookings
{
    /// <summary>Creates a peer's stream of bookings.</summary>
    /// <param name="seller">The peer seller, as it books on the factory's book (a reserved share names it).</param>
    /// <param name="units">The units of one booking (for example <c>DemandModel.Poisson(5000)</c>, or a normal with a standard deviation of 0 for a fixed size).</param>
    /// <param name="probability">The chance that the peer books on a given day, from 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seller"/> or <paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not a number from 0 to 1.</exception>
    public PeerBookings(PartyId seller, DemandModel units, double probability)
    {
        Seller = Guard.NotNull(seller);
        Units = Guard.NotNull(units);
        Probability = Guard.InRange(probability, 0, 1);
    }

    /// <summary>The peer seller.</summary>
    public PartyId Seller { get; }

    /// <summary>The units of one booking.</summary>
    public DemandModel Units { get; }

    /// <summary>The chance that the peer books on a given day.</summary>
    public double Probability { get; }

    /// <summary>The stream, e.g. <c>SELLER-P: Poisson (mean 5000) with probability 0.2 a day</c>.</summary>
    public override string ToString() => Guard.Format("{0}: {1} with probability {2} a day", Seller, Units, Probability);
}
