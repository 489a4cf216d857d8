using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Vigil.Server.BrowserTests.Dashboard;

[Collection(DashboardCollection.Name)]
public sealed class IncidentPageTests(DashboardServer server)
{
    [Fact]
    public async Task OpenIncident_FromList_FiguresHistoryAndEvidenceHighlighted()
    {
        var id = await IncidentIdAsync("oblast=UA-63&weapon=drone");
        var detail = await server.GetJsonAsync($"api/v1/incidents/{Uri.EscapeDataString(id)}");
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);

        await page.Locator($"#list a[data-incident='{id}']").ClickAsync();

        await DashboardPage.WaitIncidentAsync(page);
        Assert.Contains("incident=" + Uri.EscapeDataString(id), page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#incident h1")).ToContainTextAsync("Kharkiv");
        var injured = detail.GetProperty("figures").GetProperty("injured");
        var injuredRow = page.Locator("table.figures tr[data-field='injured']");
        await Expect(injuredRow).ToContainTextAsync(injured.GetProperty("value").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(injuredRow).ToContainTextAsync($"{injured.GetProperty("low").GetInt32()}–{injured.GetProperty("high").GetInt32()}");
        await Expect(page.Locator("ol.history li")).ToHaveCountAsync(HistoryCount(detail));

        // Every current claim's sentence is inside a <mark> in the text of its report.
        var evidence = detail.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("evidence").GetProperty("text").GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(evidence);
        var marks = await page.Locator("#incident mark").AllTextContentsAsync();
        foreach (var sentence in evidence)
        {
            Assert.Contains(marks, mark => mark.Contains(sentence, StringComparison.Ordinal));
        }

        var highlightedInText = page.Locator(".report-text mark");
        Assert.True(await highlightedInText.CountAsync() > 0, "no evidence highlighted inside a report text");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task HostileReport_ScriptAndImgInTitleAndText_ShownAsTextNeverRun()
    {
        var id = await IncidentIdAsync("oblast=UA-59");
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/?incident=" + Uri.EscapeDataString(id));
        await DashboardPage.WaitIncidentAsync(page);
        await page.Locator(".report h3").First.HoverAsync();

        await Expect(page.Locator(".report h3")).ToHaveTextAsync(HostileReport.Title);
        await Expect(page.Locator(".report-text mark").First).ToContainTextAsync(HostileReport.ScriptInText);
        await Expect(page.Locator(".report-text")).ToContainTextAsync("<img src=x onerror=");
        Assert.Equal(0, await page.Locator("img[src='x'], #incident script, #incident b").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a payload from the report ran");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task UnknownIncident_InUrl_SaysNotFound()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/?incident=2025-01-01-nowhere-000000");

        await page.Locator("body[data-incident='error']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator("#incident [role='alert']")).ToHaveTextAsync("No incident with this id.");
    }

    [Fact]
    public async Task PhoneWidth_IncidentPage_NoHorizontalScroll()
    {
        var id = await IncidentIdAsync("oblast=UA-63&weapon=drone");
        await using var browser = await server.NewPageAsync(390, 844);
        var page = browser.Page;

        await page.GotoAsync("/?incident=" + Uri.EscapeDataString(id));
        await DashboardPage.WaitIncidentAsync(page);

        Assert.False(await DashboardPage.ScrollsHorizontallyAsync(page), "the incident page scrolls sideways at 390 px");
        Assert.Empty(browser.Errors);
    }

    private async Task<string> IncidentIdAsync(string filters)
    {
        var items = (await server.GetJsonAsync("api/v1/incidents?" + filters)).GetProperty("items");
        Assert.Equal(1, items.GetArrayLength());
        return items[0].GetProperty("id").GetString()!;
    }

    private static int HistoryCount(JsonElement detail) =>
        detail.GetProperty("figures").EnumerateObject().Sum(f => f.Value.GetProperty("history").GetArrayLength());
}
