using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// An in-process Kestrel server on loopback answering IssueBadge's issue and Capillary's issueBulk,
/// so every row (floor or SDK) pays the same real socket and HTTP cost. The bulk answer lists every
/// customer of the chunk, in order, as Capillary does.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    public const string IssuePath = "/issue/create";
    public const string BulkPath = "/api_gateway/v1/badges/badgeMeta/customer/issueBulk";

    private static readonly byte[] IssueAnswer = Encoding.UTF8.GetBytes("""{"success":true,"IssueId":"xyz789","publicUrl":"https://yourdomain.com/v/xyz789"}""");

    private readonly WebApplication _app;

    private StubServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Gets the root address, ending in '/'.</summary>
    public Uri Address { get; }

    /// <summary>Gets how many requests were answered, so a run can show it measured real calls.</summary>
    public static long Requests => Interlocked.Read(ref _requests);

    private static long _requests;

    public static async Task<StubServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StubServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var path = context.Request.Path.Value;
        if (path == IssuePath)
        {
            // Drain the body as a real server would.
            await context.Request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = IssueAnswer.Length;
            await context.Response.Body.WriteAsync(IssueAnswer).ConfigureAwait(false);
        }
        else if (path == BulkPath)
        {
            await AnswerBulkAsync(context).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private static async Task AnswerBulkAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body).ConfigureAwait(false);
        var customers = new List<long>();
        string? requestId = null;
        var reader = new Utf8JsonReader(body.GetBuffer().AsSpan(0, (int)body.Length));
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.Number && property == "customers")
            {
                customers.Add(reader.GetInt64());
            }
            else if (reader.TokenType == JsonTokenType.String && property == "requestId")
            {
                requestId = reader.GetString();
            }
        }

        var output = new ArrayBufferWriter<byte>(64 * customers.Count + 256);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("badgeMetaId", "66a0b8b8e4b0a1b2c3d4e5f6");
            writer.WriteNumber("expiresOn", 1893456000);
            writer.WriteString("expiresOnISO", "2030-01-01T00:00:00Z");
            writer.WriteStartArray("issuedBadges");
            foreach (var customer in customers)
            {
                writer.WriteStartObject();
                writer.WriteNumber("customerId", customer);
                writer.WriteString("issuedId", "6650a1b2c3d4e5f6a7b8c9d0");
                writer.WriteString("status", "ACTIVE");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("requestId", requestId);
            writer.WriteEndObject();
            writer.WriteStartArray("errors");
            writer.WriteEndArray();
            writer.WriteStartArray("warnings");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = output.WrittenCount;
        await context.Response.Body.WriteAsync(output.WrittenMemory).ConfigureAwait(false);
    }
}
