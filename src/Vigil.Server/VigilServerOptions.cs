namespace Vigil.Server;

/// <summary>How <c>vigil serve</c> runs: the store, the addresses to listen on, and whether reads are open to other machines.</summary>
public sealed record VigilServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Largest request body accepted (a posted report); more is answered 413.</summary>
    public const long MaxRequestBodyBytes = 10 * 1024 * 1024;

    /// <summary>The store location (<c>--db</c>); null: configuration, then <c>VIGIL_DB</c>, then the default file.</summary>
    public string? Db { get; init; }

    /// <summary>Semicolon-separated URLs (Kestrel's form); port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// Serve reads to everyone, signed in or not (<c>--public</c>). Without it every endpoint but
    /// <c>/health</c>, sign-in and the dashboard's files needs an account or a token. Writes always
    /// need an analyst or admin.
    /// </summary>
    public bool Public { get; init; }

    /// <summary>
    /// <c>--publish verified</c>: anonymous readers see only incidents an analyst has verified (none
    /// until review exists) and not the reports, statistics or exports behind them.
    /// </summary>
    public bool PublishVerifiedOnly { get; init; }

    /// <summary>Requests per minute per account and per address before 429.</summary>
    public Security.RateLimitOptions RateLimits { get; init; } = new();

    /// <summary>Webhook delivery, the live stream's polling and the source-silence thresholds (docs/alerts.md).</summary>
    public Application.Alerts.AlertOptions Alerts { get; init; } = new();

    /// <summary>Lowest level logged (to standard error).</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Warning;
}
