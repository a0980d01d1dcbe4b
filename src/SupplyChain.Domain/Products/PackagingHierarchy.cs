namespace SupplyChain.Domain.Products;

/// <summary>
/// How a product is packed: unit → optional inner pack → case pack → optional pallet, with conversions between the
/// levels.
/// </summary>
/// <remarks>
/// Conversions up the hierarchy (units to cases, cases to pallets) round up and report what the last pack leaves
/// over in a <see cref="PackCount"/>; conversions down (cases to units) are exact. No conversion drops a unit. A
/// pallet holds whole cases only, so units to pallets is the same as units to cases to pallets.
/// Equality compares the three levels.
/// </remarks>
public sealed record PackagingHierarchy
{
    /// <summary>Creates a packaging hierarchy.</summary>
    /// <param name="casePack">The case pack.</param>
    /// <param name="innerPack">The inner pack, if the product has one; it must divide the case's unit count.</param>
    /// <param name="pallet">The pallet pattern, if the product ships on pallets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="casePack"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="innerPack"/>'s unit count does not divide <paramref name="casePack"/>'s.</exception>
    /// <exception cref="OverflowException">Units per pallet would exceed <see cref="int.MaxValue"/>.</exception>
    public PackagingHierarchy(CasePack casePack, InnerPack? innerPack = null, PalletPattern? pallet = null)
    {
        CasePack = Guard.NotNull(casePack);
        if (innerPack is not null && casePack.UnitsPerCase % innerPack.UnitsPerInnerPack != 0)
        {
            throw new ArgumentException(
                Guard.Format(ErrorMessages.InnerPackDoesNotDivideCase, nameof(innerPack), innerPack.UnitsPerInnerPack, casePack.UnitsPerCase),
                nameof(innerPack));
        }

        InnerPack = innerPack;
        Pallet = pallet;
        UnitsPerPallet = pallet is null ? null : checked(pallet.CasesPerPallet * casePack.UnitsPerCase);
    }

    /// <summary>The case pack.</summary>
    public CasePack CasePack { get; }

    /// <summary>The inner pack, or null.</summary>
    public InnerPack? InnerPack { get; }

    /// <summary>The pallet pattern, or null.</summary>
    public PalletPattern? Pallet { get; }

    /// <summary>Units in a case.</summary>
    public int UnitsPerCase => CasePack.UnitsPerCase;

    /// <summary>Units on a full pallet, or null without a pallet pattern.</summary>
    public int? UnitsPerPallet { get; }

    /// <summary>The cases needed for <paramref name="units"/> units, rounded up, with the remainder reported.</summary>
    /// <param name="units">Units; not negative.</param>
    /// <returns>Cases of <see cref="UnitsPerCase"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    public PackCount CasesForUnits(int units) => new(units, UnitsPerCase);

    /// <summary>The inner packs needed for <paramref name="units"/> units, rounded up, with the remainder reported.</summary>
    /// <param name="units">Units; not negative.</param>
    /// <returns>Inner packs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    /// <exception cref="DomainRuleException">There is no inner pack (rule <see cref="DomainRules.ProductsPackagingLevelDefined"/>).</exception>
    public PackCount InnerPacksForUnits(int units)
    {
        Guard.NotNegative(units);
        return InnerPack is null
            ? throw new DomainRuleException(DomainRules.ProductsPackagingLevelDefined, Guard.Format(ErrorMessages.PackagingLevelMissing, "inner packs"))
            : new PackCount(units, InnerPack.UnitsPerInnerPack);
    }

    /// <summary>The pallets needed for <paramref name="cases"/> cases, rounded up, with the remainder (in cases) reported.</summary>
    /// <param name="cases">Cases; not negative.</param>
    /// <returns>Pallets of <see cref="PalletPattern.CasesPerPallet"/> cases.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cases"/> is negative.</exception>
    /// <exception cref="DomainRuleException">There is no pallet pattern (rule <see cref="DomainRules.ProductsPackagingLevelDefined"/>).</exception>
    public PackCount PalletsForCases(int cases)
    {
        Guard.NotNegative(cases);
        return Pallet is null
            ? throw new DomainRuleException(DomainRules.ProductsPackagingLevelDefined, Guard.Format(ErrorMessages.PackagingLevelMissing, "pallets"))
            : new PackCount(cases, Pallet.CasesPerPallet);
    }

    /// <summary>
    /// The pallets needed for <paramref name="units"/> units, rounded up, with the remainder (in units) reported. The
    /// same number of pallets as packing the units into cases first and the cases onto pallets.
    /// </summary>
    /// <param name="units">Units; not negative.</param>
    /// <returns>Pallets of <see cref="UnitsPerPallet"/> units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    /// <exception cref="DomainRuleException">There is no pallet pattern (rule <see cref="DomainRules.ProductsPackagingLevelDefined"/>).</exception>
    public PackCount PalletsForUnits(int units)
    {
        Guard.NotNegative(units);
        return UnitsPerPallet is not { } perPallet
            ? throw new DomainRuleException(DomainRules.ProductsPackagingLevelDefined, Guard.Format(ErrorMessages.PackagingLevelMissing, "pallets"))
            : new PackCount(units, perPallet);
    }

    /// <summary>The units in <paramref name="cases"/> full cases.</summary>
    /// <param name="cases">Cases; not negative.</param>
    /// <returns>Cases × <see cref="UnitsPerCase"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cases"/> is negative.</exception>
    /// <exception cref="OverflowException">The result exceeds <see cref="int.MaxValue"/>.</exception>
    public int UnitsInCases(int cases) => checked(Guard.NotNegative(cases) * UnitsPerCase);
}
