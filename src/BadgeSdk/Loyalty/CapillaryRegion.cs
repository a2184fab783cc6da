namespace BadgeSdk.Loyalty;

/// <summary>Capillary's API clusters. Pick the one your organisation lives on, or set any base address.</summary>
public sealed class CapillaryRegion
{
    private CapillaryRegion(string name, string baseAddress)
    {
        Name = name;
        BaseAddress = new Uri(baseAddress);
    }

    /// <summary>Gets India (<c>apac</c>, the INCRM cluster).</summary>
    public static CapillaryRegion India { get; } = new("India", "https://apac.api.capillarytech.com/");

    /// <summary>Gets Asia-Pacific 2 (<c>apac2</c>, the ASIACRM cluster).</summary>
    public static CapillaryRegion Apac2 { get; } = new("APAC2", "https://apac2.api.capillarytech.com/");

    /// <summary>Gets Europe (<c>eu</c>, the EUCRM cluster).</summary>
    public static CapillaryRegion Europe { get; } = new("EU", "https://eu.api.capillarytech.com/");

    /// <summary>Gets the United States (<c>us</c>, the USCRM cluster).</summary>
    public static CapillaryRegion UnitedStates { get; } = new("US", "https://us.api.capillarytech.com/");

    /// <summary>Gets China.</summary>
    public static CapillaryRegion China { get; } = new("China", "https://api.capillarytech.cn.com/");

    /// <summary>Gets the region's name.</summary>
    public string Name { get; }

    /// <summary>Gets the cluster's API root.</summary>
    public Uri BaseAddress { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({BaseAddress})";
}
