namespace BadgeSdk.Testing;

/// <summary>A push notification the emulated Badge API received.</summary>
/// <param name="PassTemplateId">The pass's template.</param>
/// <param name="PassId">The pass.</param>
/// <param name="Message">The text.</param>
public sealed record EmulatedPushNotification(string PassTemplateId, string PassId, string Message);
