using Vigil.Application;
using Vigil.Application.Alerts;
using Microsoft.Extensions.Hosting;
using Vigil.Storage;

namespace Vigil.Server;

/// <summary>
/// The background half of alerts in <c>vigil serve</c>: every poll interval, queue webhook
/// deliveries for new changes, check the sources when due, and send what is pending
/// (<see cref="AlertService"/>). Stopping leaves unsent deliveries pending for the next start.
/// </summary>
internal sealed partial class AlertWorker(VigilStoreFactory stores, AlertOptions options, TimeProvider time, ILogger<AlertWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = new HttpClient(WebhookSender.CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan };
        var service = new AlertService(stores.OpenWrite, new WebhookSender(client, options, time, logger), options, time, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Store calls are synchronous: off the host's startup path.
                await Task.Run(() => service.RunOnce(stoppingToken), stoppingToken).ConfigureAwait(false);
            }
            catch (StoreException e)
            {
                RoundFailed(logger, e.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await service.DrainAsync().ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Alerts: a round failed, retried next interval: {Reason}")]
    private static partial void RoundFailed(ILogger logger, string reason);
}
