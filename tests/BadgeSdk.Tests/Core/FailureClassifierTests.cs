using System.Net;
using System.Net.Http.Headers;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;
using Polly.Timeout;

namespace BadgeSdk.Tests.Core;

/// <summary>The single table that decides whether a failed attempt is retried, counted against the breaker, or left ambiguous.</summary>
public sealed class FailureClassifierTests
{
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(200, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    public void Only_the_documented_statuses_are_transient(int status, bool transient)
    {
        Assert.Equal(transient, FailureClassifier.IsTransientStatus((HttpStatusCode)status));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.Unknown, false)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.InvalidResponse, false)]
    public void Only_failures_before_sending_prove_the_request_was_not_sent(HttpRequestError error, bool notSent)
    {
        Assert.Equal(notSent, FailureClassifier.ProvesNotSent(new HttpRequestException(error, "failed")));
    }

    [Fact]
    public void Other_exceptions_never_prove_the_request_was_not_sent()
    {
        Assert.False(FailureClassifier.ProvesNotSent(new TimeoutRejectedException()));
        Assert.False(FailureClassifier.ProvesNotSent(new IOException("reset")));
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(408, false)]
    [InlineData(429, false)]
    [InlineData(503, false)]
    [InlineData(200, false)]
    [InlineData(422, false)]
    public void Only_500_502_and_504_leave_open_whether_the_server_acted(int status, bool ambiguous)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(ambiguous, FailureClassifier.MayHaveBeenProcessed(null, response));
    }

    [Fact]
    public void A_failure_without_exception_or_response_is_not_ambiguous()
    {
        Assert.False(FailureClassifier.MayHaveBeenProcessed(null, null));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, false)]
    [InlineData(HttpRequestError.NameResolutionError, false)]
    [InlineData(HttpRequestError.ResponseEnded, true)]
    [InlineData(HttpRequestError.Unknown, true)]
    public void An_exception_is_ambiguous_unless_it_proves_the_request_was_not_sent(HttpRequestError error, bool ambiguous)
    {
        using var ok = new HttpResponseMessage(HttpStatusCode.OK);

        // The exception decides, whatever response object came with it.
        Assert.Equal(ambiguous, FailureClassifier.MayHaveBeenProcessed(new HttpRequestException(error, "failed"), ok));
    }

    [Fact]
    public void A_timed_out_attempt_is_ambiguous()
    {
        Assert.True(FailureClassifier.MayHaveBeenProcessed(new TimeoutRejectedException(), null));
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, true)]
    [InlineData(503, true)]
    [InlineData(599, true)]
    [InlineData(408, true)]
    [InlineData(499, false)]
    [InlineData(429, false)]
    [InlineData(404, false)]
    [InlineData(200, false)]
    public void Server_errors_and_request_timeouts_count_against_the_breaker(int status, bool failure)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(failure, FailureClassifier.IsServiceFailure(null, response));
    }

    [Fact]
    public void Connection_failures_and_attempt_timeouts_count_against_the_breaker_but_other_exceptions_do_not()
    {
        Assert.True(FailureClassifier.IsServiceFailure(new HttpRequestException("reset"), null));
        Assert.True(FailureClassifier.IsServiceFailure(new TimeoutRejectedException(), null));
        Assert.False(FailureClassifier.IsServiceFailure(new InvalidOperationException("caller bug"), null));
        Assert.False(FailureClassifier.IsServiceFailure(null, null));
    }

    [Fact]
    public void Retry_after_in_seconds_is_the_delay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42));

        Assert.Equal(TimeSpan.FromSeconds(42), FailureClassifier.RetryAfter(response, new ManualTimeProvider()));
    }

    [Fact]
    public void Retry_after_as_a_date_is_the_time_left_until_it()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(new DateTimeOffset(2026, 1, 1, 12, 1, 30, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromSeconds(90), FailureClassifier.RetryAfter(response, clock));
    }

    [Fact]
    public void Retry_after_as_a_date_already_past_is_no_wait()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(new DateTimeOffset(2026, 1, 1, 11, 59, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.Zero, FailureClassifier.RetryAfter(response, clock));
    }

    [Fact]
    public void Retry_after_as_exactly_now_is_no_wait()
    {
        var now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(now);

        Assert.Equal(TimeSpan.Zero, FailureClassifier.RetryAfter(response, new ManualTimeProvider(now)));
    }

    [Fact]
    public void No_retry_after_header_is_no_delay_of_the_servers()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(FailureClassifier.RetryAfter(response, new ManualTimeProvider()));
    }
}
