namespace BadgeSdk.DependencyInjection;

/// <summary>
/// The options type behind the start-up check of the section given to <c>AddBadgeSdk</c>
/// (<see cref="BadgeSdkSectionValidator"/>); it holds nothing, it only gives the check a name.
/// </summary>
internal sealed class BadgeSdkSectionCheck;
