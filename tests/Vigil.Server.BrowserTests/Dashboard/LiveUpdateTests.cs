using System.Net.Http.Headers;
using System.Text;
using Vigil.Cli.Tests;
using static Microsoft.Playwright.Assertions;

namespace Vigil.Server.BrowserTests.Dashboard;

/// <summary>The samples served with <c>--public</c> and an analyst token made by <c>vigil token create</c>, for tests that post reports (its own store: the shared one keeps its four incidents).</summary>
public sealed class LiveDashboardServer : DashboardServer
{
    public string Token { get; private set; } = string.Empty;

    protected override async Task PrepareAsync(string folder, string db)
    {
        using var create = VigilProcess.Start(folder, ["token", "create", "--role", "analyst", "--name", "live-test", "--db", db]);
        var output = await create.StandardOutput.ReadToEndAsync();
        var errors = await create.StandardError.ReadToEndAsync();
        await create.WaitForExitAsync();
        if (create.ExitCode != 0)
        {
            throw new InvalidOperationException($"vigil token create failed ({create.ExitCode}): {errors}");
        }

        Token = output.Trim().Split('\n')[^1].Trim();
    }
}

public sealed class LiveUpdateTests(LiveDashboardServer server) : IClassFixture<LiveDashboardServer>
{
    [Fact]
    public async Task Overview_ReportPostedThroughTheApi_NewIncidentAppearsWithoutReload()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);
        await Expect(page.Locator("#count")).ToHaveTextAsync("4 incidents");
        await page.Locator("body[data-live='open']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        // Survives only if the page is never reloaded.
        await page.EvaluateAsync("() => { window.vigilLiveMarker = 'same page'; }");

        // Written for this test.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "api/v1/reports"))
        {
            Content = new StringContent(
                "---\ntitle: Drone strike on Poltava\npublished: 2025-11-03T07:00:00+02:00\nurl: https://example.org/tests/live/poltava\n---\n"
                + "A Russian drone hit an apartment block in Poltava on 3 November 2025. Two residents were injured, the regional governor said.\n",
                Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        using var posted = await server.Http.SendAsync(request);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());

        var notice = page.Locator("#live-new");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToHaveTextAsync("1 new incident: show");
        await notice.ClickAsync();

        await Expect(page.Locator("#count")).ToHaveTextAsync("5 incidents");
        await Expect(page.Locator("#list")).ToContainTextAsync("Poltava");
        await Expect(notice).ToBeHiddenAsync();
        Assert.Equal("same page", await page.EvaluateAsync<string>("() => window.vigilLiveMarker"));
        Assert.Empty(browser.Errors);
    }
}
