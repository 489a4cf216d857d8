using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Vigil.Server.Security;
using Vigil.Storage;
using Vigil.Storage.Accounts;
using Vigil.Storage.Feeds;
using Vigil.Storage.Alerts;

namespace Vigil.Server.Tests.Security;

/// <summary>A private server (accounts needed for everything but /health and sign-in) over the samples.</summary>
public sealed class PrivateWalkServer : RunningServer
{
    protected override void Fill(IVigilStore store) => WalkData.Fill(store);
}

/// <summary>The same with <c>--public</c>.</summary>
public sealed class PublicWalkServer : RunningServer
{
    protected override void Fill(IVigilStore store) => WalkData.Fill(store);

    protected override VigilServerOptions Options(VigilServerOptions options) => options with { Public = true };
}

/// <summary>What both walk servers hold: the samples, one watched feed, and one watch rule per role's token (ids 1, 2, 3: viewer, analyst, admin) for the per-owner rule endpoints.</summary>
internal static class WalkData
{
    public static readonly AccountRole[] RuleOwners = [AccountRole.Viewer, AccountRole.Analyst, AccountRole.Admin];

    public static void Fill(IVigilStore store)
    {
        new Application.Ingest.IngestService().RunPaths(store, [RunningServer.SamplesFolder]);
        store.Feeds().SyncFeeds([new FeedDefinition("walk-feed", "http://127.0.0.1:9/rss", FeedKinds.Rss, TimeSpan.FromMinutes(5))], DateTimeOffset.UtcNow);
        foreach (var role in RuleOwners)
        {
            store.Alerts().AddRule(new WatchRule(0, "walk", Application.Accounts.AccountService.RoleName(role) + "-token", null, "UA-63", [], null, null, null,
                false, null, null, DateTimeOffset.UtcNow));
        }
    }

    public static int RuleOf(AccountRole? caller) => caller is { } role ? Array.IndexOf(RuleOwners, role) + 1 : 1;
}

/// <summary>
/// Walks every endpoint of the running server, read from its endpoint data sources, as anonymous,
/// viewer, analyst and admin, and checks each answer against the policy the endpoint declares:
/// 401 for anonymous where an account is needed, 403 for a role too low, 2xx otherwise. An
/// endpoint with no declared policy, or with no sample request here, fails the walk.
/// </summary>
public sealed class EndpointWalkTests(PrivateWalkServer privateServer, PublicWalkServer publicServer)
    : IClassFixture<PrivateWalkServer>, IClassFixture<PublicWalkServer>
{
    private static readonly AccountRole?[] Callers = [null, AccountRole.Viewer, AccountRole.Analyst, AccountRole.Admin];

    [Fact]
    public Task Walk_PrivateServer_EveryEndpointAnswersByPolicy() => Walk(privateServer, isPublic: false);

    [Fact]
    public Task Walk_PublicServer_EveryEndpointAnswersByPolicy() => Walk(publicServer, isPublic: true);

    [Fact]
    public void Endpoints_Listed_IncludeEveryArea()
    {
        var endpoints = Endpoints(privateServer);
        var routes = endpoints.Select(e => e.Route).ToHashSet(StringComparer.Ordinal);

        // Guards the walk itself: were the data sources empty, it would pass vacuously.
        Assert.Contains("/api/v1/incidents/{id}", routes);
        Assert.Contains("/api/v1/admin/tokens/{name}", routes);
        Assert.Contains("/health", routes);
        Assert.True(endpoints.Count >= 21, string.Join(", ", endpoints.Select(e => e.Method + " " + e.Route)));
    }

    private static async Task Walk(RunningServer server, bool isPublic)
    {
        using var admin = server.NewClient(AccountRole.Admin);
        var incidentId = (await First(admin, "api/v1/incidents?limit=1")).GetProperty("id").GetString()!;
        var reportId = (await First(admin, "api/v1/reports?limit=1")).GetProperty("id").GetString()!;
        var failures = new List<string>();
        var counter = 0;
        foreach (var endpoint in Endpoints(server))
        {
            foreach (var caller in Callers)
            {
                counter++;
                var unique = $"walk{counter}{(isPublic ? "p" : "q")}";
                using var client = server.NewClient(caller);
                using var request = await Sample(endpoint, admin, caller is AccountRole.Analyst or AccountRole.Admin ? client : admin, client, caller, unique, counter, incidentId, reportId);
                if (request is null)
                {
                    failures.Add($"{endpoint.Method} {endpoint.Route}: no sample request in the walk; add one");
                    break;
                }

                // Headers only: the event stream never ends; a failure's body is read below.
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var status = (int)response.StatusCode;
                var expected = Expected(endpoint, caller, isPublic, out var why);
                var ok = expected switch
                {
                    200 => status is >= 200 and < 300,
                    _ => status == expected,
                };
                if (!ok)
                {
                    failures.Add($"{endpoint.Method} {endpoint.Route} as {Name(caller)}: {status}, expected {(expected == 200 ? "2xx" : expected)} ({why}): {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static int Expected(Endpoint endpoint, AccountRole? caller, bool isPublic, out string why)
    {
        if (endpoint.Anonymous)
        {
            why = "anonymous allowed";
            return 200;
        }

        why = "policies " + string.Join("+", endpoint.Policies);
        foreach (var policy in endpoint.Policies)
        {
            var allowed = policy switch
            {
                Policies.Read or Policies.ReadPublished => isPublic || caller is not null,
                Policies.SignedIn => caller is not null,
                Policies.Write => caller is AccountRole.Analyst or AccountRole.Admin,
                Policies.Admin => caller is AccountRole.Admin,
                _ => throw new InvalidOperationException($"unknown policy '{policy}' on {endpoint.Route}"),
            };
            if (!allowed)
            {
                return caller is null ? 401 : 403;
            }
        }

        return 200;
    }

    private static async Task<HttpRequestMessage?> Sample(Endpoint endpoint, HttpClient admin, HttpClient own, HttpClient callerClient, AccountRole? caller, string unique, int counter, string incidentId, string reportId)
    {
        HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };
        HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);
        HttpRequestMessage Post(string path, HttpContent content) => new(HttpMethod.Post, path) { Content = content };
        switch (endpoint.Method + " " + endpoint.Route)
        {
            case "GET /openapi/{documentName}.json": return Get("openapi/v1.json");
            case "GET /health": return Get("health");
            case "POST /api/v1/auth/login": return Post("api/v1/auth/login", JsonContent.Create(new { name = "viewer", password = RunningServer.Password }));
            case "POST /api/v1/auth/logout": return Post("api/v1/auth/logout", new StringContent(string.Empty));
            case "GET /api/v1/auth/me": return Get("api/v1/auth/me");
            case "GET /api/v1/admin/users": return Get("api/v1/admin/users");
            case "POST /api/v1/admin/users": return Post("api/v1/admin/users", JsonContent.Create(new { name = unique, role = "viewer", password = RunningServer.Password }));
            case "DELETE /api/v1/admin/users/{name}":
                (await admin.PostAsJsonAsync("api/v1/admin/users", new { name = unique, role = "viewer", password = RunningServer.Password })).EnsureSuccessStatusCode();
                return new HttpRequestMessage(HttpMethod.Delete, "api/v1/admin/users/" + unique);
            case "GET /api/v1/admin/tokens": return Get("api/v1/admin/tokens");
            case "POST /api/v1/admin/tokens": return Post("api/v1/admin/tokens", JsonContent.Create(new { name = unique, role = "viewer" }));
            case "DELETE /api/v1/admin/tokens/{name}":
                (await admin.PostAsJsonAsync("api/v1/admin/tokens", new { name = unique, role = "viewer" })).EnsureSuccessStatusCode();
                return new HttpRequestMessage(HttpMethod.Delete, "api/v1/admin/tokens/" + unique);
            case "GET /api/v1/incidents": return Get("api/v1/incidents?oblast=Kharkiv");
            case "GET /api/v1/incidents/{id}": return Get("api/v1/incidents/" + incidentId);
            case "GET /api/v1/reports": return Get("api/v1/reports");
            case "GET /api/v1/reports/{id}": return Get("api/v1/reports/" + reportId);
            case "POST /api/v1/reports":
                return Post("api/v1/reports", new StringContent(
                    $"A test note {unique}: a drone damaged a warehouse in Kharkiv on 4 March 2025; one worker was injured, the city's mayor wrote.",
                    Encoding.UTF8, "text/plain"));
            case "GET /api/v1/stats/daily": return Get("api/v1/stats/daily");
            case "GET /api/v1/stats/oblasts": return Get("api/v1/stats/oblasts");
            case "GET /api/v1/air-defense": return Get("api/v1/air-defense");
            case "GET /api/v1/export": return Get("api/v1/export?format=json");
            case "GET /api/v1/oblasts": return Get("api/v1/oblasts");
            case "GET /api/v1/feeds": return Get("api/v1/feeds");
            case "GET /api/v1/feeds/{name}": return Get("api/v1/feeds/walk-feed");
            case "GET /api/v1/alerts/rules": return Get("api/v1/alerts/rules");
            case "POST /api/v1/alerts/rules": return Post("api/v1/alerts/rules", JsonContent.Create(new { name = unique, oblast = "Kharkiv", weapons = new[] { "drone" } }));
            case "GET /api/v1/alerts/rules/{id}": return Get("api/v1/alerts/rules/" + WalkData.RuleOf(caller).ToString(System.Globalization.CultureInfo.InvariantCulture));
            case "DELETE /api/v1/alerts/rules/{id}":
            {
                // Made by the caller when it may make rules (an analyst removes only its own), else by the admin.
                using var made = await own.PostAsJsonAsync("api/v1/alerts/rules", new { name = unique });
                made.EnsureSuccessStatusCode();
                var id = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("rule").GetProperty("id").GetInt64();
                return new HttpRequestMessage(HttpMethod.Delete, "api/v1/alerts/rules/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            case "GET /api/v1/alerts/deliveries": return Get("api/v1/alerts/deliveries");
            case "GET /api/v1/alerts/sources": return Get("api/v1/alerts/sources");
            case "GET /api/v1/stream": return Get("api/v1/stream");

            case "PATCH /api/v1/incidents/{id}": return Json(HttpMethod.Patch, "api/v1/incidents/" + incidentId, new { missing = 0, note = "walk: nobody reported missing" });
            case "POST /api/v1/incidents/{id}/claims/{claimId}/reject":
            {
                var detail = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/incidents/" + incidentId, UriKind.Relative))).RootElement;
                var claimId = detail.GetProperty("claims")[0].GetProperty("id").GetString();
                return Post($"api/v1/incidents/{incidentId}/claims/{claimId}/reject", JsonContent.Create(new { reason = "walk: a test rejection" }));
            }

            case "POST /api/v1/incidents/merge":
            {
                // Two incidents other than the one the other samples use, fresh each time (a merge removes one).
                var page = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/incidents?limit=3", UriKind.Relative))).RootElement.GetProperty("items");
                return Post("api/v1/incidents/merge", JsonContent.Create(new { incidents = new[] { page[1].GetProperty("id").GetString(), page[2].GetProperty("id").GetString() }, note = "walk: one attack" }));
            }

            case "POST /api/v1/incidents/{id}/split":
            {
                var page = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/incidents?limit=500", UriKind.Relative))).RootElement.GetProperty("items");
                var several = page.EnumerateArray().First(i => i.GetProperty("report_count").GetInt32() >= 2).GetProperty("id").GetString();
                var detail = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/incidents/" + several, UriKind.Relative))).RootElement;
                return Post($"api/v1/incidents/{several}/split", JsonContent.Create(new { reports = new[] { detail.GetProperty("reports")[0].GetProperty("id").GetString() }, note = "walk: another attack" }));
            }

            case "PUT /api/v1/incidents/{id}/status": return Json(HttpMethod.Put, $"api/v1/incidents/{incidentId}/status", new { status = "disputed", note = "walk" });
            case "POST /api/v1/incidents/{id}/reviewing":
            {
                // A different incident per call: another analyst's fresh claim would answer 409.
                var page = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/incidents?limit=100", UriKind.Relative))).RootElement.GetProperty("items");
                return Post($"api/v1/incidents/{page[counter % page.GetArrayLength()].GetProperty("id").GetString()}/reviewing", new StringContent(string.Empty));
            }

            case "DELETE /api/v1/incidents/{id}/reviewing":
            {
                // The caller's own claim to release (anonymous and viewers are refused before it matters).
                var page = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/incidents?limit=100", UriKind.Relative))).RootElement.GetProperty("items");
                var id = page[(counter + 50) % page.GetArrayLength()].GetProperty("id").GetString();
                using var claim = await callerClient.PostAsync(new Uri($"api/v1/incidents/{id}/reviewing", UriKind.Relative), new StringContent(string.Empty));
                return new HttpRequestMessage(HttpMethod.Delete, $"api/v1/incidents/{id}/reviewing");
            }

            case "GET /api/v1/review/queue": return Get("api/v1/review/queue");
            case "GET /api/v1/audit": return Get("api/v1/audit?limit=5");
            default: return null;
        }
    }

    private static async Task<JsonElement> First(HttpClient client, string path)
    {
        var page = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative))).RootElement;
        return page.GetProperty("items")[0].Clone();
    }

    private static string Name(AccountRole? role) => role?.ToString() ?? "anonymous";

    /// <summary>Every route and method of the running application, with the policies it declares.</summary>
    private static List<Endpoint> Endpoints(RunningServer server)
    {
        var list = new List<Endpoint>();
        foreach (var endpoint in ((IEndpointRouteBuilder)server.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "(default)").ToList();
            Assert.True(anonymous || policies.Count > 0, $"{string.Join(",", methods)} {route} declares no policy: add RequireAuthorization(Policies.…) or AllowAnonymous()");
            list.AddRange(methods.Select(m => new Endpoint(m, route, anonymous, policies)));
        }

        return list;
    }

    private sealed record Endpoint(string Method, string Route, bool Anonymous, IReadOnlyList<string> Policies);
}
