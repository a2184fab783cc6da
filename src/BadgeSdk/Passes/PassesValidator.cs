using BadgeSdk.Core.Validation;

namespace BadgeSdk.Passes;

/// <summary>
/// The checks made on Passes requests before sending, so a call Badge would refuse (or one that
/// would touch the wrong passes) is never sent. Each failure is a <see cref="BadgeValidationException"/>
/// naming the field; only a null request is an <see cref="ArgumentNullException"/>.
/// </summary>
internal static class PassesValidator
{
    // Badge refuses any Web SDK token without these two.
    private static readonly SdkPermission[] RequiredPermissions = [SdkPermission.WorkspaceRead, SdkPermission.UserRead];

    /// <summary>Checks an upsert.</summary>
    /// <param name="request">The request.</param>
    /// <param name="inviteEmailField">The configured JSON name of the invite-email flag, or <see langword="null"/> when none is set.</param>
    public static void Validate(UpsertUserPassRequest request, string? inviteEmailField)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.PassTemplateId, nameof(request.PassTemplateId));

        // The factories refuse a null user, so only its id can be missing here.
        BadgeValidationException.ThrowIfBlank(request.User.Id, "User.Id");
        LoneSurrogate.ThrowIfAny(request.PassTemplateId, nameof(request.PassTemplateId));
        LoneSurrogate.ThrowIfAny(request.User.Id, "User.Id");
        LoneSurrogate.ThrowIfAny(request.User.Email, "User.Email");
        LoneSurrogate.ThrowIfAny(request.User.Attributes, "User.Attributes");
        if (request.User.Email is { } email && !EmailAddress.IsValid(email))
        {
            // Badge sends the invite email there; the address is not echoed.
            throw BadgeValidationException.ForField("User.Email", $"is not a bare email address: give only name@example.com (no display name, spaces or comments, a dot in the domain, at most {EmailAddress.MaxLength} characters).");
        }

        if (request.Pass is { } pass)
        {
            BadgeValidationException.ThrowIfBlank(pass.Id, "Pass.Id");
            LoneSurrogate.ThrowIfAny(pass.Id, "Pass.Id");
            LoneSurrogate.ThrowIfAny(pass.Attributes, "Pass.Attributes");
        }

        if (request.SendInviteEmail is not null && inviteEmailField is null)
        {
            throw BadgeValidationException.ForField(
                nameof(request.SendInviteEmail),
                $"Badge has not published this flag's JSON name; set {nameof(PassesClientOptions)}.{nameof(PassesClientOptions.InviteEmailFieldName)} to the name your account uses.");
        }
    }

    /// <summary>Checks a push notification.</summary>
    /// <param name="request">The request.</param>
    public static void Validate(SendPushNotificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.PassTemplateId, nameof(request.PassTemplateId));
        BadgeValidationException.ThrowIfBlank(request.PassId, nameof(request.PassId));
        BadgeValidationException.ThrowIfBlank(request.Message, nameof(request.Message));
        LoneSurrogate.ThrowIfAny(request.PassTemplateId, nameof(request.PassTemplateId));
        LoneSurrogate.ThrowIfAny(request.PassId, nameof(request.PassId));
        LoneSurrogate.ThrowIfAny(request.Message, nameof(request.Message));
    }

    /// <summary>Checks a Web SDK token request.</summary>
    /// <param name="request">The request.</param>
    public static void Validate(CreateSdkTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.TemplateId, nameof(request.TemplateId));
        LoneSurrogate.ThrowIfAny(request.TemplateId, nameof(request.TemplateId));
        foreach (var required in RequiredPermissions)
        {
            if (request.Permissions is null || !request.Permissions.Contains(required))
            {
                throw BadgeValidationException.ForField(nameof(request.Permissions), $"must include {required}; Badge always requires workspace:read and user:read.");
            }
        }

        for (var i = 0; i < request.Permissions.Count; i++)
        {
            LoneSurrogate.ThrowIfAny(request.Permissions[i].Value, $"{nameof(request.Permissions)}[{i}]");
        }
    }

    /// <summary>Checks a new webhook endpoint.</summary>
    /// <param name="request">The request.</param>
    public static void Validate(CreateWebhookEndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url is not { IsAbsoluteUri: true } url || url.Scheme != Uri.UriSchemeHttps)
        {
            throw BadgeValidationException.ForField(nameof(request.Url), "must be an absolute https URL; Badge delivers over public HTTPS only.");
        }

        if (request.EnabledTopics is not { Count: > 0 })
        {
            throw BadgeValidationException.ForField(nameof(request.EnabledTopics), "needs at least one topic.");
        }

        for (var i = 0; i < request.EnabledTopics.Count; i++)
        {
            LoneSurrogate.ThrowIfAny(request.EnabledTopics[i].Value, $"{nameof(request.EnabledTopics)}[{i}]");
        }
    }
}
