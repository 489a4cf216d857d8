using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;
using Vigil.Application;
using Vigil.Application.Alerts;
using Vigil.Server.Security;
using Vigil.Storage.Alerts;

namespace Vigil.Server.Apis;

/// <summary>
/// <c>GET /api/v1/stream</c>: Server-Sent Events from the durable change feed. Each change is an
/// <c>incident</c> event whose SSE id is its sequence number, so a client reconnecting with
/// <c>Last-Event-ID</c> (browsers do it on their own) resumes exactly after what it saw;
/// without one the stream starts at now. A comment line every <see cref="Heartbeat"/> keeps
/// proxies from closing a quiet stream.
/// </summary>
public static class StreamApi
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private const int Batch = 200;

    public static IEndpointRouteBuilder MapStreamApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/stream", Stream).WithName("Stream").WithTags("Incidents").RequireAuthorization(Policies.ReadPublished)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithSummary("Live incident changes as Server-Sent Events (event 'incident': id and change new, changed or removed); resumes after Last-Event-ID.");
        return app;
    }

    internal static async Task<IResult> Stream(
        HttpContext context,
        VigilStoreFactory stores,
        ServerSettings settings,
        AlertOptions options,
        IHostApplicationLifetime lifetime,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "last_event_id")] string? lastEventIdQuery)
    {
        var resume = StringValues.IsNullOrEmpty(lastEventId) ? lastEventIdQuery : lastEventId;
        long position;
        if (!string.IsNullOrEmpty(resume))
        {
            if (!long.TryParse(resume, NumberStyles.None, CultureInfo.InvariantCulture, out position))
            {
                return Problems.Invalid("Last-Event-ID", $"'{resume}' is not an event id this stream gave out");
            }
        }
        else
        {
            using var lease = stores.Rent();
            position = StoreCall.Run(lease, s => s.Alerts().LastChange());
        }

        // A single visibility check, the incident list's: a reader who may not see an incident gets no event about it.
        var seesNothing = context.User.SeesVerifiedOnly(settings);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var token = stop.Token;
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await response.WriteAsync("retry: 3000\n\n", token).ConfigureAwait(false);
            await response.Body.FlushAsync(token).ConfigureAwait(false);
            var quietSince = DateTimeOffset.UtcNow;
            while (!token.IsCancellationRequested)
            {
                IReadOnlyList<IncidentChange> changes;
                using (var lease = stores.Rent())
                {
                    changes = StoreCall.Run(lease, s => s.Alerts().Changes(position, Batch));
                }

                foreach (var change in changes)
                {
                    position = change.Seq;
                    if (seesNothing)
                    {
                        continue;
                    }

                    var data = JsonSerializer.Serialize(new StreamEvent(change.IncidentId, Kind(change.Kind), change.Seq), StreamJson.Default.StreamEvent);
                    await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {change.Seq}\nevent: incident\ndata: {data}\n\n"), token).ConfigureAwait(false);
                    quietSince = DateTimeOffset.UtcNow;
                }

                if (DateTimeOffset.UtcNow - quietSince >= Heartbeat)
                {
                    await response.WriteAsync(": heartbeat\n\n", token).ConfigureAwait(false);
                    quietSince = DateTimeOffset.UtcNow;
                }

                await response.Body.FlushAsync(token).ConfigureAwait(false);
                if (changes.Count < Batch)
                {
                    await Task.Delay(options.PollInterval, token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client went away or the server is stopping.
        }

        return Results.Empty;
    }

    private static string Kind(IncidentChangeKind kind) => kind switch
    {
        IncidentChangeKind.New => "new",
        IncidentChangeKind.Changed => "changed",
        _ => "removed",
    };
}

/// <summary>The data of one <c>incident</c> event.</summary>
public sealed record StreamEvent(string Id, string Change, long Seq);

[System.Text.Json.Serialization.JsonSerializable(typeof(StreamEvent))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class StreamJson : System.Text.Json.Serialization.JsonSerializerContext;
