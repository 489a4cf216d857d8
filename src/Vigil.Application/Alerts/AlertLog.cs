using Microsoft.Extensions.Logging;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Webhook delivery {Delivery}: HTTP {Status} after {Attempts} attempt(s), {Outcome}")]
    public static partial void Delivered(ILogger logger, string delivery, int status, int attempts, DeliveryStatus outcome);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Webhook delivery {Delivery} gave up after {Attempts} attempt(s): {Reason}")]
    public static partial void DeliveryFailed(ILogger logger, string delivery, int attempts, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Webhook delivery {Delivery}: the store failed: {Reason}")]
    public static partial void StoreFailed(ILogger logger, string delivery, string reason);
}
