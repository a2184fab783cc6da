using BadgeSdk.Core.Http;
using BadgeSdk.Passes.Wire;

namespace BadgeSdk.Passes;

/// <summary>How Badge reports outcomes: the HTTP status, with a <c>message</c> or <c>error</c> field (unpublished, read when present).</summary>
internal sealed class BadgeWalletDialect : ResponseDialect
{
    public const string ApiName = "Badge";

    public static readonly BadgeWalletDialect Instance = new();

    private BadgeWalletDialect()
        : base(ApiName)
    {
    }

    public override ServerReport ReadReport(BadgeHttpResponse response)
        => response.TryRead(PassesJsonContext.Default.PassesErrorBody) is { } body
            ? new ServerReport(null, body.Message ?? body.Error, [], [])
            : ServerReport.None;
}
