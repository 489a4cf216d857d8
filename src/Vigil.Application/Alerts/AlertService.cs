using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Storage;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>
/// One round of the alert work, as the server's background service runs it: queue deliveries for
/// new changes, check the sources when due, and start sending what is pending (each delivery by one
/// sender at a time; a delivery left pending by a crash is sent again, under the same id).
/// </summary>
public sealed class AlertService
{
    private readonly Func<IVigilStore> _openWrite;
    private readonly WebhookSender _sender;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSourceCheck = DateTimeOffset.MinValue;

    public AlertService(Func<IVigilStore> openWrite, WebhookSender sender, AlertOptions options, TimeProvider? time = null, ILogger? logger = null)
    {
        _openWrite = openWrite ?? throw new ArgumentNullException(nameof(openWrite));
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Deliveries being sent now.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>Queues and starts what is due; returns the deliveries started.</summary>
    public int RunOnce(CancellationToken cancellationToken)
    {
        using var store = _openWrite();
        var alerts = store.Alerts();
        var now = _time.GetUtcNow();
        AlertDispatcher.DispatchChanges(alerts, now);
        if (now >= _nextSourceCheck)
        {
            _nextSourceCheck = now + _options.SourceCheckInterval;
            var check = SourceSilence.Check(alerts.SourceDays(SourceSilence.From(now, _options)), now, _options);
            AlertDispatcher.RaiseSourceAlerts(alerts, check.Alerts, now);
            alerts.PruneChanges(now - _options.ChangeRetention, AlertDispatcher.CursorName);
        }

        var started = 0;
        var free = _options.Parallelism - _inFlight.Count;
        foreach (var delivery in alerts.PendingDeliveries(_options.Parallelism * 4))
        {
            if (free <= 0)
            {
                break;
            }

            if (_inFlight.ContainsKey(delivery.Id))
            {
                continue;
            }

            var rule = alerts.Rule(delivery.RuleId);
            // Registered before it starts, so its own removal when done cannot come first.
            var send = new Task<Task>(() => SendAsync(delivery, rule, cancellationToken));
            _inFlight[delivery.Id] = send.Unwrap();
            send.Start(TaskScheduler.Default);
            free--;
            started++;
        }

        return started;
    }

    /// <summary>Waits for the deliveries being sent.</summary>
    public Task DrainAsync() => Task.WhenAll(_inFlight.Values);

    private async Task SendAsync(AlertDelivery delivery, WatchRule? rule, CancellationToken cancellationToken)
    {
        try
        {
            await _sender.SendAsync(delivery, rule, (attempt, status) =>
            {
                using var store = _openWrite();
                store.Alerts().RecordAttempt(attempt, status);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the delivery stays pending and is sent again on the next start.
        }
        catch (StoreException e)
        {
            AlertLog.StoreFailed(_logger, delivery.Id, e.Message);
        }
        finally
        {
            _inFlight.TryRemove(delivery.Id, out _);
        }
    }
}
