namespace Vigil.Server;

/// <summary>The server's own log messages, source-generated.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Sign-in of '{Name}' refused: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string name, string reason);
}
