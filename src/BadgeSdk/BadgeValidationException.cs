namespace BadgeSdk;

/// <summary>The request was rejected as invalid, by the SDK before sending (no request was made) or by the server (HTTP 400 or 422, or a vendor validation code).</summary>
/// <remarks>
/// Besides each field's own rules, the SDK refuses any text field that holds an unpaired UTF-16
/// surrogate (half of an emoji cut in two, say): it cannot be encoded as UTF-8 and would reach the
/// vendor as U+FFFD. <see cref="Field"/> names the field.
/// </remarks>
public class BadgeValidationException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeValidationException()
        : base("The request is invalid.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the request field that failed, as named in the request model (for example <c>Ownership.RestrictedToOwners</c>), when known.</summary>
    public string? Field { get; init; }

    /// <summary>Creates the exception the SDK throws before sending when a request field is invalid.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <returns>The exception, whose message names the field.</returns>
    internal static BadgeValidationException ForField(string field, string problem)
        => new($"{field}: {problem}") { Field = field };

    /// <summary>Throws the SDK's pre-send validation error when a number is below its minimum.</summary>
    /// <param name="value">The field's value.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="field">The field's name, as in the request model.</param>
    /// <exception cref="BadgeValidationException"><paramref name="value"/> is below <paramref name="minimum"/>.</exception>
    internal static void ThrowIfLessThan(int value, int minimum, string field)
    {
        if (value < minimum)
        {
            throw ForField(field, $"must be at least {minimum}; it is {value}.");
        }
    }

    /// <summary>Throws the SDK's pre-send validation error when a required text field is missing or blank.</summary>
    /// <param name="value">The field's value.</param>
    /// <param name="field">The field's name, as in the request model.</param>
    /// <exception cref="BadgeValidationException"><paramref name="value"/> is null, empty or whitespace.</exception>
    internal static void ThrowIfBlank(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ForField(field, "is required and cannot be blank.");
        }
    }
}
