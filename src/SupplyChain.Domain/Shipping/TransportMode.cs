namespace SupplyChain.Domain.Shipping;

/// <summary>How the goods travel on one <see cref="Leg"/>.</summary>
public enum TransportMode
{
    /// <summary>International express (integrator door-to-door service such as DHL Express, FedEx, UPS).</summary>
    InternationalExpress = 1,

    /// <summary>Air freight (airport to airport, general or consolidated cargo).</summary>
    AirFreight = 2,

    /// <summary>Sea freight, full container load (FCL): the shipper books whole containers.</summary>
    SeaFcl = 3,

    /// <summary>Sea freight, less than container load (LCL): the goods share a container with other shippers'.</summary>
    SeaLcl = 4,

    /// <summary>Rail freight (for example the China–Europe railway express).</summary>
    Rail = 5,

    /// <summary>Road freight (truck, full or part load).</summary>
    Road = 6,

    /// <summary>A domestic parcel service (last mile by a local carrier or the platform's own network).</summary>
    DomesticParcel = 7,
}
