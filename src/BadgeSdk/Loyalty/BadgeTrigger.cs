namespace BadgeSdk.Loyalty;

/// <summary>What triggered an enrolment (<c>triggeredBy</c>).</summary>
/// <param name="OwnerType">The module that triggered it.</param>
/// <param name="ReferenceId">The module's id for the owner.</param>
public sealed record BadgeTrigger(OwnerType OwnerType, string? ReferenceId);
