using BadgeSdk.Issuance;

namespace BadgeSdk.Tests.Core;

/// <summary>Every public SDK exception says what happened when built without a message, and keeps a given message and cause.</summary>
public sealed class ExceptionConstructorTests
{
    public static TheoryData<Type, string> Defaults => new()
    {
        { typeof(BadgeApiException), "The badge API call failed." },
        { typeof(BadgeAlreadyProcessedException), "An earlier attempt of this call was probably processed; its answer was lost." },
        { typeof(BadgeAuthenticationException), "Authentication with the badge API failed." },
        { typeof(BadgeConflictException), "The request conflicts with existing state." },
        { typeof(BadgeNotFoundException), "The requested resource was not found." },
        { typeof(BadgeRateLimitException), "The badge API is rate limiting this client." },
        { typeof(BadgeTransientException), "The badge API is temporarily unavailable." },
        { typeof(BadgeValidationException), "The request is invalid." },
        { typeof(BadgeProbablyIssuedException), "The badge was probably issued by an earlier attempt whose answer was lost." },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Without_a_message_each_says_what_happened(Type type, string message)
    {
        var error = (BadgeApiException)Activator.CreateInstance(type)!;

        Assert.Equal(message, error.Message);
        Assert.Null(error.InnerException);
        Assert.Null(error.StatusCode);
        Assert.Empty(error.Errors);
    }

    [Fact]
    public void A_redirect_and_a_cancellation_say_what_happened_without_a_message()
    {
        Assert.Equal("The server answered with a redirect, which the SDK does not follow.", new BadgeRedirectException().Message);
        Assert.Equal("The badge API call was cancelled.", new BadgeOperationCanceledException().Message);
    }

    [Fact]
    public void Errors_set_to_null_read_as_empty_and_given_errors_are_kept()
    {
        var errors = new[] { new BadgeError(1, "one") };

        Assert.Empty(new BadgeApiException("m") { Errors = null! }.Errors);
        Assert.Same(errors, new BadgeApiException("m") { Errors = errors }.Errors);
    }

    public static TheoryData<Type> Types => new(Defaults.Select(row => (Type)row[0]));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_given_message_and_cause_are_kept(Type type)
    {
        var cause = new InvalidOperationException("cause");

        var withMessage = (BadgeApiException)Activator.CreateInstance(type, "given")!;
        var withCause = (BadgeApiException)Activator.CreateInstance(type, "given too", cause)!;

        Assert.Equal("given", withMessage.Message);
        Assert.Equal(("given too", cause), (withCause.Message, withCause.InnerException));
    }
}
