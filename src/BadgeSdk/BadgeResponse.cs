using System.Diagnostics.CodeAnalysis;

namespace BadgeSdk;

/// <summary>
/// The HTTP response a result was read from, for when you need more than the result: the status,
/// the headers, the server's request id for a support ticket, the raw body. Get it with
/// <see cref="BadgeResult.GetRawResponse"/>; it is the response the SDK read anyway, kept by
/// reference, so the common path allocates nothing more for it.
/// </summary>
/// <remarks>Derive from it only to fake one in your own tests.</remarks>
public abstract class BadgeResponse
{
    /// <summary>The headers <see cref="RequestId"/> looks in, in order. No vendor documents one; these are the common names.</summary>
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId"];

    /// <summary>Initializes an instance (for test doubles).</summary>
    protected BadgeResponse()
    {
    }

    /// <summary>Gets the HTTP status code of the last attempt.</summary>
    public abstract int Status { get; }

    /// <summary>Gets how many attempts the call took (1 when it was not retried).</summary>
    public abstract int Attempts { get; }

    /// <summary>Gets the media type of the body, if the server sent one.</summary>
    public abstract string? MediaType { get; }

    /// <summary>Gets the body as it arrived.</summary>
    public abstract ReadOnlyMemory<byte> Content { get; }

    /// <summary>Gets the response and content headers, as the server sent them.</summary>
    public abstract IEnumerable<KeyValuePair<string, IEnumerable<string>>> Headers { get; }

    /// <summary>
    /// Gets the server's id for this request, to quote to the vendor's support: the first of the
    /// <c>X-Request-Id</c>, <c>Request-Id</c>, <c>X-Correlation-Id</c> and <c>X-Amzn-RequestId</c>
    /// headers present, or <see langword="null"/>. No vendor documents which header it uses (inferred);
    /// read any other with <see cref="TryGetHeader"/>.
    /// </summary>
    public string? RequestId
    {
        get
        {
            foreach (var name in RequestIdHeaders)
            {
                if (TryGetHeader(name, out var value))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>Gets a header's value (several values joined with <c>", "</c>), by case-insensitive name.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value, when the header is present.</param>
    /// <returns><see langword="true"/> when the header is present.</returns>
    public abstract bool TryGetHeader(string name, [NotNullWhen(true)] out string? value);

    /// <summary>Describes the response without its headers or body, which may hold what should not be logged.</summary>
    /// <returns>The status and attempts.</returns>
    public override string ToString() => $"HTTP {Status} after {Attempts} attempt(s)";
}
