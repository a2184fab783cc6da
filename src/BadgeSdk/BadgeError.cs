namespace BadgeSdk;

/// <summary>One error the vendor reported, such as a Capillary <c>errors[]</c> entry.</summary>
/// <param name="Code">The vendor's numeric code (for example 725, "badge name cannot be duplicate"); 0 when the vendor gave none.</param>
/// <param name="Message">The vendor's message, as sent.</param>
/// <param name="Reference">The field or entity the error refers to, when the vendor names one (for example <c>ownership.restrictedToOwners</c>).</param>
public sealed record BadgeError(int Code, string? Message, string? Reference = null);
