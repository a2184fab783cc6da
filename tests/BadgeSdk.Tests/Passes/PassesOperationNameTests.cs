using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BadgeSdk.Passes;

namespace BadgeSdk.Tests.Passes;

/// <summary>Each call's span and exception carry the method's name without <c>Async</c>, so traces, logs and code use one vocabulary.</summary>
public sealed class PassesOperationNameTests
{
    private const string TemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    public static TheoryData<string, Func<PassesClient, Task>> Calls => new()
    {
        { "UpsertUserPass", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u"))) },
        { "SendPushNotification", c => c.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p", "Hi")) },
        { "ListPassTemplates", c => c.ListPassTemplatesAsync() },
        { "CreateSdkToken", c => c.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead])) },
        { "CreateWebhookEndpoint", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [WebhookTopic.PassActivated])) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Span_and_exception_are_named_after_the_method(string operation, Func<PassesClient, Task> call)
    {
        var spans = new ConcurrentQueue<Activity>();
        using var root = new Activity("passes-operation-name-test").Start();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "BadgeSdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,

            // Other tests run in parallel; only this test's trace counts.
            ActivityStopped = activity =>
            {
                if (activity.TraceId == root.TraceId)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var stub = new PassesStub(HttpStatusCode.NotFound);

        var error = await Assert.ThrowsAsync<BadgeNotFoundException>(() => call(stub.Client));

        Assert.Equal(operation, error.Operation);
        var span = Assert.Single(spans);
        Assert.Equal($"Badge.{operation}", span.DisplayName);
        Assert.Equal(operation, span.GetTagItem("badgesdk.operation"));
    }
}
