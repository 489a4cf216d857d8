using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>
/// POSTs one delivery to its rule's webhook, signed, retried with exponential backoff (Polly) on
/// a 5xx, 408, 429, a timeout or a failed connection, until <see cref="AlertOptions.MaxAttempts"/>
/// attempts in all (counting those of an earlier run); every attempt is logged through the
/// callback. A 2xx delivers; any other 4xx is the receiver's refusal and ends it.
/// </summary>
public sealed class WebhookSender
{
    private readonly HttpClient _client;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public WebhookSender(HttpClient client, AlertOptions options, TimeProvider? time = null, ILogger? logger = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// A handler that connects only to addresses <see cref="WebhookAddresses"/> allows (checked
    /// after name resolution, on every connection) and never follows redirects.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(AlertOptions options) => CreateHandler(options, static (host, token) => Dns.GetHostAddressesAsync(host, token));

    /// <summary>The same with another name resolver (tests point a name at loopback).</summary>
    internal static SocketsHttpHandler CreateHandler(AlertOptions options, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = async (context, token) =>
            {
                var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal)
                    ? [literal]
                    : await resolve(context.DnsEndPoint.Host, token).ConfigureAwait(false);
                string? refused = null;
                foreach (var address in addresses)
                {
                    if (WebhookAddresses.Refused(address, options) is { } why)
                    {
                        refused ??= why;
                        continue;
                    }

                    var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), token).ConfigureAwait(false);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                }

                throw new WebhookRefusedException(refused ?? $"{context.DnsEndPoint.Host} has no address");
            },
        };
    }

    /// <summary>Sends <paramref name="delivery"/> to <paramref name="rule"/>'s webhook; returns where it ends.</summary>
    public async Task<DeliveryStatus> SendAsync(AlertDelivery delivery, WatchRule? rule, Action<DeliveryAttempt, DeliveryStatus> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(record);
        var attempt = delivery.Attempts;
        DeliveryStatus End(DeliveryStatus status, int? code, string? error)
        {
            record(new DeliveryAttempt(delivery.Id, Math.Max(attempt, 1), code, error, _time.GetUtcNow()), status);
            return status;
        }

        if (rule?.WebhookUrl is not { } url || rule.Secret is not { } secret)
        {
            attempt++;
            return End(DeliveryStatus.Failed, null, "the rule or its webhook was removed");
        }

        if (WebhookAddresses.Problem(url, _options) is { } problem)
        {
            attempt++;
            return End(DeliveryStatus.Failed, null, problem);
        }

        var remaining = _options.MaxAttempts - delivery.Attempts;
        if (remaining <= 0)
        {
            return End(DeliveryStatus.Failed, null, "no attempts left");
        }

        var signature = WebhookSignature.Sign(secret, delivery.Body);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (remaining > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = remaining - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                // Resumed after a restart, the backoff goes on from where it was.
                Delay = _options.RetryDelay * Math.Pow(2, delivery.Attempts),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>(e => e.InnerException is not WebhookRefusedException)
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
            });
        }

        builder.AddTimeout(_options.AttemptTimeout);
        if (_time != TimeProvider.System)
        {
            builder.TimeProvider = _time;
        }

        var pipeline = builder.Build();
        int? lastCode = null;
        string? lastError = null;
        try
        {
            using var response = await pipeline.ExecuteAsync(async token =>
            {
                attempt++;
                using var request = new HttpRequestMessage(HttpMethod.Post, url)
                {
                    Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add(WebhookSignature.Header, signature);
                request.Headers.Add(WebhookSignature.TimestampHeader, _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id);
                request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
                request.Headers.UserAgent.ParseAdd("Vigil-Webhook/1");
                try
                {
                    var answer = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                    (lastCode, lastError) = ((int)answer.StatusCode, answer.IsSuccessStatusCode ? null : "HTTP " + ((int)answer.StatusCode).ToString(CultureInfo.InvariantCulture));
                    record(new DeliveryAttempt(delivery.Id, attempt, lastCode, lastError, _time.GetUtcNow()), DeliveryStatus.Pending);
                    return answer;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or OperationCanceledException)
                {
                    (lastCode, lastError) = (null, e is OperationCanceledException ? "timed out" : Describe(e));
                    record(new DeliveryAttempt(delivery.Id, attempt, null, lastError, _time.GetUtcNow()), DeliveryStatus.Pending);
                    throw;
                }
            }, cancellationToken).ConfigureAwait(false);
            var status = response.IsSuccessStatusCode ? DeliveryStatus.Delivered : DeliveryStatus.Failed;
            AlertLog.Delivered(_logger, delivery.Id, lastCode ?? 0, attempt, status);
            return End(status, lastCode, lastError);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            AlertLog.DeliveryFailed(_logger, delivery.Id, attempt, lastError ?? e.Message);
            return End(DeliveryStatus.Failed, lastCode, lastError ?? Describe(e));
        }
    }

    private static string Describe(Exception e) =>
        e.InnerException is WebhookRefusedException refused ? refused.Message : e.InnerException?.Message ?? e.Message;
}

/// <summary>A webhook address the policy refuses (see <see cref="WebhookAddresses"/>).</summary>
public sealed class WebhookRefusedException : IOException
{
    public WebhookRefusedException()
    {
    }

    public WebhookRefusedException(string message)
        : base(message)
    {
    }

    public WebhookRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
