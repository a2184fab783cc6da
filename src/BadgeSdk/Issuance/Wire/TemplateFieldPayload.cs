namespace BadgeSdk.Issuance.Wire;

/// <summary>One <c>custom_fields</c> entry: <c>{name, type, required}</c>.</summary>
internal sealed record TemplateFieldPayload(string Name, CustomFieldType Type, bool Required);
