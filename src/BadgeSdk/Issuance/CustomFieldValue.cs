using System.Globalization;

namespace BadgeSdk.Issuance;

/// <summary>
/// A typed value of a badge's custom field (IssueBadge <c>metadata</c>): text, a number, a date or
/// an image. Plain C# values convert implicitly, so <c>Metadata["score"] = 95</c> works.
/// </summary>
public sealed class CustomFieldValue
{
    private CustomFieldValue(CustomFieldKind kind, string? text = null, long integer = 0, decimal number = 0, DateOnly date = default, BadgeImage? image = null)
    {
        Kind = kind;
        TextValue = text;
        IntegerValue = integer;
        DecimalValue = number;
        DateValue = date;
        ImageValue = image;
    }

    /// <summary>Gets what the value holds.</summary>
    public CustomFieldKind Kind { get; }

    /// <summary>Gets the text, for <see cref="CustomFieldKind.Text"/>.</summary>
    public string? TextValue { get; }

    /// <summary>Gets the number, for <see cref="CustomFieldKind.WholeNumber"/>.</summary>
    public long IntegerValue { get; }

    /// <summary>Gets the number, for <see cref="CustomFieldKind.DecimalNumber"/>.</summary>
    public decimal DecimalValue { get; }

    /// <summary>Gets the date, for <see cref="CustomFieldKind.Date"/>.</summary>
    public DateOnly DateValue { get; }

    /// <summary>Gets the image, for <see cref="CustomFieldKind.Image"/>.</summary>
    public BadgeImage? ImageValue { get; }

    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(CustomFieldKind.Text, text: text);
    }

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromInteger(long number) => new(CustomFieldKind.WholeNumber, integer: number);

    /// <summary>Creates a decimal value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDecimal(decimal number) => new(CustomFieldKind.DecimalNumber, number: number);

    /// <summary>Creates a date value, sent as <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDate(DateOnly date) => new(CustomFieldKind.Date, date: date);

    /// <summary>Creates an image value.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromImage(BadgeImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new(CustomFieldKind.Image, image: image);
    }

    /// <summary>Converts text.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator CustomFieldValue(string text) => FromText(text);

    /// <summary>Converts a whole number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator CustomFieldValue(int number) => FromInteger(number);

    /// <summary>Converts a whole number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator CustomFieldValue(long number) => FromInteger(number);

    /// <summary>Converts a decimal number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator CustomFieldValue(decimal number) => FromDecimal(number);

    /// <summary>Converts a date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator CustomFieldValue(DateOnly date) => FromDate(date);

    /// <summary>Converts an image.</summary>
    /// <param name="image">The image.</param>
    public static implicit operator CustomFieldValue(BadgeImage image) => FromImage(image);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        CustomFieldKind.Text => TextValue!,
        CustomFieldKind.WholeNumber => IntegerValue.ToString(CultureInfo.InvariantCulture),
        CustomFieldKind.DecimalNumber => DecimalValue.ToString(CultureInfo.InvariantCulture),
        CustomFieldKind.Date => DateValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => ImageValue!.ToString(),
    };
}
