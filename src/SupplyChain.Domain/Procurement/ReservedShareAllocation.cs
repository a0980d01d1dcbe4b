using System.Buffers;
using NodaTime;
using SupplyChain.Domain.Identifiers;

namespace SupplyChain.Domain.Procurement;

/// <summary>
/// Contracted shares first, the rest first-come: each working day, a seller with a share has
/// R = ⌊capacity × share⌋ units reserved (an exact decimal product rounded down to a whole unit), which its own
/// bookings taking part take in arrival order; then everything not taken (the unreserved capacity, the rounding
/// remainders and the reserved units a seller did not need that day) goes to the bookings taking part of
/// <b>every</b> seller, in arrival order.
/// </summary>
/// <remarks>
/// <para>
/// A seller without a share is not refused: it gets only the pool. Sellers match the keys of <see cref="Shares"/>
/// ordinally (<see cref="PartyId"/> equality). A share of a seller with no booking is allowed: its units go to the
/// pool every day. With no shares every unit is pool, and the plan is that of <see cref="FirstComeAllocation"/>.
/// Under this rule a new booking can move an earlier booking of another seller: the new booking's seller no longer
/// leaves its reserved units to the pool.
/// </para>
/// <para>
/// The rule compares by reference: it holds a table of shares, and two rules with the same shares are two contracts.
/// Allocating a day allocates nothing on the heap unless more than 128 sellers hold shares.
/// </para>
/// </remarks>
public sealed class ReservedShareAllocation : ICapacityAllocationRule
{
    /// <summary>The most sellers a rule reserves for (each working day of a plan works out every seller's reservation).</summary>
    public const int MaxShares = 1_000;

    private const int StackSellers = 128;

    private readonly Dictionary<PartyId, int> _index;
    // Each share as numerator / 10^scale (both exact), so that ⌊capacity × share⌋ is integer arithmetic.
    private readonly UInt128[] _numerators;
    private readonly UInt128[] _denominators;

    /// <summary>Creates the rule with each named seller's contracted share of the daily capacity.</summary>
    /// <param name="shares">The fraction of each working day's capacity reserved per seller (0.3 = 30 %); none negative, adding up to at most 1 as an exact decimal sum; at most <see cref="MaxShares"/> sellers; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shares"/> holds a negative share (checked first, for every share).</exception>
    /// <exception cref="ArgumentException"><paramref name="shares"/> add up to more than 1 (the exact type <see cref="ArgumentException"/>, checked second).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shares"/> names more than <see cref="MaxShares"/> sellers (checked third).</exception>
    public ReservedShareAllocation(IReadOnlyDictionary<PartyId, decimal> shares)
    {
        Guard.NotNull(shares);
        var ordered = shares.OrderBy(s => s.Key.Value, StringComparer.Ordinal).ToArray();
        foreach (var (seller, share) in ordered)
        {
            if (share < 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(shares), share, Guard.Format(ErrorMessages.CapacityShareNegative, nameof(shares), seller, share));
            }
        }

        // Every share is at least 0, so the running sum only grows: stop as soon as it passes 1 (no overflow).
        var sum = 0m;
        foreach (var (seller, share) in ordered)
        {
            sum = share > 1m ? share : sum + share;
            if (sum > 1m)
            {
                throw new ArgumentException(Guard.Format(ErrorMessages.CapacitySharesOverOne, nameof(shares), seller, sum), nameof(shares));
            }
        }

        Guard.AtMost(ordered.Length, MaxShares, "ReservedShareAllocation.MaxShares", nameof(shares));
        _index = new Dictionary<PartyId, int>(ordered.Length);
        _numerators = new UInt128[ordered.Length];
        _denominators = new UInt128[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            _index.Add(ordered[i].Key, i);
            (_numerators[i], _denominators[i]) = Fraction(ordered[i].Value);
        }

        Shares = ordered.ToDictionary(s => s.Key, s => s.Value).AsReadOnly();
        TotalShare = sum;
    }

    /// <summary>The contracted share per seller.</summary>
    public IReadOnlyDictionary<PartyId, decimal> Shares { get; }

    /// <summary>The sum of the shares; at most 1.</summary>
    public decimal TotalShare { get; }

    /// <summary>
    /// The units reserved for <paramref name="seller"/> on a working day of <paramref name="capacity"/> units:
    /// ⌊capacity × share⌋ (333 × 0.3 = 99.9 → 99); 0 for a seller without a share.
    /// </summary>
    /// <param name="seller">The seller.</param>
    /// <param name="capacity">The day's capacity; not negative.</param>
    /// <returns>⌊<paramref name="capacity"/> × share⌋, or 0 when the seller has no share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seller"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public int ReservedUnits(PartyId seller, int capacity)
    {
        Guard.NotNull(seller);
        Guard.NotNegative(capacity);
        return _index.TryGetValue(seller, out var i) ? Reserved(capacity, i) : 0;
    }

    /// <summary>The seller's place in the share table, or −1 when it has no share.</summary>
    internal int IndexOf(PartyId seller) => _index.TryGetValue(seller, out var i) ? i : -1;

    /// <inheritdoc />
    public void Allocate(LocalDate day, int capacity, ReadOnlySpan<AllocationClaim> claims, Span<int> units)
    {
        if (_numerators.Length == 0)
        {
            FirstComeAllocation.TakeInArrivalOrder(capacity, claims, units);
            return;
        }

        int[]? rented = null;
        var left = _numerators.Length <= StackSellers
            ? stackalloc int[StackSellers]
            : (rented = ArrayPool<int>.Shared.Rent(_numerators.Length));
        try
        {
            // Step 1, reservation: each named seller's R units, taken by its own bookings in arrival order.
            long reserved = 0;
            for (var s = 0; s < _numerators.Length; s++)
            {
                left[s] = Reserved(capacity, s);
                reserved += left[s];
            }

            // Stops as soon as every reservation is taken (the rest of the claims could take nothing from step 1).
            var unclaimed = reserved;
            for (var i = 0; i < claims.Length && unclaimed > 0; i++)
            {
                var s = claims[i].ShareIndex;
                if (s == AllocationClaim.NotIndexed && !_index.TryGetValue(claims[i].Booking.Seller, out s))
                {
                    s = -1;
                }

                if (s >= 0 && left[s] > 0)
                {
                    var take = Math.Min(claims[i].Remaining, left[s]);
                    units[i] = take;
                    left[s] -= take;
                    unclaimed -= take;
                }
            }

            // Step 2, pool: the unreserved units, the rounding remainders and the reserved units not taken.
            FirstComeAllocation.TakeInArrivalOrder((int)(capacity - reserved + unclaimed), claims, units);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>"reserved-share (SELLER-A 0.3, SELLER-B 0.5)".</summary>
    public override string ToString() =>
        "reserved-share (" + string.Join(", ", Shares.Select(s => Guard.Format("{0} {1}", s.Key, s.Value))) + ")";

    /// <summary>
    /// ⌊capacity × share⌋ exactly: capacity × numerator is below 2³¹ · 2⁹⁶ = 2¹²⁷, so it fits a <see cref="UInt128"/>
    /// (a decimal product would round to 28 digits first); the share is at most 1, so the result fits an int.
    /// </summary>
    private int Reserved(int capacity, int seller) => (int)((uint)capacity * _numerators[seller] / _denominators[seller]);

    private static (UInt128 Numerator, UInt128 Denominator) Fraction(decimal share)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(share, bits);
        var numerator = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        UInt128 denominator = 1;
        for (var i = 0; i < scale; i++)
        {
            denominator *= 10;
        }

        return (numerator, denominator);
    }
}
