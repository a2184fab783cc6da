using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>How customers get a badge.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<EarnType>))]
public readonly partial struct EarnType
{
    /// <summary>Gets <c>EARN</c>: Customers are enrolled first and earn the badge when they meet its condition.</summary>
    public static EarnType Earn { get; } = new("EARN");

    /// <summary>Gets <c>ISSUE_EARN</c>: The badge is issued directly to customers who meet its condition, without enrolment.</summary>
    public static EarnType IssueEarn { get; } = new("ISSUE_EARN");
}
