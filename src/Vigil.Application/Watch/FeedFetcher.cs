using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Vigil.Storage.Feeds;

namespace Vigil.Application.Watch;

/// <summary>How feed requests are made and retried within one poll.</summary>
public sealed record FeedFetchOptions
{
    /// <summary>Longest one attempt may take, headers and body.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries within one poll after a network error, a time-out, 408, 429 or 5xx.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First retry delay; doubled each retry, with jitter (Polly's decorrelated exponential backoff).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After up to this long is waited for within the poll; a longer one ends the poll and sets the next.</summary>
    public TimeSpan MaxRetryAfterWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body read.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;
}

/// <summary>
/// One poll's HTTP result: the body of a 200, or <see cref="NotModified"/> for a 304, or the error
/// after the retries; <see cref="RetryAfter"/> is what the server asked for on the last 429/503.
/// </summary>
public sealed record FeedFetch(
    int? Status,
    byte[]? Body,
    string? ETag,
    string? LastModified,
    string? Error,
    TimeSpan? RetryAfter,
    int Attempts)
{
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;
}

/// <summary>
/// Fetches a feed with a conditional request (If-None-Match from the stored ETag, If-Modified-Since
/// from the stored Last-Modified, both echoed verbatim as RFC 9110 asks), a time-out per attempt,
/// and retries with exponential backoff and jitter that honour Retry-After (Polly).
/// </summary>
public sealed class FeedFetcher
{
    private readonly HttpClient _client;
    private readonly FeedFetchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public FeedFetcher(HttpClient client, FeedFetchOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new FeedFetchOptions();
        _clock = clock ?? TimeProvider.System;
        _pipeline = BuildPipeline();
    }

    private static readonly Lazy<HttpClient> Shared = new(CreateClient);

    /// <summary>The process's one client for feeds (connections pooled and renewed every 5 minutes, so DNS changes are seen).</summary>
    public static HttpClient SharedClient => Shared.Value;

    /// <summary>A client for feeds: compressed bodies accepted, no client-wide time-out (each attempt has its own).</summary>
    public static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Vigil", "0.1"));
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("(feed watcher)"));
        return client;
    }

    public async Task<FeedFetch> FetchAsync(FeedClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var url = new Uri(claim.Feed.Url);
        var attempts = 0;
        TimeSpan? retryAfter = null;
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (claim.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (claim.LastModified is { } modified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                }

                var answer = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                retryAfter = RetryAfterOf(answer) ?? retryAfter;
                return answer;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return new FeedFetch(null, null, null, null, "request failed: " + e.Message, retryAfter, attempts);
        }
        catch (TimeoutRejectedException)
        {
            return new FeedFetch(null, null, null, null, string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.AttemptTimeout.TotalSeconds:0.#} s"), retryAfter, attempts);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedFetch(status, null, null, null, null, null, attempts);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FeedFetch(status, null, null, null, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase}"),
                    RetryAfterOf(response) ?? retryAfter, attempts);
            }

            var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            return body.Error is not null
                ? new FeedFetch(status, null, null, null, body.Error, null, attempts)
                : new FeedFetch(status, body.Bytes, response.Headers.ETag?.ToString(),
                    response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null, null, null, attempts);
        }
    }

    private async Task<(byte[]? Bytes, string? Error)> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var tooLarge = string.Create(CultureInfo.InvariantCulture, $"body larger than {_options.MaxBytes} bytes");
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            return (null, tooLarge);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.AttemptTimeout);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, deadline.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    return (null, tooLarge);
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timed out reading the body");
        }
        catch (HttpRequestException e)
        {
            return (null, "reading the body failed: " + e.Message);
        }
        catch (IOException e)
        {
            return (null, "reading the body failed: " + e.Message);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _clock };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } answer } => IsTransient(answer.StatusCode) && !(RetryAfterOf(answer) > _options.MaxRetryAfterWait),
                    _ => false,
                }),
                // The server's Retry-After wins over our backoff; null keeps the backoff.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } answer ? RetryAfterOf(answer) : null),
            });
        }

        return builder.AddTimeout(_options.AttemptTimeout).Build();
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - _clock.GetUtcNow() : null);
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null;
    }
}
