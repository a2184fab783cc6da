using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BadgeSdk.Core.Http;

/// <summary>A buffered response, with what the transport learnt about the attempts behind it.</summary>
internal sealed class BadgeHttpResponse
{
    public BadgeHttpResponse(HttpStatusCode statusCode, byte[] body, string? mediaType, TimeSpan? retryAfter, int attempts, bool earlierAttemptMayHaveBeenProcessed, Uri? location = null)
    {
        Location = location;
        StatusCode = statusCode;
        Body = body;
        MediaType = mediaType;
        RetryAfter = retryAfter;
        Attempts = attempts;
        EarlierAttemptMayHaveBeenProcessed = earlierAttemptMayHaveBeenProcessed;
    }

    public HttpStatusCode StatusCode { get; }

    public byte[] Body { get; }

    public string? MediaType { get; }

    public TimeSpan? RetryAfter { get; }

    public int Attempts { get; }

    /// <summary>Gets a value indicating whether an earlier attempt of this call failed after it may have reached the server.</summary>
    public bool EarlierAttemptMayHaveBeenProcessed { get; }

    public bool IsSuccess => (int)StatusCode is >= 200 and <= 299;

    /// <summary>Gets the <c>Location</c> a redirect pointed to (never followed: credentials must not travel elsewhere).</summary>
    public Uri? Location { get; }

    /// <summary>
    /// Gets a value indicating whether the body looks like JSON: by its first byte, whatever the
    /// media type says (servers send JSON as <c>text/html</c>, and HTML as <c>application/json</c>).
    /// </summary>
    public bool IsJson
    {
        get
        {
            var trimmed = Body.AsSpan().TrimStart(" \t\r\n"u8);
            return !trimmed.IsEmpty && trimmed[0] is (byte)'{' or (byte)'[';
        }
    }

    /// <summary>Reads the body as <typeparamref name="T"/>, or returns <see langword="null"/> when it is empty, not JSON, or not that shape.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="type">Its source-generated metadata.</param>
    /// <returns>The body, or <see langword="null"/>.</returns>
    public T? TryRead<T>(JsonTypeInfo<T> type)
        where T : class
    {
        if (!IsJson || Body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Body, type);
        }
        catch (JsonException)
        {
            // An unreadable body is reported by the caller, with a snippet.
            return null;
        }
    }
}
