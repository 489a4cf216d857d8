using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Application;
using Vigil.Application.Review;
using Vigil.Core;
using Vigil.Fusion.Review;
using Vigil.Gazetteer;
using Vigil.Server.Security;
using Vigil.Storage;
using Vigil.Storage.Review;

namespace Vigil.Server.Apis;

/// <summary>Who is reviewing an incident now, as the detail shows it.</summary>
public sealed record ReviewingDto(string IncidentId, string Analyst, DateTimeOffset Since, DateTimeOffset Lapses);

/// <summary>An incident in the review queue: its summary, why it is there (worst first) and its status.</summary>
public sealed record ReviewQueueEntry(IncidentListItem Incident, IReadOnlyList<string> Reasons, string Status);

/// <summary>
/// Analysts' review (docs/review.md): correct an incident, reject a claim, merge, split, set the
/// status, say who is reviewing it; and the review queue. Writes need an analyst or admin.
/// </summary>
public static class ReviewApi
{
    private const int MaxNote = 2000;
    private const int MaxFigure = 1_000_000;

    private static readonly Dictionary<string, ClaimField> FigureFields = new(StringComparer.Ordinal)
    {
        ["killed"] = ClaimField.Killed,
        ["injured"] = ClaimField.Injured,
        ["children_killed"] = ClaimField.ChildrenKilled,
        ["children_injured"] = ClaimField.ChildrenInjured,
        ["missing"] = ClaimField.Missing,
    };

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var incidents = app.MapGroup("/api/v1/incidents").WithTags("Review").RequireAuthorization(Policies.Write);
        incidents.MapPatch("/{id}", Correct).WithName("CorrectIncident")
            .WithSummary("Correct figures, place, date or weapons with a required note: a new claim by the analyst that outranks every source.");
        incidents.MapPost("/{id}/claims/{claimId}/reject", Reject).WithName("RejectClaim")
            .WithSummary("Reject a claim with a reason: kept and shown as rejected, no longer counted.");
        incidents.MapPost("/merge", Merge).WithName("MergeIncidents").WithSummary("Merge two incidents into one (their reports describe one attack).");
        incidents.MapPost("/{id}/split", Split).WithName("SplitIncident").WithSummary("Split reports out of an incident into a new one.");
        incidents.MapPut("/{id}/status", SetStatus).WithName("SetIncidentStatus").WithSummary("Set the review status: unreviewed, verified or disputed.");
        incidents.MapPost("/{id}/reviewing", StartReviewing).WithName("StartReviewing").WithSummary("Say you are reviewing the incident (lapses after 30 minutes).");
        incidents.MapDelete("/{id}/reviewing", StopReviewing).WithName("StopReviewing").WithSummary("Release the incident.");
        app.MapGet("/api/v1/review/queue", Queue).WithTags("Review").WithName("ReviewQueue").RequireAuthorization(Policies.Read)
            .WithSummary("Incidents that need an analyst, worst first: contested figures, low-confidence claims, new incidents with casualties, unresolved places.");
        return app;
    }

    internal static async Task<IResult> Correct(string id, HttpContext context, VigilStoreFactory stores, ReviewService review, IncidentSummaries summaries)
    {
        var (body, error) = await ReadBody(context).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var figures = new Dictionary<ClaimField, int>();
        PlaceRef? place = null;
        DateOnly? date = null;
        List<Weapon>? weapons = null;
        string? note = null;
        string? version = null;
        foreach (var (name, value) in body)
        {
            switch (name)
            {
                case "note":
                    note = Note(value, "note", errors);
                    break;
                case "version":
                    version = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
                    if (version is null)
                    {
                        errors["version"] = ["must be the incident's version (its ETag) as a string"];
                    }

                    break;
                case "place":
                    place = Place(value, errors);
                    break;
                case "date":
                    if (value is JsonValue d && d.TryGetValue<string>(out var day)
                        && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        date = parsed;
                    }
                    else
                    {
                        errors["date"] = ["must be a day as YYYY-MM-DD"];
                    }

                    break;
                case "weapons":
                    weapons = Weapons(value, errors);
                    break;
                default:
                    if (FigureFields.TryGetValue(name, out var field))
                    {
                        if (value is JsonValue n && n.TryGetValue<int>(out var count) && count is >= 0 and <= MaxFigure)
                        {
                            figures[field] = count;
                        }
                        else
                        {
                            errors[name] = [$"must be a whole number from 0 to {MaxFigure.ToString(CultureInfo.InvariantCulture)}"];
                        }
                    }
                    else
                    {
                        errors[name] = ["unknown field: give killed, injured, children_killed, children_injured, missing, place, date, weapons, note or version"];
                    }

                    break;
            }
        }

        if (note is null && !errors.ContainsKey("note"))
        {
            errors["note"] = ["a correction needs a note saying why (the source, the reasoning)"];
        }

        var correction = new Correction(figures, place, date, weapons);
        if (errors.Count == 0 && correction.IsEmpty)
        {
            errors["body"] = ["nothing to correct: give killed, injured, children_killed, children_injured, missing, place, date or weapons"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString() is { Length: > 0 } header ? header : version;
        return await Write(context, stores, summaries, store => review.Correct(store, id, correction, note!, Actor(context), ifMatch)).ConfigureAwait(false);
    }

    internal static async Task<IResult> Reject(string id, string claimId, HttpContext context, VigilStoreFactory stores, ReviewService review, IncidentSummaries summaries)
    {
        var (body, error) = await ReadBody(context).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reason = Only(body, ["reason"], errors) ? Note(body["reason"], "reason", errors) : null;
        if (reason is null && !errors.ContainsKey("reason"))
        {
            errors["reason"] = ["a rejection needs a reason"];
        }

        return errors.Count > 0
            ? Problems.Invalid(errors)
            : await Write(context, stores, summaries, store => review.Reject(store, id, claimId, reason!, Actor(context), IfMatch(context))).ConfigureAwait(false);
    }

    internal static async Task<IResult> Merge(HttpContext context, VigilStoreFactory stores, ReviewService review, IncidentSummaries summaries)
    {
        var (body, error) = await ReadBody(context).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var note = Only(body, ["incidents", "note"], errors) ? Note(body["note"], "note", errors) : null;
        var ids = Strings(body["incidents"]);
        if (ids is not { Count: 2 })
        {
            errors["incidents"] = ["give the ids of the two incidents to merge"];
        }

        if (note is null && !errors.ContainsKey("note"))
        {
            errors["note"] = ["a merge needs a note saying why"];
        }

        return errors.Count > 0
            ? Problems.Invalid(errors)
            : await Write(context, stores, summaries, store => review.Merge(store, ids![0], ids[1], note!, Actor(context))).ConfigureAwait(false);
    }

    internal static async Task<IResult> Split(string id, HttpContext context, VigilStoreFactory stores, ReviewService review, IncidentSummaries summaries)
    {
        var (body, error) = await ReadBody(context).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var note = Only(body, ["reports", "note"], errors) ? Note(body["note"], "note", errors) : null;
        var reports = Strings(body["reports"]);
        if (reports is not { Count: > 0 })
        {
            errors["reports"] = ["give the reports (id or key) to split out"];
        }

        if (note is null && !errors.ContainsKey("note"))
        {
            errors["note"] = ["a split needs a note saying why"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // Report ids as the API gives them, or report keys.
        var keys = reports!.Select(r => ReportIds.TryDecode(r, out var key) ? key : r).ToHashSet(StringComparer.Ordinal);
        return await Write(context, stores, summaries, store => review.Split(store, id, keys, note!, Actor(context), IfMatch(context))).ConfigureAwait(false);
    }

    internal static async Task<IResult> SetStatus(string id, HttpContext context, VigilStoreFactory stores, ReviewService review, IncidentSummaries summaries)
    {
        var (body, error) = await ReadBody(context).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var note = Only(body, ["status", "note"], errors) && body["note"] is not null ? Note(body["note"], "note", errors) : null;
        ReviewStatus? status = (body["status"] as JsonValue)?.TryGetValue<string>(out var text) == true ? text switch
        {
            "unreviewed" => ReviewStatus.Unreviewed,
            "verified" => ReviewStatus.Verified,
            "disputed" => ReviewStatus.Disputed,
            _ => null,
        } : null;
        if (status is null)
        {
            errors["status"] = ["must be unreviewed, verified or disputed"];
        }

        return errors.Count > 0
            ? Problems.Invalid(errors)
            : await Write(context, stores, summaries, store => review.SetStatus(store, id, status!.Value, note ?? string.Empty, Actor(context), IfMatch(context))).ConfigureAwait(false);
    }

    internal static async Task<IResult> StartReviewing(string id, HttpContext context, VigilStoreFactory stores, ReviewService review)
    {
        await ReportsApi.Writer.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            using var store = stores.OpenWrite();
            var actor = Actor(context);
            if (review.ClaimReviewing(store, id, actor) is not { } holder)
            {
                return Problems.NotFound($"no incident '{id}'");
            }

            return string.Equals(holder.Analyst, actor, StringComparison.OrdinalIgnoreCase)
                ? TypedResults.Ok(ToDto(holder))
                : TypedResults.Problem(detail: $"{holder.Analyst} is reviewing incident {id} since {holder.Since:O}", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
        finally
        {
            ReportsApi.Writer.Release();
        }
    }

    internal static async Task<IResult> StopReviewing(string id, HttpContext context, VigilStoreFactory stores, ReviewService review)
    {
        await ReportsApi.Writer.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            using var store = stores.OpenWrite();
            return review.ReleaseReviewing(store, id, Actor(context))
                ? TypedResults.NoContent()
                : Problems.NotFound($"you are not reviewing incident '{id}'");
        }
        finally
        {
            ReportsApi.Writer.Release();
        }
    }

    internal static Results<Ok<PageResponse<ReviewQueueEntry>>, ValidationProblem> Queue(
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "cursor")] string? cursor,
        VigilStoreFactory stores,
        IncidentSummaries summaries)
    {
        if (!Paging.TryRead(limit, cursor, out var size, out var after, out var errors))
        {
            return Problems.Invalid(errors);
        }

        using var lease = stores.Rent();
        var page = StoreCall.Run(lease, s => s.Review().ReviewQueue(size, after));
        var items = page.Items.Select(i => new ReviewQueueEntry(summaries.ToItem(i.Incident), ReviewFlags.Names(i.Flags), i.Status)).ToList();
        return TypedResults.Ok(new PageResponse<ReviewQueueEntry>(items, page.Next?.Encode(), page.Total));
    }

    /// <summary>The review status of a stored incident, from its document.</summary>
    internal static string Status(StoredIncident stored) =>
        (JsonNode.Parse(stored.Document)?["review"]?["status"] as JsonValue)?.GetValue<string>() ?? "unreviewed";

    /// <summary>Adds status, who is reviewing it and the version to an incident's detail.</summary>
    internal static void Decorate(JsonObject document, IVigilStore store, StoredIncident stored)
    {
        document["status"] = (document["review"]?["status"] as JsonValue)?.GetValue<string>() ?? "unreviewed";
        var reviewing = store is IReviewStore ? store.Review().Reviewing(stored.Id, TimeProvider.System.GetUtcNow(), ReviewService.ReviewingLapse) : null;
        document["reviewing"] = reviewing is null ? null : JsonSerializer.SerializeToNode(ToDto(reviewing), VigilJson.Compact);
        document["version"] = ReviewService.Version(stored);
    }

    private static ReviewingDto ToDto(ReviewingClaim claim) => new(claim.IncidentId, claim.Analyst, claim.Since, claim.Since + ReviewService.ReviewingLapse);

    /// <summary>Runs one decision as the single writer and answers with the incident as fused after it.</summary>
    private static async Task<IResult> Write(HttpContext context, VigilStoreFactory stores, IncidentSummaries summaries, Func<IVigilStore, ReviewResult> decide)
    {
        await ReportsApi.Writer.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            using var store = stores.OpenWrite();
            var result = decide(store);
            switch (result.Outcome)
            {
                case ReviewOutcome.NotFound:
                    return Problems.NotFound(result.Detail!);
                case ReviewOutcome.Conflict:
                    return TypedResults.Problem(detail: result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
                case ReviewOutcome.Invalid:
                    return Problems.BadRequest(result.Detail!);
            }

            if (result.Incident is not { } incident)
            {
                // The decision stands but its anchors are gone (every report of the incident edited away).
                return TypedResults.Ok(new JsonObject { ["decision_id"] = result.DecisionId });
            }

            context.Response.Headers.ETag = ReviewService.Version(incident);
            var detail = IncidentsApi.Detail(store, incident, summaries);
            detail["decision_id"] = result.DecisionId;
            return TypedResults.Ok(detail);
        }
        finally
        {
            ReportsApi.Writer.Release();
        }
    }

    /// <summary>Who the audit trail names: the account, or the token as <c>token:NAME</c>.</summary>
    internal static string Actor(HttpContext context)
    {
        var identity = context.User.Identity;
        var name = identity?.Name ?? "anonymous";
        return identity?.AuthenticationType == TokenAuthenticationHandler.SchemeName ? "token:" + name : name;
    }

    private static string? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } header ? header : null;

    /// <summary>A JSON object body, or the problem saying why not (415 another type, 400 malformed or not an object).</summary>
    private static async Task<(JsonObject? Body, IResult? Error)> ReadBody(HttpContext context)
    {
        var type = context.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(detail: $"the content type '{context.Request.ContentType}' is not accepted here; send application/json",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type"));
        }

        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            return node is JsonObject body ? (body, null) : (null, Problems.BadRequest("the body must be a JSON object"));
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest("malformed JSON: " + e.Message));
        }
    }

    /// <summary>False (and an error per stray field) when the body has fields other than <paramref name="allowed"/>.</summary>
    private static bool Only(JsonObject body, string[] allowed, Dictionary<string, string[]> errors)
    {
        foreach (var (name, _) in body)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                errors[name] = ["unknown field: give " + string.Join(", ", allowed)];
            }
        }

        return errors.Count == 0;
    }

    private static string? Note(JsonNode? value, string name, Dictionary<string, string[]> errors)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) && text.Length <= MaxNote)
        {
            return text.Trim();
        }

        errors[name] = [$"must be text of 1 to {MaxNote.ToString(CultureInfo.InvariantCulture)} characters"];
        return null;
    }

    private static List<string>? Strings(JsonNode? value) =>
        value is JsonArray array && array.All(static e => e is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s))
            ? array.Select(static e => e!.GetValue<string>().Trim()).ToList()
            : null;

    /// <summary>A place name (or <c>{ "name", "oblast" }</c>) resolved by the gazetteer; an unknown place is an error, never a guess.</summary>
    private static PlaceRef? Place(JsonNode? value, Dictionary<string, string[]> errors)
    {
        string? name = null;
        string? oblast = null;
        if (value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            name = text;
        }
        else if (value is JsonObject o && o.All(static p => p.Key is "name" or "oblast"))
        {
            name = (o["name"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : null;
            oblast = (o["oblast"] as JsonValue)?.TryGetValue<string>(out var ob) == true ? ob : null;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors["place"] = ["must be a place name, or { \"name\", \"oblast\" }"];
            return null;
        }

        var candidates = Gazetteer.Gazetteer.Default.Geocode(name.Trim(), oblast is null ? null : new GeocodeContext(oblast));
        if (candidates.Count == 0)
        {
            errors["place"] = [$"'{name}' is not a place the gazetteer knows"];
            return null;
        }

        return candidates[0].ToPlaceRef(name.Trim());
    }

    private static List<Weapon>? Weapons(JsonNode? value, Dictionary<string, string[]> errors)
    {
        var names = Strings(value);
        var weapons = new List<Weapon>();
        foreach (var name in names ?? [])
        {
            try
            {
                weapons.Add(JsonSerializer.Deserialize<Weapon>("\"" + JsonEncodedText.Encode(name).ToString() + "\"", VigilJson.Compact));
            }
            catch (JsonException)
            {
                names = null;
                break;
            }
        }

        if (names is not { Count: > 0 })
        {
            errors["weapons"] = ["must be a list of drone, missile, glide_bomb, artillery, mlrs, aircraft, mine, unknown"];
            return null;
        }

        return weapons;
    }
}
