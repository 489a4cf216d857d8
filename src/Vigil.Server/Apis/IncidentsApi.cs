using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Application;
using Vigil.Application.Filters;
using Vigil.Core;
using Vigil.Server.Security;

namespace Vigil.Server.Apis;

/// <summary><c>GET /api/v1/incidents</c> (filtered, paged summaries) and <c>GET /api/v1/incidents/{id}</c> (one in full).</summary>
public static class IncidentsApi
{
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization(Policies.ReadPublished);
        group.MapGet("/", List).WithName("ListIncidents")
            .WithSummary("Incidents matching the filters, newest first, one page of light summaries.");
        group.MapGet("/{id}", Get).WithName("GetIncident")
            .WithSummary("One incident: figures with low, high and history, every claim with claimant and evidence, and its reports.");
        return app;
    }

    internal static Results<Ok<PageResponse<IncidentListItem>>, ValidationProblem> List(
        [AsParameters] FilterQuery filters,
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "cursor")] string? cursor,
        IncidentFilterParser parser,
        VigilStoreFactory stores,
        IncidentSummaries summaries,
        HttpContext context,
        ServerSettings settings)
    {
        var parsed = parser.Parse(filters.ToInput());
        var pagingOk = Paging.TryRead(limit, cursor, out var size, out var after, out var errors);
        if (!parsed.IsValid || !pagingOk)
        {
            foreach (var (name, messages) in parsed.Errors)
            {
                errors[name] = messages;
            }

            return Problems.Invalid(errors);
        }

        // Anonymous readers of a --publish verified server see only what an analyst verified.
        var filter = context.User.SeesVerifiedOnly(settings) ? parsed.Filter! with { VerifiedOnly = true } : parsed.Filter!;
        using var lease = stores.Rent();
        var page = StoreCall.Run(lease, s => s.IncidentPage(filter, size, after));
        return TypedResults.Ok(new PageResponse<IncidentListItem>(summaries.ToItems(page.Items), page.Next?.Encode(), page.Total));
    }

    internal static Results<Ok<JsonObject>, ProblemHttpResult> Get(string id, VigilStoreFactory stores, IncidentSummaries summaries, HttpContext context, ServerSettings settings)
    {
        using var lease = stores.Rent();
        var stored = StoreCall.Run(lease, s => s.Incident(id));
        if (stored is null || (context.User.SeesVerifiedOnly(settings) && ReviewApi.Status(stored) != "verified"))
        {
            return Problems.NotFound(stored is null ? $"no incident '{id}'" : $"no verified incident '{id}'");
        }

        context.Response.Headers.ETag = Application.Review.ReviewService.Version(stored);
        return TypedResults.Ok(StoreCall.Run(lease, s => Detail(s, stored, summaries)));
    }

    /// <summary>
    /// The detail of an incident: its stored document (exactly one vigil.incidents/1 item), with its
    /// reports, review status, who is reviewing it now and its version (the ETag) beside it.
    /// </summary>
    internal static JsonObject Detail(Storage.IVigilStore store, Storage.StoredIncident stored, IncidentSummaries summaries)
    {
        var document = JsonNode.Parse(stored.Document)?.AsObject() ?? [];
        if (document["place"] is JsonObject place && summaries.UkrainianName(place["name"]?.GetValue<string>(), place["admin1_code"]?.GetValue<string>()) is { } uk)
        {
            place["name_uk"] = uk;
        }

        document["reports"] = System.Text.Json.JsonSerializer.SerializeToNode(store.ReportsOfIncident(stored.Id).Select(r => r.ToRef()).ToList(), VigilJson.Compact);
        ReviewApi.Decorate(document, store, stored);
        return document;
    }
}

/// <summary>Runs a store call on a lease, marking the store broken when it fails so it is not pooled again.</summary>
internal static class StoreCall
{
    public static T Run<T>(VigilStoreFactory.StoreLease lease, Func<Storage.IVigilStore, T> call)
    {
        try
        {
            return call(lease.Store);
        }
        catch
        {
            lease.Broken = true;
            throw;
        }
    }
}
