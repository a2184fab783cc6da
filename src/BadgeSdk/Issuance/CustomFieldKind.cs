namespace BadgeSdk.Issuance;

/// <summary>What a <see cref="CustomFieldValue"/> holds, which decides how it travels.</summary>
public enum CustomFieldKind
{
    /// <summary>Text, sent as a JSON string.</summary>
    Text,

    /// <summary>A whole number, sent as a JSON number.</summary>
    WholeNumber,

    /// <summary>A decimal number, sent as a JSON number.</summary>
    DecimalNumber,

    /// <summary>A date, sent as <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>An image, sent as a base64 data URI or a URL.</summary>
    Image,
}
