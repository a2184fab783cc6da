using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AotSmoke;

/// <summary>A loopback HTTP stub answering each documented route with its documented example.</summary>
internal sealed class StubServer : IDisposable
{
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["/api/v1/issue/create"] = """{"success":true,"IssueId":"xyz789","publicUrl":"https://yourdomain.com/v/xyz789"}""",
        ["/v0/rpc/userPassUpsert"] = """{"pass":{"downloadUrl":"https://example.com/download?id=123&token=123"}}""",
        ["/v0/rpc/passSendPushNotification"] = "{}",
        ["/api_gateway/v1/badges/badgeMeta"] = """{"data":{"id":"662749408fe258516a88fe89","name":"BADGE123","startOn":1716803487.000000000,"ownership":{"restrictedToOwners":["Loyalty"]},"customerConstraints":[{"constraintType":"CUSTOMER_BADGE_FIXED_WINDOW","durationType":"DAYS","refreshRate":3,"startDayOfTheWeek":1}],"status":"UPCOMING"},"errors":[],"warnings":[]}""",
        ["/api_gateway/v1/badges/badgeMeta/customer/issueBulk"] = """{"data":{"badgeMetaId":"662749408fe258516a88fe89","issuedBadges":[{"customerId":1,"issuedId":"i-1","status":"ACTIVE"},{"customerId":2,"issuedId":"i-2","error":{"code":1040,"message":"An active issue for the badge already exists.","reference":null},"status":"ACTIVE"}]},"errors":[],"warnings":[]}""",
    };

    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public StubServer()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public int Unauthenticated { get; private set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            if (string.IsNullOrEmpty(context.Request.Headers["Authorization"]))
            {
                Unauthenticated++;
            }

            var found = Answers.TryGetValue(path, out var body);
            var bytes = Encoding.UTF8.GetBytes(body ?? """{"message":"no such route"}""");
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
