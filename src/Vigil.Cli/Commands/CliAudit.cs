using System.Text.Json;
using Vigil.Core;
using Vigil.Storage;
using Vigil.Storage.Review;

namespace Vigil.Cli.Commands;

/// <summary>
/// Writes made from the command line go into the same append-only audit trail as the API's, with the
/// operating-system account as the actor (<c>cli:NAME</c>): the trail then holds every write, not
/// only those made over HTTP.
/// </summary>
internal static class CliAudit
{
    public static string Actor => "cli:" + Environment.UserName;

    public static void Write(IVigilStore store, string action, string? target, object? before, object? after, string? note = null) =>
        store.Audit().Append(new AuditEntry(0, DateTimeOffset.UtcNow, Actor, action, target,
            before is null ? null : JsonSerializer.Serialize(before, VigilJson.Compact),
            after is null ? null : JsonSerializer.Serialize(after, VigilJson.Compact),
            note));
}
