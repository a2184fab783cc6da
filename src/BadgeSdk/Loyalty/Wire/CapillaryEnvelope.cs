namespace BadgeSdk.Loyalty.Wire;

/// <summary>Capillary's answer shape: <c>{data, errors, warnings}</c>; either list may be <c>null</c>.</summary>
/// <typeparam name="T">The data.</typeparam>
internal sealed class CapillaryEnvelope<T> : CapillaryErrorBody
    where T : class
{
    public T? Data { get; set; }
}
