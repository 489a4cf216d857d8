namespace Vigil.Application.Alerts;

/// <summary>How alerts are delivered and when a source counts as silent (docs/alerts.md).</summary>
public sealed record AlertOptions
{
    /// <summary>Attempts per webhook delivery before it is given up (the first try included).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait before the first retry; each further retry waits twice as long (1, 2, 4, 8, 16 s by default).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take before it counts as a timeout (and is retried).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Webhooks to private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7): off unless the operator allows them.</summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Webhooks to loopback (127/8, ::1): off unless allowed (tests run their receiver there).</summary>
    public bool AllowLoopback { get; init; }

    /// <summary>How often the server looks for new changes to deliver and stream.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the server checks the sources for silence.</summary>
    public TimeSpan SourceCheckInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Days of history a source's usual daily volume is the median of.</summary>
    public int BaselineDays { get; init; } = 28;

    /// <summary>A source whose median is at least this many reports a day "usually sends".</summary>
    public double MinMedian { get; init; } = 1;

    /// <summary>No report from a usual sender for this long: a <c>silent</c> alert.</summary>
    public TimeSpan SilenceWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>A full day under this share of the median: a <c>drop</c> alert.</summary>
    public double DropRatio { get; init; } = 0.25;

    /// <summary>How long delivered changes stay in the feed (and can be replayed by the stream).</summary>
    public TimeSpan ChangeRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Deliveries sent at once.</summary>
    public int Parallelism { get; init; } = 4;
}
