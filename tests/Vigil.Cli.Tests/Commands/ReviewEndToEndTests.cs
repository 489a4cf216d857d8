using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Cli.Tests.Commands;

/// <summary>
/// Issue 9's "must show", with the real binary: ingest the samples, an analyst corrects a figure
/// through the running server's API, then every report is ingested again and the store re-fused
/// from scratch; the correction still stands, the analyst's and the sources' claims are both
/// visible, and the audit trail has exactly one entry for the correction.
/// </summary>
public sealed class ReviewEndToEndTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Token(string db, string role)
    {
        var run = VigilProcess.Run(_temp.Path, ["token", "create", "--role", role, "--name", "e2e-" + role, "--db", db]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Stdout.Trim();
    }

    [Fact]
    public async Task Correct_ThenReingestEveryReportAndRefuse_CorrectionStandsBothClaimsOneAudit()
    {
        var db = _temp.File("review.db");
        var ingest = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", db]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var analyst = Token(db, "analyst");
        var admin = Token(db, "admin");

        using var server = VigilProcess.Start(_temp.Path, ["serve", "--db", db, "--urls", "http://127.0.0.1:0"]);
        try
        {
            var line = await server.StandardOutput.ReadLineAsync() ?? string.Empty;
            var address = System.Text.RegularExpressions.Regex.Match(line, @"http://127\.0\.0\.1:[0-9]+");
            Assert.True(address.Success, line);
            using var client = new HttpClient { BaseAddress = new Uri(address.Value + "/") };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", analyst);

            // The incident with the most reports: the one whose figures the sources argue about.
            var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v1/incidents?limit=100", UriKind.Relative))).RootElement.GetProperty("items");
            var id = list.EnumerateArray()
                .Where(i => i.GetProperty("killed").ValueKind == JsonValueKind.Number)
                .OrderByDescending(i => i.GetProperty("report_count").GetInt32())
                .First().GetProperty("id").GetString()!;
            using var read = await client.GetAsync(new Uri("api/v1/incidents/" + id, UriKind.Relative));
            var before = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
            var corrected = before.GetProperty("killed").GetInt32() + 7;

            using var patch = new HttpRequestMessage(HttpMethod.Patch, "api/v1/incidents/" + id)
            {
                Content = JsonContent.Create(new { killed = corrected, note = "The regional prosecutor's list names more dead." }),
            };
            patch.Headers.IfMatch.Add(read.Headers.ETag!);
            using var patched = await client.SendAsync(patch);
            Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());

            // Every report again (all unchanged), then a full re-fusion from scratch.
            var again = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", db]);
            var refuse = VigilProcess.Run(_temp.Path, ["refuse", "--db", db]);
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.True(refuse.ExitCode == 0, refuse.ToString());

            var after = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v1/incidents/" + id, UriKind.Relative))).RootElement;
            Assert.Equal(corrected, after.GetProperty("killed").GetInt32());
            var history = after.GetProperty("figures").GetProperty("killed").GetProperty("history").EnumerateArray().ToList();
            var analystClaim = Assert.Single(history, h => h.GetProperty("claimant").GetProperty("kind").GetString() == "analyst");
            Assert.Equal(corrected, analystClaim.GetProperty("value").GetInt32());
            Assert.Equal("The regional prosecutor's list names more dead.", analystClaim.GetProperty("evidence").GetProperty("text").GetString());
            Assert.Contains(history, h => h.GetProperty("claimant").GetProperty("kind").GetString() != "analyst");
            Assert.Equal("an analyst's correction overrides the sources", after.GetProperty("figures").GetProperty("killed").GetProperty("why").GetString());

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            var audit = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v1/audit?action=incident.correct", UriKind.Relative))).RootElement;
            Assert.Equal(1, audit.GetProperty("total").GetInt32());
            var entry = audit.GetProperty("items")[0];
            Assert.Equal(("token:e2e-analyst", id), (entry.GetProperty("actor").GetString(), entry.GetProperty("target").GetString()));
            Assert.Equal(corrected, entry.GetProperty("after").GetProperty("killed").GetInt32());
        }
        finally
        {
            if (!server.HasExited)
            {
                using (var signal = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    await signal.WaitForExitAsync();
                }

                if (!server.WaitForExit(TimeSpan.FromSeconds(30)))
                {
                    server.Kill(entireProcessTree: true);
                }
            }
        }
    }
}
