using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Application;
using Vigil.Application.Filters;
using Vigil.Application.Ingest;
using Vigil.Export;
using Vigil.Server.Security;

namespace Vigil.Server.Apis;

/// <summary><c>GET /api/v1/export</c>: the writers of <c>vigil export</c>, streamed, with exactly the filters of the incident list.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/export", Export).WithTags("Export").WithName("Export").RequireAuthorization(Policies.Read)
            .WithSummary("The filtered incidents as a vigil.incidents/1 JSON, CSV or GeoJSON download.");
        return app;
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> Export(
        [FromQuery(Name = "format")] string? format,
        [AsParameters] FilterQuery filters,
        IncidentFilterParser parser,
        VigilStoreFactory stores)
    {
        var parsed = parser.Parse(filters.ToInput());
        var errors = parsed.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (!IncidentExport.TryParseFormat(format ?? "json", out var chosen))
        {
            errors["format"] = [$"'{format}' is not a format: use csv, geojson or json"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var filter = parsed.Filter!;
        var name = "vigil-incidents" + IncidentExport.FileExtension(chosen);
        return TypedResults.Stream(async body =>
        {
            // The lease is held while the export streams: one incident in memory at a time.
            using var lease = stores.Rent();
            try
            {
                var incidents = IncidentDocuments.Stream(lease.Store, filter);
                await IncidentExport.WriteAsync(incidents, chosen, body).ConfigureAwait(false);
            }
            catch
            {
                lease.Broken = true;
                throw;
            }
        }, IncidentExport.ContentType(chosen), name);
    }
}
