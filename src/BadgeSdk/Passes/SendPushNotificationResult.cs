namespace BadgeSdk.Passes;

/// <summary>Badge accepted a push notification (<see cref="PassesClient.SendPushNotificationAsync"/>). Its answer's schema is not published, so it is kept as sent.</summary>
/// <param name="RawJson">The response body, possibly empty.</param>
public sealed record SendPushNotificationResult(string RawJson) : BadgeResult;
