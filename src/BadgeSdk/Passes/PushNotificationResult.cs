namespace BadgeSdk.Passes;

/// <summary>Badge accepted a push notification. Its answer's schema is not published, so it is kept as sent.</summary>
/// <param name="RawJson">The response body, possibly empty.</param>
public sealed record PushNotificationResult(string RawJson);
