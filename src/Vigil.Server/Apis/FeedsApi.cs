using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Application;
using Vigil.Server.Security;
using Vigil.Storage.Feeds;

namespace Vigil.Server.Apis;

/// <summary><c>GET /api/v1/feeds</c> and <c>GET /api/v1/feeds/{name}</c>: the health of the feeds <c>vigil watch</c> polls.</summary>
public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/feeds").WithTags("Feeds").RequireAuthorization(Policies.Read);
        group.MapGet("/", List).WithName("ListFeeds")
            .WithSummary("Every watched feed's health: last success, last error, consecutive failures, last HTTP status, reports in the last 24 h and per day over 7 days, next poll.");
        group.MapGet("/{name}", Get).WithName("GetFeed").WithSummary("One watched feed's health.");
        return app;
    }

    internal static Ok<ItemsResponse<FeedHealth>> List(VigilStoreFactory stores)
    {
        using var lease = stores.Rent();
        return TypedResults.Ok(new ItemsResponse<FeedHealth>(StoreCall.Run(lease, s => s.Feeds().FeedHealths(DateTimeOffset.UtcNow))));
    }

    internal static Results<Ok<FeedHealth>, ProblemHttpResult> Get(string name, VigilStoreFactory stores)
    {
        using var lease = stores.Rent();
        return StoreCall.Run(lease, s => s.Feeds().FeedHealth(name, DateTimeOffset.UtcNow)) is { } health
            ? TypedResults.Ok(health)
            : Problems.NotFound($"no feed '{name}'");
    }
}
