namespace BadgeSdk.Tests.Contracts;

/// <summary>How a sent JSON value differs from the document's.</summary>
internal enum DifferenceKind
{
    /// <summary>The document has the member or item; the SDK did not send it.</summary>
    Missing,

    /// <summary>The SDK sent a member or item the document does not have.</summary>
    Extra,

    /// <summary>Both have it, with different values (or kinds).</summary>
    Value,
}
