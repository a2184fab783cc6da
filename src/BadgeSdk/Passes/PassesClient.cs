using System.Text;
using System.Text.Json;
using BadgeSdk.Core.Http;
using BadgeSdk.Passes.Wire;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Passes;

/// <summary>
/// Client for Badge mobile wallet passes: upsert a user's pass and get its download link, send
/// push notifications, list templates, create Web SDK tokens and webhook endpoints.
/// </summary>
/// <remarks>Thread-safe and meant to be long-lived (one per workspace API key).</remarks>
public class PassesClient : BadgeClient
{
    private readonly string _pushPath = PassesClientOptions.DefaultPushNotificationPath;
    private readonly string? _inviteEmailField;

    /// <summary>Creates a client with its own connection pool and the SDK's handlers.</summary>
    /// <param name="options">The settings; <see cref="PassesClientOptions.ApiKey"/> is required.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public PassesClient(PassesClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, BadgeWalletDialect.Instance, loggerFactory, primary: null))
    {
    }

    /// <summary>
    /// Creates a client that sends through your own handler (a proxy, custom TLS, a recording
    /// handler in tests), beneath the SDK's retries and authentication. The handler is not disposed
    /// with the client.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="handler">The innermost handler.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public PassesClient(PassesClientOptions options, HttpMessageHandler handler, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, BadgeWalletDialect.Instance, loggerFactory, InvokerHandler.For(handler)))
    {
    }

    /// <summary>
    /// Creates a client that sends through your own <see cref="HttpClient"/>, beneath the SDK's
    /// retries and authentication; its own timeout and default headers apply as well. The client is
    /// not disposed with this one. Prefer dependency injection (<c>AddBadge…</c>) in hosted apps.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The client to send through.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public PassesClient(PassesClientOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, BadgeWalletDialect.Instance, loggerFactory, InvokerHandler.For(httpClient)))
    {
    }

    /// <summary>Initializes an instance for mocking.</summary>
    protected PassesClient()
    {
    }

    /// <summary>Creates a client over a prepared transport (dependency injection, tests, emulators).</summary>
    internal PassesClient(PassesClientOptions options, BadgeClientContext context)
        : base(context)
    {
        _pushPath = options.PushNotificationPath.TrimStart('/');
        _inviteEmailField = string.IsNullOrWhiteSpace(options.InviteEmailFieldName) ? null : options.InviteEmailFieldName;
    }

    /// <summary>
    /// Creates or updates a user and their pass (<c>POST v0/rpc/userPassUpsert</c>) and returns the
    /// pass download link. Safe to retry: the same ids converge on the same pass.
    /// </summary>
    /// <param name="request">The template, user and pass (or all of the user's passes).</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The download link and pass id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="BadgeValidationException">A field is missing or blank, or <see cref="UpsertUserPassRequest.SendInviteEmail"/> is set without <see cref="PassesClientOptions.InviteEmailFieldName"/> (no request was sent; <see cref="BadgeValidationException.Field"/> names the field), or Badge rejected the request.</exception>
    /// <exception cref="BadgeApiException">Badge reported another failure.</exception>
    public virtual async Task<UpsertUserPassResult> UpsertUserPassAsync(UpsertUserPassRequest request, CancellationToken cancellationToken = default)
    {
        PassesValidator.Validate(request, _inviteEmailField);
        var call = new BadgeHttpRequest("UpsertUserPass", HttpMethod.Post, "v0/rpc/userPassUpsert")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(PassesMapper.ToWire(request, _inviteEmailField), PassesJsonContext.Default.UserPassUpsertWire),
            Safety = RetrySafety.Idempotent,
        };
        var (response, _) = await Transport.SendAsync(call, PassesJsonContext.Default.UserPassUpsertResponse, cancellationToken).ConfigureAwait(false);
        return PassesMapper.FromWire(response, request);
    }

    /// <summary>
    /// Sends a push notification to one installed pass (<c>passSendPushNotification</c>; route and
    /// schema inferred, see <see cref="SendPushNotificationRequest"/>). Not idempotent: retried only when
    /// the connection was refused, never after the request may have arrived.
    /// </summary>
    /// <param name="request">The pass and the message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Badge's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="BadgeValidationException">The message is empty or an id is missing (no request was sent; <see cref="BadgeValidationException.Field"/> names the field), or Badge rejected the request.</exception>
    /// <exception cref="BadgeTransientException">The outcome is unknown (timeout, lost connection) or Badge is unavailable; the push may or may not have been sent.</exception>
    public virtual async Task<SendPushNotificationResult> SendPushNotificationAsync(SendPushNotificationRequest request, CancellationToken cancellationToken = default)
    {
        PassesValidator.Validate(request);
        var call = new BadgeHttpRequest("SendPushNotification", HttpMethod.Post, _pushPath)
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(PassesMapper.ToWire(request), PassesJsonContext.Default.PushNotificationWire),
            Safety = RetrySafety.NotIdempotent,
        };
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        Transport.Reader.EnsureSuccess(call, response);
        return new SendPushNotificationResult(Encoding.UTF8.GetString(response.Body));
    }

    /// <summary>Lists the workspace's pass templates (<c>GET v0/passTemplates</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    public virtual async Task<IReadOnlyList<PassTemplate>> ListPassTemplatesAsync(CancellationToken cancellationToken = default)
    {
        var call = new BadgeHttpRequest("ListPassTemplates", HttpMethod.Get, "v0/passTemplates");
        var (response, _) = await Transport.SendAsync(call, PassesJsonContext.Default.PassTemplateListResponse, cancellationToken).ConfigureAwait(false);
        return PassesMapper.FromWire(response);
    }

    /// <summary>Creates a Web SDK token (<c>POST v0/sdkToken</c>), valid for 2 hours.</summary>
    /// <param name="request">The template and permissions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="BadgeValidationException">The template id is blank or a required permission is missing (no request was sent; <see cref="BadgeValidationException.Field"/> names the field), or Badge rejected the request.</exception>
    public virtual async Task<CreateSdkTokenResult> CreateSdkTokenAsync(CreateSdkTokenRequest request, CancellationToken cancellationToken = default)
    {
        PassesValidator.Validate(request);
        var call = new BadgeHttpRequest("CreateSdkToken", HttpMethod.Post, "v0/sdkToken")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(PassesMapper.ToWire(request), PassesJsonContext.Default.SdkTokenWire),
            Safety = RetrySafety.Idempotent,
        };
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        var (body, _) = Transport.Reader.Read(call, response, PassesJsonContext.Default.SdkTokenResponse);
        return string.IsNullOrEmpty(body.Token) ? throw Transport.Reader.Unreadable(call, response) : new CreateSdkTokenResult(body.Token);
    }

    /// <summary>
    /// Creates a webhook endpoint (<c>POST v0/webhookEndpoints</c>). The answer carries the signing
    /// secret <em>only this once</em>: store it for <see cref="WebhookVerifier"/>.
    /// </summary>
    /// <param name="request">The receiver URL and topics.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The endpoint, with its secret. When Badge's answer is cut off or oddly shaped but still holds
    /// the secret, the secret is kept and the rest comes from the request (<c>Id</c> may then be empty).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="BadgeAlreadyProcessedException">Badge accepted the call but its answer holds no secret: the endpoint exists; list or delete it in Badge before creating another.</exception>
    /// <exception cref="BadgeValidationException">The URL is not absolute https or no topic is given (no request was sent; <see cref="BadgeValidationException.Field"/> names the field), or Badge rejected the request.</exception>
    /// <remarks>Not idempotent (a retry could create a second endpoint), so it is retried only when the connection was refused.</remarks>
    public virtual async Task<CreateWebhookEndpointResult> CreateWebhookEndpointAsync(CreateWebhookEndpointRequest request, CancellationToken cancellationToken = default)
    {
        PassesValidator.Validate(request);
        var call = new BadgeHttpRequest("CreateWebhookEndpoint", HttpMethod.Post, "v0/webhookEndpoints")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(PassesMapper.ToWire(request), PassesJsonContext.Default.WebhookEndpointWire),
            Safety = RetrySafety.NotIdempotent,
        };
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess && response.TryRead(PassesJsonContext.Default.WebhookEndpointWire) is { Id.Length: > 0, Secret.Length: > 0 } answer)
        {
            return PassesMapper.FromWire(answer);
        }

        // The endpoint exists and its secret is shown only this once: keep it if it can be found at all.
        if (response.IsSuccess && WebhookSecretSalvage.TryRead(response.Body, request) is { } salvaged)
        {
            return salvaged;
        }

        _ = Transport.Reader.Read(call, response, PassesJsonContext.Default.WebhookEndpointWire);
        throw Transport.Reader.Unreadable(call, response);
    }
}
