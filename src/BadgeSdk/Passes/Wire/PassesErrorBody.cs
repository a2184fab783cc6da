namespace BadgeSdk.Passes.Wire;

/// <summary>Badge's error body is not published; these are the usual fields, read when present.</summary>
internal sealed class PassesErrorBody
{
    public string? Message { get; set; }

    public string? Error { get; set; }
}
