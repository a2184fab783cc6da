using BadgeSdk.Core.Validation;

namespace BadgeSdk.Loyalty;

/// <summary>The checks on a badge group made before sending, so nothing is sent in vain.</summary>
internal static class BadgeGroupValidator
{
    public static void Validate(CreateBadgeGroupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckName(request.Name);
    }

    public static void Validate(UpdateBadgeGroupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.GroupId, nameof(request.GroupId));
        CheckName(request.Name);
    }

    private static void CheckName(string name)
    {
        BadgeValidationException.ThrowIfBlank(name, nameof(CreateBadgeGroupRequest.Name));
        LoneSurrogate.ThrowIfAny(name, nameof(CreateBadgeGroupRequest.Name));
    }
}
