using BadgeSdk.Core.Validation;

namespace BadgeSdk.Loyalty;

/// <summary>The checks on a badge custom field made before sending, so nothing is sent in vain.</summary>
internal static class CustomFieldValidator
{
    public static void Validate(CreateCustomFieldRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Check(request.Name, request.DataType, request.DefaultValue);
    }

    public static void Validate(UpdateCustomFieldRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.CustomFieldId, nameof(request.CustomFieldId));
        Check(request.Name, request.DataType, request.DefaultValue);
    }

    private static void Check(string name, CustomFieldDataType dataType, string? defaultValue)
    {
        BadgeValidationException.ThrowIfBlank(name, nameof(CreateCustomFieldRequest.Name));
        LoneSurrogate.ThrowIfAny(name, nameof(CreateCustomFieldRequest.Name));

        // The type is server-defined (extensible) but required: default(CustomFieldDataType) holds no value.
        BadgeValidationException.ThrowIfBlank(dataType.Value, nameof(CreateCustomFieldRequest.DataType));
        LoneSurrogate.ThrowIfAny(defaultValue, nameof(CreateCustomFieldRequest.DefaultValue));
    }
}
