using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Application;
using Vigil.Core;
using Vigil.Server.Security;
using Vigil.Storage;
using Vigil.Storage.Review;

namespace Vigil.Server.Apis;

/// <summary>One audit entry as the API shows it; <c>before</c> and <c>after</c> are JSON values (null when none).</summary>
public sealed record AuditEntryDto(long Id, DateTimeOffset At, string Actor, string Action, string? Target, JsonNode? Before, JsonNode? After, string? Note);

/// <summary><c>GET /api/v1/audit</c>: the append-only trail of every write, for admins.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/audit", List).WithTags("Audit").WithName("Audit").RequireAuthorization(Policies.Admin)
            .WithSummary("Every write (review decisions, status, accounts, tokens, reports submitted), newest first: who, when, what, before and after, the note.");
        return app;
    }

    internal static Results<Ok<PageResponse<AuditEntryDto>>, ValidationProblem> List(
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "actor")] string? actor,
        [FromQuery(Name = "action")] string? action,
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "cursor")] string? cursor,
        VigilStoreFactory stores)
    {
        var pagingOk = Paging.TryRead(limit, cursor, out var size, out var after, out var errors);
        long? before = null;
        if (after is { } c)
        {
            if (c.Key == "audit" && long.TryParse(c.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                before = id;
            }
            else
            {
                errors["cursor"] = ["not a cursor this API gave out: pass next_cursor back unchanged"];
            }
        }

        var fromTime = Time(from, "from", errors, endOfDay: false);
        var toTime = Time(to, "to", errors, endOfDay: true);
        if (fromTime > toTime)
        {
            errors["from"] = ["is after to"];
        }

        if (!pagingOk || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        using var lease = stores.Rent();
        var page = StoreCall.Run(lease, s => s.Audit().Audit(new AuditQuery(fromTime, toTime,
            string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), string.IsNullOrWhiteSpace(action) ? null : action.Trim(), size, before)));
        var items = page.Items.Select(static e => new AuditEntryDto(e.Id, e.At, e.Actor, e.Action, e.Target, Json(e.Before), Json(e.After), e.Note)).ToList();
        return TypedResults.Ok(new PageResponse<AuditEntryDto>(items, page.Next?.Encode(), page.Total));
    }

    /// <summary>A day (<c>YYYY-MM-DD</c>: its start, or its end for <c>to</c>) or an ISO 8601 time.</summary>
    private static DateTimeOffset? Time(string? text, string name, Dictionary<string, string[]> errors, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors[name] = [$"'{text}' is not a day (YYYY-MM-DD) or an ISO 8601 time"];
        return null;
    }

    private static JsonNode? Json(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}

/// <summary>Appends the audit entries of the API's writes that are not review decisions (those audit themselves).</summary>
internal static class Audits
{
    public static void Write(IVigilStore store, HttpContext context, string action, string? target, object? before, object? after, string? note = null) =>
        store.Audit().Append(new AuditEntry(0, DateTimeOffset.UtcNow, ReviewApi.Actor(context), action, target,
            before is null ? null : JsonSerializer.Serialize(before, VigilJson.Compact),
            after is null ? null : JsonSerializer.Serialize(after, VigilJson.Compact),
            note));
}
