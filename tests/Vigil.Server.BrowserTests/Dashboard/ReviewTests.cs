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

    [Fact]
    public async Task SplitThenMerge_AnalystSignedIn_ReportLeavesAndComesBack()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await SignInAsync(page);

        async Task<List<JsonElement>> IncidentsAsync()
        {
            var answer = await page.Context.APIRequest.GetAsync("api/v1/incidents?limit=1000");
            return [.. JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("items").EnumerateArray()];
        }

        var before = await IncidentsAsync();
        var several = before.First(i => i.GetProperty("report_count").GetInt32() >= 2);
        var id = several.GetProperty("id").GetString()!;
        var reportCount = several.GetProperty("report_count").GetInt32();

        // Split: tick the first report; it leaves this incident (which keeps its id) for an incident of its own.
        await page.GotoAsync("/?incident=" + Uri.EscapeDataString(id));
        await DashboardPage.WaitIncidentAsync(page);
        await Expect(page.Locator("#review-split input[type=checkbox]")).ToHaveCountAsync(reportCount);
        await page.Locator("#review-split-0").CheckAsync();
        await page.Locator("#review-split-note").FillAsync("That report is about the evening strike.");
        await page.Locator("#review-split button[type=submit]").ClickAsync();
        await Expect(page.Locator(".review-decisions")).ToContainTextAsync("That report is about the evening strike.");
        await Expect(page.Locator("#review-split input[type=checkbox]")).ToHaveCountAsync(reportCount - 1 >= 2 ? reportCount - 1 : 0);

        var afterSplit = await IncidentsAsync();
        Assert.Equal(before.Count + 1, afterSplit.Count);
        var splitOff = afterSplit.Select(i => i.GetProperty("id").GetString()!).Except(before.Select(i => i.GetProperty("id").GetString()!)).Single();

        // Merge it back from the kept incident's page: the split-off incident (same oblast and day) is offered once the
        // field is reached, and chosen by its id.
        await page.Locator("#review-merge-with").FocusAsync();
        await Expect(page.Locator($"#review-merge-candidates option[value='{splitOff}']")).ToHaveCountAsync(1);
        await page.Locator("#review-merge-with").FillAsync(splitOff);
        await page.Locator("#review-merge-note").FillAsync("One strike after all: the later post corrects the time.");
        await page.Locator("#review-merge button[type=submit]").ClickAsync();
        await Expect(page.Locator(".review-decisions")).ToContainTextAsync("One strike after all");
        await Expect(page.Locator(".review-error")).ToBeEmptyAsync();

        var afterMerge = await IncidentsAsync();
        Assert.Equal(before.Count, afterMerge.Count);
        var merged = afterMerge.Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal(reportCount, merged.GetProperty("report_count").GetInt32());
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_UnknownIncidentId_ProblemShownNothingChanged()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await SignInAsync(page);
        var list = await page.Context.APIRequest.GetAsync("api/v1/incidents?limit=1");
        var id = JsonDocument.Parse(await list.TextAsync()).RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;

        await page.GotoAsync("/?incident=" + Uri.EscapeDataString(id));
        await DashboardPage.WaitIncidentAsync(page);
        await page.Locator("#review-merge-with").FillAsync("2025-01-01-nowhere-000000");
        await page.Locator("#review-merge-note").FillAsync("Testing a wrong id.");
        await page.Locator("#review-merge button[type=submit]").ClickAsync();

        await Expect(page.Locator(".review-error")).ToContainTextAsync("Not saved:");
        await Expect(page.Locator(".review-decisions li", new() { HasText = "Testing a wrong id." })).ToHaveCountAsync(0);
        Assert.NotEqual("Not saved:", (await page.Locator(".review-error").TextContentAsync())?.Trim());
    }

    private static async Task SignInAsync(Microsoft.Playwright.IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("#signin-name").FillAsync(PrivateDashboardServer.Name);
        await page.Locator("#signin-password").FillAsync(PrivateDashboardServer.Password);
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await DashboardPage.WaitOverviewAsync(page);
    }
}
