using System.Globalization;

namespace Vigil.Storage.Review;

/// <summary>Paging and filtering both stores share for the review queue and the audit log. For store implementations, not their callers.</summary>
public static class ReviewRows
{
    /// <summary>The flags of a queue cursor; a cursor that is not one matches nothing.</summary>
    public static int QueueFlags(PageCursor cursor) =>
        int.TryParse(cursor.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var flags) ? flags : -1;

    public static Page<ReviewQueueItem> QueuePage(List<ReviewQueueItem> items, int limit, long total)
    {
        PageCursor? next = null;
        if (items.Count > limit)
        {
            items.RemoveAt(items.Count - 1);
            var last = items[^1];
            next = new PageCursor(last.Flags.ToString(CultureInfo.InvariantCulture), last.Incident.Id);
        }

        return new Page<ReviewQueueItem>(items, next, total);
    }

    /// <summary>The audit filter's WHERE (without and with the page's keyset) and its parameters, for either store's parameter prefix.</summary>
    public static ((string Filter, string Page) Where, List<(string Name, object Value)> Parameters) AuditWhere(AuditQuery query, string prefix)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object)>();
        if (query.From is { } from)
        {
            clauses.Add($"at >= {prefix}from");
            parameters.Add((prefix + "from", StoreValues.UtcTimestamp(from)));
        }

        if (query.To is { } to)
        {
            clauses.Add($"at <= {prefix}to");
            parameters.Add((prefix + "to", StoreValues.UtcTimestamp(to)));
        }

        if (!string.IsNullOrEmpty(query.Actor))
        {
            clauses.Add($"lower(actor) = lower({prefix}actor)");
            parameters.Add((prefix + "actor", query.Actor));
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            clauses.Add($"action = {prefix}action");
            parameters.Add((prefix + "action", query.Action));
        }

        var filter = clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses);
        if (query.Before is { } before)
        {
            clauses.Add($"id < {prefix}before");
            parameters.Add((prefix + "before", before));
        }

        var page = clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses);
        return ((filter, page), parameters);
    }

    public static Page<AuditEntry> AuditPage(List<AuditEntry> items, int limit, long total)
    {
        PageCursor? next = null;
        if (items.Count > limit)
        {
            items.RemoveAt(items.Count - 1);
            var last = items[^1].Id.ToString(CultureInfo.InvariantCulture);
            next = new PageCursor("audit", last);
        }

        return new Page<AuditEntry>(items, next, total);
    }
}
