using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Infrastructure;

internal sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, IReadOnlyList<string> Values, string? Exception);
