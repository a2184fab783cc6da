namespace BadgeSdk.Core.Auth;

/// <summary>Sends one request through the handlers below the caller.</summary>
/// <param name="request">The request.</param>
/// <param name="cancellationToken">Cancels the send.</param>
/// <returns>The response.</returns>
internal delegate Task<HttpResponseMessage> HttpSender(HttpRequestMessage request, CancellationToken cancellationToken);
