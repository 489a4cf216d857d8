namespace Vigil.Storage.Review;

/// <summary>
/// One write, as the audit trail keeps it: who, when, what (an action such as <c>incident.correct</c>
/// and the incident, claim, report or account it acted on), the state before and after (JSON, or
/// null), and the note.
/// </summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? Target, string? Before, string? After, string? Note);

/// <summary>Which audit entries to list: times inclusive, actor and action exact, newest first, after the entry id <see cref="Before"/>.</summary>
public sealed record AuditQuery(DateTimeOffset? From = null, DateTimeOffset? To = null, string? Actor = null, string? Action = null, int Limit = 100, long? Before = null);

/// <summary>
/// The audit trail (migration 0005): append-only. There is no update or delete here, and the
/// database itself refuses them (a trigger on both SQLite and PostgreSQL).
/// </summary>
public interface IAuditStore
{
    /// <summary>Appends an entry (its <c>Id</c> is ignored) and returns the id it got.</summary>
    long Append(AuditEntry entry);

    /// <summary>One page of entries, newest first, with the count of every match.</summary>
    Page<AuditEntry> Audit(AuditQuery query);
}
