namespace BadgeSdk.Passes.Wire;

/// <summary>The inferred <c>passSendPushNotification</c> body.</summary>
internal sealed record PushNotificationWire(string PassTemplateId, string PassId, string Message);
