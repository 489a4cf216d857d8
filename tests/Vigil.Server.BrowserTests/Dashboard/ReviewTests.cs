using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Vigil.Server.BrowserTests.Dashboard;

/// <summary>An analyst reviews in a real browser: signs in, corrects a figure with a note, sees the new figure and the sources' claim.</summary>
public sealed class ReviewTests(PrivateDashboardServer server) : IClassFixture<PrivateDashboardServer>
{
    [Fact]
    public async Task Correct_AnalystSignedIn_NewCurrentFigureAndOldSourceClaimShown()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.Locator("#signin-name").FillAsync(PrivateDashboardServer.Name);
        await page.Locator("#signin-password").FillAsync(PrivateDashboardServer.Password);
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await DashboardPage.WaitOverviewAsync(page);

        // An incident with a stated death toll, found through the API with the page's own session.
        var list = await page.Context.APIRequest.GetAsync("api/v1/incidents?min_killed=1&limit=1");
        var incident = JsonDocument.Parse(await list.TextAsync()).RootElement.GetProperty("items")[0];
        var id = incident.GetProperty("id").GetString()!;
        var sourceKilled = incident.GetProperty("killed").GetInt32();
        var corrected = sourceKilled + 5;

        await page.GotoAsync("/?incident=" + Uri.EscapeDataString(id));
        await DashboardPage.WaitIncidentAsync(page);
        await page.Locator("#review-killed").FillAsync(corrected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#review-note").FillAsync("The coroner's list has more names.");
        await page.Locator("#review-correct button[type=submit]").ClickAsync();

        var killedRow = page.Locator("#incident table.figures tr[data-field='killed']");
        await Expect(killedRow.Locator("td.num").First).ToContainTextAsync(corrected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(killedRow.Locator("td.who")).ToContainTextAsync(PrivateDashboardServer.Name);
        // The history keeps the sources' claim beside the analyst's, and the note is shown with the decision.
        var history = page.Locator("#incident ol.history").First.Locator("li");
        await Expect(history.Filter(new() { HasText = PrivateDashboardServer.Name })).ToHaveCountAsync(1);
        await Expect(history.Filter(new() { HasNotText = PrivateDashboardServer.Name }).First).ToBeVisibleAsync();
        await Expect(page.Locator(".review-decisions")).ToContainTextAsync("The coroner's list has more names.");
        await Expect(page.Locator(".review-error")).ToBeEmptyAsync();
        // Only the 401s of the overview's first requests, made before signing in (as in SignInTests).
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReviewPage_AnalystSignedIn_QueueListedAuditHidden()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.Locator("#signin-name").FillAsync(PrivateDashboardServer.Name);
        await page.Locator("#signin-password").FillAsync(PrivateDashboardServer.Password);
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await DashboardPage.WaitOverviewAsync(page);

        await page.Locator("#review-link").ClickAsync();
        await page.Locator("body[data-ready='true']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        await Expect(page.Locator("#queue")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#queue-list li").CountAsync() > 0);
        await Expect(page.Locator("#queue-list li a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"incident="));
        // The audit trail is for admins only.
        await Expect(page.Locator("#audit")).ToBeHiddenAsync();
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("401", StringComparison.Ordinal));
    }
}
