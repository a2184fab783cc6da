namespace BadgeSdk.Tests.Reliability;

/// <summary>Every SDK method that changes state on a server: the columns of the fault matrix.</summary>
public enum Write
{
    IssueBadge,
    IssueBadgeViaGet,
    CreateBadgeTemplate,
    UpsertUserPass,
    SendPushNotification,
    CreateSdkToken,
    CreateWebhookEndpoint,
    CreateBadge,
    IssueBulk,
}
