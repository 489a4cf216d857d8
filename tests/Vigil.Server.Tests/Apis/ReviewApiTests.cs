using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Storage;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Tests.Apis;

/// <summary>The samples, for review tests that write.</summary>
public sealed class ReviewServer : RunningServer
{
    protected override void Fill(IVigilStore store) => new Application.Ingest.IngestService().RunPaths(store, [SamplesFolder]);
}

/// <summary>The samples behind <c>--public --publish verified</c>.</summary>
public sealed class VerifiedOnlyServer : RunningServer
{
    protected override void Fill(IVigilStore store) => new Application.Ingest.IngestService().RunPaths(store, [SamplesFolder]);

    protected override VigilServerOptions Options(VigilServerOptions options) => options with { Public = true, PublishVerifiedOnly = true };
}

/// <summary>Review through the API: corrections, their validation and concurrency, rejection, status, reviewing, the queue and the audit trail.</summary>
public sealed class ReviewApiTests(ReviewServer server) : IClassFixture<ReviewServer>
{
    /// <summary>The incident at <paramref name="index"/> (modulo the few the samples have); with <paramref name="killed"/> one stating a death toll.</summary>
    private async Task<(string Id, JsonElement Detail, string ETag)> Incident(int index = 0, bool killed = false)
    {
        var list = await server.GetJson("api/v1/incidents?limit=100");
        var items = list.GetProperty("items").EnumerateArray()
            .Where(i => !killed || i.GetProperty("killed").ValueKind == JsonValueKind.Number)
            .ToList();
        var id = items[index % items.Count].GetProperty("id").GetString()!;
        using var response = await server.Client.GetAsync(new Uri("api/v1/incidents/" + id, UriKind.Relative));
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (id, detail, response.Headers.ETag!.Tag);
    }

    private static HttpRequestMessage Patch(string id, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "api/v1/incidents/" + id) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    [Fact]
    public async Task Patch_FigureWithNote_NewCurrentAnalystClaimSourcesKeptAndAudited()
    {
        var (id, before, etag) = await Incident(0, killed: true);
        var sourceKilled = before.GetProperty("killed").GetInt32();

        using var response = await server.Client.SendAsync(Patch(id, new { killed = sourceKilled + 2, note = "A later statement by the police." }, etag));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var after = JsonDocument.Parse(body).RootElement;
        Assert.Equal(sourceKilled + 2, after.GetProperty("killed").GetInt32());
        var history = after.GetProperty("figures").GetProperty("killed").GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("claimant").GetProperty("kind").GetString() == "analyst"
            && h.GetProperty("claimant").GetProperty("name").GetString() == "token:analyst-token");
        Assert.Contains(history, h => h.GetProperty("value").GetInt32() == sourceKilled && h.GetProperty("claimant").GetProperty("kind").GetString() != "analyst");
        Assert.Contains(after.GetProperty("review").GetProperty("decisions").EnumerateArray(),
            d => d.GetProperty("action").GetString() == "correct" && d.GetProperty("note").GetString() == "A later statement by the police.");
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);

        using var admin = server.NewClient(AccountRole.Admin);
        var audit = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/audit?action=incident.correct&actor=token:analyst-token", UriKind.Relative))).RootElement;
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("target").GetString() == id
            && e.GetProperty("before").GetProperty("killed").GetInt32() == sourceKilled
            && e.GetProperty("note").GetString() == "A later statement by the police.");
    }

    [Theory]
    [InlineData("{\"killed\": 3}", "note")]
    [InlineData("{\"killed\": 3, \"note\": \"  \"}", "note")]
    [InlineData("{\"killed\": -1, \"note\": \"x\"}", "killed")]
    [InlineData("{\"killed\": \"three\", \"note\": \"x\"}", "killed")]
    [InlineData("{\"dead\": 3, \"note\": \"x\"}", "dead")]
    [InlineData("{\"place\": \"Atlantis\", \"note\": \"x\"}", "place")]
    [InlineData("{\"date\": \"2025-13-01\", \"note\": \"x\"}", "date")]
    [InlineData("{\"weapons\": [\"catapult\"], \"note\": \"x\"}", "weapons")]
    [InlineData("{\"note\": \"nothing else\"}", "body")]
    public async Task Patch_BadBody_ValidationProblemNamingTheField(string json, string field)
    {
        var (id, _, _) = await Incident(1);
        using var request = new HttpRequestMessage(HttpMethod.Patch, "api/v1/incidents/" + id) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

        using var response = await server.Client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Patch_UnknownIdOrStaleVersion_404Or409()
    {
        var (id, _, etag) = await Incident(2);
        using var first = await server.Client.SendAsync(Patch(id, new { missing = 1, note = "one missing" }, etag));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await server.Client.SendAsync(Patch(id, new { missing = 2, note = "two missing" }, etag));
        using var staleBody = await server.Client.SendAsync(Patch(id, new { missing = 2, note = "two missing", version = etag }));
        using var unknown = await server.Client.SendAsync(Patch("2025-01-01-nowhere-000000", new { missing = 2, note = "x" }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleBody.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Reject_ClaimWithReason_ShownRejectedWithReason()
    {
        var (id, before, _) = await Incident(3);
        var claimId = before.GetProperty("claims")[0].GetProperty("id").GetString();

        using var response = await server.Client.PostAsJsonAsync(new Uri($"api/v1/incidents/{id}/claims/{claimId}/reject", UriKind.Relative), new { reason = "It counts another town." });
        var after = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var noReason = await server.Client.PostAsJsonAsync(new Uri($"api/v1/incidents/{id}/claims/{claimId}/reject", UriKind.Relative), new { });
        using var unknownClaim = await server.Client.PostAsJsonAsync(new Uri($"api/v1/incidents/{id}/claims/cnothing/reject", UriKind.Relative), new { reason = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rejected = after.GetProperty("review").GetProperty("rejected")[0];
        Assert.Equal((claimId, "It counts another town."), (rejected.GetProperty("claim_id").GetString(), rejected.GetProperty("reason").GetString()));
        Assert.Contains(after.GetProperty("claims").EnumerateArray(), c => c.GetProperty("id").GetString() == claimId && c.GetProperty("rejected").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownClaim.StatusCode);
    }

    [Fact]
    public async Task SplitThenMerge_ReportsPartAndJoin_AnswersTheKeepingAndMergedIncident()
    {
        var list = await server.GetJson("api/v1/incidents?limit=100");
        var several = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("report_count").GetInt32() >= 2);
        var id = several.GetProperty("id").GetString()!;
        var count = several.GetProperty("report_count").GetInt32();
        var detail = await server.GetJson("api/v1/incidents/" + id);
        var leaving = detail.GetProperty("reports")[0];

        using var split = await server.Client.PostAsJsonAsync(new Uri($"api/v1/incidents/{id}/split", UriKind.Relative),
            new { reports = new[] { leaving.GetProperty("id").GetString() }, note = "That report describes the evening strike." });
        var kept = JsonDocument.Parse(await split.Content.ReadAsStringAsync()).RootElement;
        Assert.True(split.IsSuccessStatusCode, kept.ToString());
        Assert.Equal(count - 1, kept.GetProperty("report_count").GetInt32());
        Assert.DoesNotContain(kept.GetProperty("reports").EnumerateArray(), r => r.GetProperty("key").GetString() == leaving.GetProperty("key").GetString());
        var report = await server.GetJson("api/v1/reports/" + leaving.GetProperty("id").GetString());
        var apart = report.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("incident_id").GetString()).First(i => i is not null)!;
        Assert.NotEqual(kept.GetProperty("id").GetString(), apart);

        using var merge = await server.Client.PostAsJsonAsync(new Uri("api/v1/incidents/merge", UriKind.Relative),
            new { incidents = new[] { kept.GetProperty("id").GetString(), apart }, note = "One strike after all." });
        var merged = JsonDocument.Parse(await merge.Content.ReadAsStringAsync()).RootElement;
        using var noNote = await server.Client.PostAsJsonAsync(new Uri("api/v1/incidents/merge", UriKind.Relative), new { incidents = new[] { id, apart } });

        Assert.True(merge.IsSuccessStatusCode, merged.ToString());
        Assert.Equal(count, merged.GetProperty("report_count").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
    }

    [Fact]
    public async Task Reviewing_ClaimedByOneAnalyst_ShownAndRefusedToAnotherUntilReleased()
    {
        var (id, _, _) = await Incident(4);
        using var admin = server.NewClient(AccountRole.Admin);

        using var claim = await server.Client.PostAsync(new Uri($"api/v1/incidents/{id}/reviewing", UriKind.Relative), null);
        using var other = await admin.PostAsync(new Uri($"api/v1/incidents/{id}/reviewing", UriKind.Relative), null);
        var detail = await server.GetJson("api/v1/incidents/" + id);
        using var release = await server.Client.DeleteAsync(new Uri($"api/v1/incidents/{id}/reviewing", UriKind.Relative));
        using var afterRelease = await admin.PostAsync(new Uri($"api/v1/incidents/{id}/reviewing", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("token:analyst-token", detail.GetProperty("reviewing").GetProperty("analyst").GetString());
        Assert.Equal(HttpStatusCode.NoContent, release.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterRelease.StatusCode);
    }

    [Fact]
    public async Task Queue_Paged_WorstFirstWithReasonsAndNoVerified()
    {
        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await server.GetJson("api/v1/review/queue?limit=2" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null && seen.Count < 200);

        Assert.NotEmpty(seen);
        Assert.All(seen, e => Assert.NotEqual(0, e.GetProperty("reasons").GetArrayLength()));
        Assert.All(seen, e => Assert.NotEqual("verified", e.GetProperty("status").GetString()));
        var ranks = seen.Select(e => Rank(e.GetProperty("reasons"))).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);
        Assert.Equal(seen.Count, seen.Select(e => e.GetProperty("incident").GetProperty("id").GetString()).Distinct().Count());
    }

    private static int Rank(JsonElement reasons) => reasons.EnumerateArray().Sum(r => r.GetString() switch
    {
        "contested" => 8,
        "low_confidence" => 4,
        "new_with_casualties" => 2,
        _ => 1,
    });

    [Fact]
    public async Task Audit_Viewer403AndAnalyst403_AdminFilteredByAction()
    {
        using var viewer = server.NewClient(AccountRole.Viewer);
        using var admin = server.NewClient(AccountRole.Admin);
        (await admin.PostAsJsonAsync(new Uri("api/v1/admin/tokens", UriKind.Relative), new { name = "audited", role = "viewer" })).EnsureSuccessStatusCode();

        using var asViewer = await viewer.GetAsync(new Uri("api/v1/audit", UriKind.Relative));
        using var asAnalyst = await server.Client.GetAsync(new Uri("api/v1/audit", UriKind.Relative));
        using var badDay = await admin.GetAsync(new Uri("api/v1/audit?from=yesterday", UriKind.Relative));
        var tokens = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/audit?action=token.create", UriKind.Relative))).RootElement;

        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        var entry = Assert.Single(tokens.GetProperty("items").EnumerateArray(), e => e.GetProperty("target").GetString() == "audited");
        Assert.Equal("token:admin-token", entry.GetProperty("actor").GetString());
        Assert.DoesNotContain("vigil_", entry.ToString(), StringComparison.Ordinal);
    }
}

/// <summary><c>--publish verified</c>: anonymous readers see exactly the incidents an analyst verified.</summary>
public sealed class PublishVerifiedTests(VerifiedOnlyServer server) : IClassFixture<VerifiedOnlyServer>
{
    [Fact]
    public async Task Anonymous_SeesOnlyVerifiedIncidents()
    {
        using var anonymous = server.NewClient();
        var all = await server.GetJson("api/v1/incidents?limit=100");
        var ids = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.True(ids.Count >= 2);

        var before = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("api/v1/incidents", UriKind.Relative))).RootElement;
        using var verify = await server.Client.PutAsJsonAsync(new Uri($"api/v1/incidents/{ids[1]}/status", UriKind.Relative), new { status = "verified", note = "checked against two sources" });
        var after = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("api/v1/incidents", UriKind.Relative))).RootElement;
        using var verified = await anonymous.GetAsync(new Uri("api/v1/incidents/" + ids[1], UriKind.Relative));
        using var unverified = await anonymous.GetAsync(new Uri("api/v1/incidents/" + ids[0], UriKind.Relative));
        var signedIn = await server.GetJson("api/v1/incidents?limit=100");

        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.True(verify.IsSuccessStatusCode, await verify.Content.ReadAsStringAsync());
        Assert.Equal([ids[1]], after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unverified.StatusCode);
        Assert.Equal(ids.Count, signedIn.GetProperty("total").GetInt32());
    }
}
