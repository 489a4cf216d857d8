using Microsoft.Extensions.Logging;
using Vigil.Storage;

namespace Vigil.Application;

/// <summary>The core's log messages, source-generated (no boxing, no formatting when the level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Opened the store {Location} ({Access})")]
    public static partial void StoreOpened(ILogger logger, string location, StoreAccess access);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Ingested {Total} inputs: {New} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed; {Incidents} incidents")]
    public static partial void Ingested(ILogger logger, int total, int @new, int updated, int unchanged, int failed, int incidents);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Input {Origin} failed: {Reason}")]
    public static partial void InputFailed(ILogger logger, string origin, string reason);
}
