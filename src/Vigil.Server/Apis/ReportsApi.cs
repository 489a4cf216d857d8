using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Application;
using Vigil.Application.Ingest;
using Vigil.Server.Security;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary><c>/api/v1/reports</c>: list, one in full with its claims' spans, and submitting one.</summary>
public static class ReportsApi
{
    /// <summary>One writer at a time in this server: ingest and review decisions alike.</summary>
    internal static readonly SemaphoreSlim Writer = new(1, 1);

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Policies.Read);
        group.MapGet("/", List).WithName("ListReports").WithSummary("Reports, newest ingested first; q: full-text words.");
        group.MapGet("/{id}", Get).WithName("GetReport").WithSummary("One report's current version: text as read, its claims with their spans, its versions.");
        group.MapPost("/", Post).WithName("PostReport").RequireAuthorization(Policies.Write)
            .Accepts<string>("application/json", "text/plain", "text/html")
            .WithSummary("Ingest one report (JSON with title, published, source, url, text; or a text/plain or text/html body).");
        return app;
    }

    internal static Results<Ok<PageResponse<ReportListItem>>, ValidationProblem> List(
        [FromQuery(Name = "q")] string? q,
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "cursor")] string? cursor,
        VigilStoreFactory stores)
    {
        if (!Paging.TryRead(limit, cursor, out var size, out var after, out var errors))
        {
            return Problems.Invalid(errors);
        }

        if (q is { Length: > Application.Filters.IncidentFilterParser.MaxTextLength })
        {
            return Problems.Invalid("q", $"text is over the limit of {Application.Filters.IncidentFilterParser.MaxTextLength} characters");
        }

        using var lease = stores.Rent();
        var page = StoreCall.Run(lease, s => s.ReportPage(q, size, after));
        return TypedResults.Ok(new PageResponse<ReportListItem>(page.Items.Select(r => r.ToItem()).ToList(), page.Next?.Encode(), page.Total));
    }

    internal static Results<Ok<ReportDetail>, ProblemHttpResult> Get(string id, VigilStoreFactory stores)
    {
        if (!ReportIds.TryDecode(id, out var key))
        {
            return Problems.NotFound($"no report '{id}'");
        }

        using var lease = stores.Rent();
        return StoreCall.Run<Results<Ok<ReportDetail>, ProblemHttpResult>>(lease, store =>
        {
            if (store.Report(key) is not { } summary)
            {
                return Problems.NotFound($"no report '{id}'");
            }

            var versions = store.ReportVersions(key);
            var current = versions.First(v => v.Version == summary.Version);
            var owners = ClaimOwners(store, key, summary.Version);
            var claims = store.ReportClaims(key, summary.Version)
                .Select(c => new ReportClaimDto(c.Field, c.Value, c.Qualifier, c.Scope,
                    new ClaimantDto(c.ClaimantName, c.ClaimantRole, c.ClaimantKind),
                    new EvidenceDto(c.EvidenceStart, c.EvidenceEnd, c.EvidenceText),
                    owners.GetValueOrDefault((c.Field, c.EvidenceStart, c.EvidenceEnd))))
                .ToList();
            var item = summary.ToItem();
            return TypedResults.Ok(new ReportDetail(item.Id, item.Key, item.Version, item.Title, item.Published, item.Source, item.Url,
                item.Language, item.Ingested, item.ClaimCount, current.Text, claims,
                versions.Select(v => new ReportVersionDto(v.Version, v.ContentHash, v.Published, v.Ingested, v.IsCurrent, v.ClaimCount)).ToList()));
        });
    }

    internal static async Task<Results<Created<ReportPosted>, ProblemHttpResult, ValidationProblem>> Post(
        HttpContext context,
        VigilStoreFactory stores,
        IngestService ingest,
        IncidentSummaries summaries,
        ServerSettings settings)
    {
        var request = context.Request;
        if (request.ContentLength > VigilServerOptions.MaxRequestBodyBytes)
        {
            return TooLarge();
        }

        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            // Kestrel stops a body (chunked or not) at the same limit with a 413, mapped to a problem.
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return Problems.BadRequest("the request body is empty: send JSON with a text field, or the report as text/plain or text/html");
        }

        var read = IngestService.ReadSubmission(body, request.ContentType, "api");
        if (read.Report is not { } report)
        {
            return Problems.BadRequest(read.Error ?? "unreadable report");
        }

        await Writer.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            using var store = stores.OpenWrite();
            var summary = ingest.Run(store, [IngestInput.Read(report)], cancellationToken: context.RequestAborted);
            if (summary.Failures.Count > 0)
            {
                return Problems.BadRequest(summary.Failures[0].Error ?? "the report could not be stored");
            }

            var outcome = summary.New > 0 ? StoreOutcome.New : summary.Updated > 0 ? StoreOutcome.Updated : StoreOutcome.Unchanged;
            var stored = store.Report(report.Key) ?? throw new StoreException($"report {report.Key} missing after storing it");
            if (outcome != StoreOutcome.Unchanged)
            {
                Audits.Write(store, context, "report.ingest", report.Key, null,
                    new { Key = report.Key, stored.Version, Outcome = Application.Ingest.IncidentDocuments.JsonName(outcome), report.ContentHash });
            }

            var incidents = summaries.ToItems(store.IncidentsOfReport(report.Key));
            var item = stored.ToItem();
            return TypedResults.Created("/api/v1/reports/" + item.Id,
                new ReportPosted(item, Application.Ingest.IncidentDocuments.JsonName(outcome), incidents));
        }
        finally
        {
            Writer.Release();
        }
    }

    internal static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(
            detail: $"the body is over the limit of {VigilServerOptions.MaxRequestBodyBytes / (1024 * 1024)} MB",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large");

    /// <summary>Which incident each claim of a report version went into, from the incidents' own claim lists.</summary>
    private static Dictionary<(string Field, int Start, int End), string> ClaimOwners(IVigilStore store, string key, int version)
    {
        var owners = new Dictionary<(string, int, int), string>();
        foreach (var incident in store.IncidentsOfReport(key))
        {
            if (store.Incident(incident.Id) is not { } stored || JsonNode.Parse(stored.Document)?["claims"] is not JsonArray claims)
            {
                continue;
            }

            foreach (var claim in claims)
            {
                if (claim is null || (string?)claim["report_key"] != key || (int?)claim["report_version"] != version)
                {
                    continue;
                }

                var field = (string?)claim["field"];
                var start = (int?)claim["evidence"]?["start"];
                var end = (int?)claim["evidence"]?["end"];
                if (field is not null && start is { } s && end is { } e)
                {
                    owners.TryAdd((field, s, e), incident.Id);
                }
            }
        }

        return owners;
    }
}
