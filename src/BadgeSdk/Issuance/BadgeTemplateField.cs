namespace BadgeSdk.Issuance;

/// <summary>A custom field defined on a new badge template; badges issued from it fill it through <see cref="IssueBadgeRequest.Metadata"/>.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Type">The field's type.</param>
/// <param name="Required">Whether every issued badge must fill it.</param>
public sealed record BadgeTemplateField(string Name, CustomFieldType Type, bool Required = false);
