namespace BadgeSdk.Passes;

/// <summary>The inferred member names of the <c>passSendPushNotification</c> body, from <see cref="PassesClientOptions"/>.</summary>
/// <param name="TemplateId">The pass template id's name.</param>
/// <param name="PassId">The pass id's name.</param>
/// <param name="Message">The text's name.</param>
internal sealed record PushNotificationNames(string TemplateId, string PassId, string Message)
{
    public static PushNotificationNames From(PassesClientOptions options)
        => new(options.PushNotificationTemplateIdField, options.PushNotificationPassIdField, options.PushNotificationMessageField);
}
