using System.Globalization;
using SupplyChain.Domain.Internal;
using SupplyChain.Domain.Monetary;
using UnitsNet;

namespace SupplyChain.Domain.Fulfilment.PlatformFees;

/// <summary>
/// A charge for every started step of weight above a base weight, as fee tables write it: "0.40 USD per lb above the
/// first 3 lb". The base weight is set by name (<see cref="Above"/>), so that it cannot be swapped with the step.
/// </summary>
/// <remarks>
/// Charge = <see cref="PerStep"/> × ⌈(shipping weight − <see cref="Above"/>) / <see cref="Step"/>⌉ when the shipping weight
/// is above <see cref="Above"/>, computed exactly in pounds. A record: equal when the charge, the step and the base
/// weight are equal.
/// </remarks>
/// <example>
/// <code>
/// var surcharge = new WeightStepCharge(new Money(0.40m, Currency.USD), Mass.FromPounds(1)) { Above = Mass.FromPounds(3) };
/// </code>
/// </example>
public sealed record WeightStepCharge
{
    /// <summary>Creates the charge; the base weight is required by name (<see cref="Above"/>).</summary>
    /// <param name="perStep">The charge per started step; not negative.</param>
    /// <param name="step">The weight step; positive, in a unit defined exactly in kilograms.</param>
    /// <exception cref="ArgumentNullException"><paramref name="perStep"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perStep"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or is too large.</exception>
    public WeightStepCharge(Money perStep, Mass step)
    {
        Guard.NotNull(perStep);
        if (perStep.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(perStep), perStep, Guard.Format(ErrorMessages.MustNotBeNegative, nameof(perStep), perStep));
        }

        ExactQuantities.Kilograms(step, nameof(step), allowZero: false);
        PerStep = perStep;
        StepPounds = ExactQuantities.Pounds(step, nameof(step));
    }

    /// <summary>The charge per started step above <see cref="Above"/>.</summary>
    public Money PerStep { get; }

    /// <summary>The weight step, in pounds.</summary>
    public Mass Step => Mass.FromPounds((double)StepPounds);

    /// <summary>The weight from which steps are counted, in pounds; required, not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The weight is negative or too large.</exception>
    public required Mass Above
    {
        get => Mass.FromPounds((double)AbovePounds);
        init => AbovePounds = ExactQuantities.Pounds(value, nameof(Above));
    }

    internal decimal StepPounds { get; }

    internal decimal AbovePounds { get; private init; }

    /// <summary>The charge for a shipping weight in pounds: 0 up to <see cref="Above"/>.</summary>
    internal Money For(decimal shippingPounds) =>
        shippingPounds <= AbovePounds ? PerStep * 0m : PerStep * decimal.Ceiling((shippingPounds - AbovePounds) / StepPounds);

    /// <summary>The charge in words, with the invariant culture.</summary>
    /// <returns>For example <c>0.40 USD per 1 lb above 3 lb</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerStep} per {StepPounds} lb above {AbovePounds} lb");
}
