using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Gazetteer;
using Vigil.Server.Security;

namespace Vigil.Server.Apis;

/// <summary><c>GET /api/v1/oblasts</c>: the 27 oblast-level polygons the gazetteer embeds ("Boundaries © amCharts").</summary>
public static class OblastsApi
{
    private static readonly Lazy<byte[]> Boundaries = new(() => Encoding.UTF8.GetBytes(OblastGeometry.GeoJson()));

    public static IEndpointRouteBuilder MapOblastsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/oblasts", Oblasts).WithTags("Oblasts").WithName("Oblasts").RequireAuthorization(Policies.ReadPublished)
            .WithSummary("Oblast polygons as a GeoJSON FeatureCollection (feature id = ISO 3166-2 code, properties.name).");
        return app;
    }

    internal static FileContentHttpResult Oblasts(HttpContext context)
    {
        // Static data: let browsers keep it for a day.
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.File(Boundaries.Value, "application/geo+json");
    }
}
