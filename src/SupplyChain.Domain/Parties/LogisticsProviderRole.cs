namespace SupplyChain.Domain.Parties;

/// <summary>The logistics-provider role, with the services the provider offers.</summary>
/// <remarks>Roles compare by reference; a party holds at most one role of each kind.</remarks>
public sealed class LogisticsProviderRole : PartyRole
{
    private const LogisticsServices All = LogisticsServices.Forwarder | LogisticsServices.InternationalExpress | LogisticsServices.LineHaul;

    /// <summary>Creates the role.</summary>
    /// <param name="services">One or more of the defined services.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="services"/> is <see cref="LogisticsServices.None"/> or has an undefined flag.</exception>
    public LogisticsProviderRole(LogisticsServices services)
    {
        if (services == LogisticsServices.None || (services & ~All) != LogisticsServices.None)
        {
            throw new ArgumentOutOfRangeException(nameof(services), services,
                Guard.Format(ErrorMessages.UndefinedEnumValue, services, nameof(LogisticsServices) + " combination (at least one service)"));
        }

        Services = services;
    }

    /// <inheritdoc/>
    public override PartyRoleKind Kind => PartyRoleKind.LogisticsProvider;

    /// <summary>The services the provider offers.</summary>
    public LogisticsServices Services { get; }
}
