using System.Globalization;
using System.Text;

namespace BadgeSdk;

/// <summary>
/// The base of every failure the SDK reports about a call: the server said no (in any HTTP
/// status, including a 200 whose body says failure), or the call could not complete.
/// </summary>
/// <remarks>
/// Catch a subclass to act on a kind of failure: <see cref="BadgeValidationException"/>,
/// <see cref="BadgeAuthenticationException"/>, <see cref="BadgeNotFoundException"/>,
/// <see cref="BadgeConflictException"/>, <see cref="BadgeRateLimitException"/> and
/// <see cref="BadgeTransientException"/>. The message never contains credentials.
/// </remarks>
public class BadgeApiException : Exception
{
    /// <summary>The most characters of a response body kept in <see cref="ResponseBodySnippet"/>.</summary>
    public const int MaxSnippetLength = 2048;

    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeApiException()
        : base("The badge API call failed.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeApiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    private IReadOnlyList<BadgeError> _errors = [];
    private string? _operation;
    private bool _mayHaveBeenProcessed;
    private int? _statusCode;
    private string? _serverMessage;
    private string? _idempotencyKey;
    private string? _requestId;
    private TimeSpan? _retryAfter;
    private string? _responseBodySnippet;

    /// <summary>Gets the SDK operation that failed (the client method's name without <c>Async</c>, for example <c>IssueBadge</c>).</summary>
    public string? Operation { get => _operation; init => _operation = value; }

    /// <summary>
    /// Gets a value indicating whether the call was a write that the server may have carried out
    /// although this exception reports a failure (an attempt was lost after it may have arrived, or
    /// the server failed in a way that leaves it open). When <see langword="true"/>, never repeat the
    /// write under a new key: retry with the same <see cref="IdempotencyKey"/> or
    /// <see cref="RequestId"/>, or re-read the state. <see langword="false"/> means nothing was changed
    /// as far as the SDK can tell.
    /// </summary>
    public bool MayHaveBeenProcessed { get => _mayHaveBeenProcessed; init => _mayHaveBeenProcessed = value; }

    /// <summary>Gets the HTTP status of the response, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get => _statusCode; init => _statusCode = value; }

    /// <summary>Gets the errors the vendor listed (codes, messages, references); empty when it listed none.</summary>
    public IReadOnlyList<BadgeError> Errors { get => _errors; init => _errors = value ?? []; }

    /// <summary>Gets the server's own message, when it sent one.</summary>
    public string? ServerMessage { get => _serverMessage; init => _serverMessage = value; }

    /// <summary>Gets the idempotency key the call carried, so the caller can reconcile or retry with it.</summary>
    public string? IdempotencyKey { get => _idempotencyKey; init => _idempotencyKey = value; }

    /// <summary>Gets the request id the call carried (for example Capillary's <c>requestId</c>).</summary>
    public string? RequestId { get => _requestId; init => _requestId = value; }

    /// <summary>Gets how long the server asked the caller to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get => _retryAfter; init => _retryAfter = value; }

    /// <summary>Gets the start of the raw response body (at most <see cref="MaxSnippetLength"/> characters), for diagnosis.</summary>
    public string? ResponseBodySnippet { get => _responseBodySnippet; init => _responseBodySnippet = value; }

    /// <summary>Gets the first vendor error code, or <see langword="null"/> when there is none.</summary>
    public int? ErrorCode => Errors.Count > 0 ? Errors[0].Code : null;

    /// <summary>Makes a bounded, printable snippet of a response body.</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The snippet, or <see langword="null"/> for an empty body.</returns>
    internal static string? Snippet(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var text = Core.Errors.Redaction.Redact(Encoding.UTF8.GetString(body.Length > MaxSnippetLength * 4 ? body[..(MaxSnippetLength * 4)] : body));
        return text.Length > MaxSnippetLength
            ? string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, MaxSnippetLength)}…")
            : text;
    }

    /// <summary>Sets what the SDK knows about the failed call; used by the SDK's error mapping only.</summary>
    internal void SetDiagnostics(string operation, bool mayHaveBeenProcessed, int? statusCode, IReadOnlyList<BadgeError> errors, string? serverMessage, string? idempotencyKey, string? requestId, TimeSpan? retryAfter, string? snippet)
    {
        _operation = operation;
        // An "already processed" outcome is by definition one that may have happened.
        _mayHaveBeenProcessed = mayHaveBeenProcessed || this is BadgeAlreadyProcessedException;
        _statusCode = statusCode;
        _errors = errors;
        _serverMessage = serverMessage;
        _idempotencyKey = idempotencyKey;
        _requestId = requestId;
        _retryAfter = retryAfter;
        _responseBodySnippet = snippet;
    }
}
