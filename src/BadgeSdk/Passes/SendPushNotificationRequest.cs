namespace BadgeSdk.Passes;

/// <summary>
/// A push notification to one installed pass (Badge <c>passSendPushNotification</c>), for
/// <see cref="PassesClient.SendPushNotificationAsync"/>.
/// </summary>
/// <remarks>
/// The request schema is not published; it is inferred from the getting-started page (target one
/// pass by the id you set at upsert, within its template, with a message) and sent as
/// <c>{passTemplateId, passId, message}</c>. Wallets truncate: the iOS lock screen shows about 60
/// characters, Apple Wallet about 40–50 per line and 150 in all, and Google Wallet may drop more
/// than 3 pushes per pass a day. Not idempotent: the SDK retries it only when the connection was
/// refused, so a push is never shown twice.
/// </remarks>
/// <param name="PassTemplateId">The pass's template.</param>
/// <param name="PassId">The pass id you set at upsert.</param>
/// <param name="Message">The text shown; not empty.</param>
public sealed record SendPushNotificationRequest(string PassTemplateId, string PassId, string Message);
