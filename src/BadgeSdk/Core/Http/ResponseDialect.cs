namespace BadgeSdk.Core.Http;

/// <summary>
/// How one vendor reports outcomes: the only part of response handling an area supplies. Core reads
/// the body, asks the dialect what it says, and turns failures into typed exceptions.
/// </summary>
internal abstract class ResponseDialect
{
    protected ResponseDialect(string api) => Api = api;

    /// <summary>Gets the API's display name, used in spans, logs and exception messages.</summary>
    public string Api { get; }

    /// <summary>Reads the vendor's outcome fields from a body that is not the expected data type (an error body).</summary>
    /// <param name="response">The response.</param>
    /// <returns>The report; <see cref="ServerReport.None"/> when the body says nothing readable.</returns>
    public abstract ServerReport ReadReport(BadgeHttpResponse response);

    /// <summary>Chooses an exception by the vendor's own rules (codes, wording), before Core's HTTP status table.</summary>
    /// <param name="call">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="report">What the body said.</param>
    /// <returns>The exception, or <see langword="null"/> to let Core choose by status.</returns>
    public virtual BadgeApiException? Classify(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report) => null;

    /// <summary>Creates the exception for a write the server accepted (2xx) whose answer cannot be read: it happened.</summary>
    /// <param name="call">The call, so the dialect can choose by operation.</param>
    /// <param name="message">The message.</param>
    /// <returns>The exception; IssueBadge's says "probably issued" for an issue.</returns>
    public virtual BadgeAlreadyProcessedException Processed(BadgeHttpRequest call, string message) => new(message);

    /// <summary>
    /// Tells the retry policy that a failure will repeat however often it is retried (for example
    /// Capillary's 999999 validation crash), so the write is not sent again in vain.
    /// </summary>
    /// <param name="response">A failed attempt's response, its body already buffered.</param>
    /// <returns><see langword="true"/> when retrying cannot help.</returns>
    public virtual bool IsPermanent(HttpResponseMessage response) => false;
}
