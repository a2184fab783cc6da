using System.Net.Http.Headers;

namespace BadgeSdk.Core.Http;

/// <summary>One logical call as an area client describes it to the transport.</summary>
internal sealed class BadgeHttpRequest
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly bool? _isWrite;

    public BadgeHttpRequest(string operation, HttpMethod method, string path)
    {
        Operation = operation;
        Method = method;
        Path = path;
    }

    /// <summary>Gets the operation name used in spans, logs and exceptions (for example <c>IssueBadge</c>).</summary>
    public string Operation { get; }

    public HttpMethod Method { get; }

    /// <summary>Gets the path relative to the client's base address, with any query string.</summary>
    public string Path { get; }

    /// <summary>Gets or sets the body bytes; serialized once, so every attempt sends the same bytes.</summary>
    public byte[]? JsonBody { get; init; }

    /// <summary>Gets or sets a non-JSON body (multipart) built from buffered parts, so it can be re-sent on a retry.</summary>
    public HttpContent? Content { get; init; }

    public RetrySafety Safety { get; init; } = RetrySafety.Idempotent;

    /// <summary>
    /// Gets a value indicating whether the call changes state on the server, so that a failure
    /// after it was sent may hide a change. Every method but GET is a write unless said otherwise;
    /// IssueBadge's webhook-style GET says otherwise.
    /// </summary>
    public bool IsWrite { get => _isWrite ?? Method != HttpMethod.Get; init => _isWrite = value; }

    /// <summary>Gets a value indicating whether the SDK generated <see cref="IdempotencyKey"/> for this call alone, so no other call can have used it.</summary>
    public bool KeyGeneratedBySdk { get; init; }

    /// <summary>
    /// Gets or sets a value indicating whether an earlier send of this same call, outside this
    /// transport call (a client that reconciles and resends), may have been processed: then every
    /// outcome of this send says so too.
    /// </summary>
    public bool PriorSendMayHaveBeenProcessed { get; set; }

    public string? IdempotencyKey { get; init; }

    public string? RequestId { get; init; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>Gets or sets the last response this call got; the transport sets it, <see cref="Complete"/> hands it to the result.</summary>
    public BadgeHttpResponse? Response { get; set; }

    /// <summary>
    /// Hands the call's response to the result it was read into, so that
    /// <see cref="BadgeResult.GetRawResponse"/> works: every operation returns its result through this.
    /// </summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns><paramref name="result"/>.</returns>
    public TResult Complete<TResult>(TResult result)
        where TResult : BadgeResult
    {
        result.SetRawResponse(Response);
        return result;
    }

    internal BadgeRequestMessage ToMessage(Uri requestUri, string userAgent, AttemptLog log)
    {
        var message = new BadgeRequestMessage(Method, requestUri, Safety, log);
        if (JsonBody is not null)
        {
            message.Content = new ByteArrayContent(JsonBody) { Headers = { ContentType = JsonMediaType } };
        }
        else if (Content is not null)
        {
            message.Content = Content;
        }
        else if (IsWrite)
        {
            // SocketsHttpHandler silently resends a request without content when a pooled
            // connection closes before the answer begins, unseen by the retry policy and the
            // attempt log, so a write could be carried out twice while the SDK saw one attempt.
            // Empty content makes the handler treat the request as sent; only the SDK retries it.
            message.Content = new ByteArrayContent([]);
        }

        message.Headers.TryAddWithoutValidation("User-Agent", userAgent);

        // Unparsed: the same bytes on the wire, without a header value object per call.
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        foreach (var header in Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }
}
