using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Vigil.Server.BrowserTests.Dashboard;

[Collection(DashboardCollection.Name)]
public sealed class OverviewTests(DashboardServer server)
{
    [Fact]
    public async Task Overview_Load_ShowsEveryIncidentOnTheMapWithTheCount()
    {
        var total = (await server.GetJsonAsync("api/v1/incidents?limit=1")).GetProperty("total").GetInt32();
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;

        await DashboardPage.OpenOverviewAsync(page);

        // The samples make three incidents (samples/README.md) and the hostile report a fourth.
        Assert.Equal(4, total);
        await Expect(page.Locator("#count")).ToHaveTextAsync("4 incidents");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-drawn", "4");
        Assert.Equal(27, await page.Locator("#map path.oblast").CountAsync());
        Assert.True(await page.Locator("#map path.incident-marker, #map .cluster").CountAsync() > 0, "no incident mark on the map");
        await Expect(page.Locator("#list li")).ToHaveCountAsync(4);
        await Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("Boundaries © amCharts");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task FilterByOblast_SelectOdesa_CountListUrlAndExportFollow()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);

        await page.Locator("#f-oblast").SelectOptionAsync("UA-51");

        await Expect(page).ToHaveURLAsync(new Regex("[?&]oblast=UA-51(&|$)"));
        await DashboardPage.WaitOverviewAsync(page);
        await Expect(page.Locator("#count")).ToHaveTextAsync("1 incident");
        await Expect(page.Locator("#list li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#list li")).ToContainTextAsync("Odesa");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-drawn", "1");

        // The export link carries the same filters: the CSV holds the one Odesa incident.
        var href = await page.Locator("#export-csv").GetAttributeAsync("href");
        Assert.Contains("oblast=UA-51", href, StringComparison.Ordinal);
        var csv = await server.Http.GetStringAsync(new Uri(server.BaseUrl, href));
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains("Odesa", rows[1], StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task ReopenUrl_FiltersAndIncident_RestoresTheSameView()
    {
        var kharkivDrone = (await server.GetJsonAsync("api/v1/incidents?oblast=UA-63&weapon=drone")).GetProperty("items")[0].GetProperty("id").GetString()!;
        string url;
        await using (var first = await server.NewPageAsync())
        {
            var page = first.Page;
            await DashboardPage.OpenOverviewAsync(page);
            await page.Locator("#f-oblast").SelectOptionAsync("UA-63");
            await DashboardPage.WaitOverviewAsync(page);
            await page.Locator("#f-weapons input[value='drone']").CheckAsync();
            await Expect(page.Locator("#count")).ToHaveTextAsync("1 incident");
            await page.Locator($"#list a[data-incident='{kharkivDrone}']").ClickAsync();
            await DashboardPage.WaitIncidentAsync(page);
            url = page.Url;
        }

        await using var second = await server.NewPageAsync();
        var reopened = second.Page;
        await reopened.GotoAsync(url);
        await DashboardPage.WaitIncidentAsync(reopened);
        await Expect(reopened.Locator("#incident h1")).ToContainTextAsync("Kharkiv");

        await reopened.Locator("#incident a.back").ClickAsync();
        await DashboardPage.WaitOverviewAsync(reopened);
        await Expect(reopened.Locator("#f-oblast")).ToHaveValueAsync("UA-63");
        await Expect(reopened.Locator("#f-weapons input[value='drone']")).ToBeCheckedAsync();
        await Expect(reopened.Locator("#count")).ToHaveTextAsync("1 incident");
        Assert.DoesNotContain("incident=", reopened.Url, StringComparison.Ordinal);
        Assert.Empty(second.Errors);
    }

    [Fact]
    public async Task LanguageSwitch_Click_LabelsInUkrainianAndKeptInUrl()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);

        await page.Locator("#lang-switch").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]lang=uk(&|$)"));
        await Expect(page.Locator("label[for='f-oblast']")).ToHaveTextAsync("Область");
        await Expect(page.Locator("#list-title")).ToHaveTextAsync("Останні інциденти");
        await Expect(page.Locator("#count")).ToHaveTextAsync("4 інциденти");
        await Expect(page.Locator("#f-oblast option[value='UA-63']")).ToHaveTextAsync("Харківська область");
        // Places too, in the list, named as the gazetteer writes them in Ukrainian.
        await Expect(page.Locator(".li-place", new() { HasText = "Харків" }).First).ToBeVisibleAsync();

        // The language survives a reload from the URL, and switches back.
        await page.ReloadAsync();
        await DashboardPage.WaitOverviewAsync(page);
        await Expect(page.Locator("label[for='f-oblast']")).ToHaveTextAsync("Область");
        await page.Locator("#lang-switch").ClickAsync();
        await Expect(page.Locator("label[for='f-oblast']")).ToHaveTextAsync("Oblast");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Timeline_DragAcrossChart_SetsTheDateFilter()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);
        var chart = page.Locator("#chart-casualties .u-over");
        await chart.ScrollIntoViewIfNeededAsync();
        var box = await chart.BoundingBoxAsync() ?? throw new InvalidOperationException("no chart drawn");

        await page.Mouse.MoveAsync(box.X + 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.5f, box.Y + box.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}"));
        await DashboardPage.WaitOverviewAsync(page);
        var query = new Uri(page.Url).Query;
        var from = Regex.Match(query, "from=([0-9-]+)").Groups[1].Value;
        var to = Regex.Match(query, "to=([0-9-]+)").Groups[1].Value;
        await Expect(page.Locator("#f-from")).ToHaveValueAsync(from);
        await Expect(page.Locator("#f-to")).ToHaveValueAsync(to);
        var expected = (await server.GetJsonAsync($"api/v1/incidents?from={from}&to={to}&limit=1")).GetProperty("total").GetInt32();
        await Expect(page.Locator("#count")).ToHaveAttributeAsync("data-total", expected.ToString(CultureInfo.InvariantCulture));
        Assert.True(expected < 4, $"the first half of the timeline should leave some incidents out ({from}..{to})");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Keyboard_TabToListAndEnter_OpensIncidentWithVisibleFocus()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var first = page.Locator("#list a").First;
        await Expect(first).ToBeFocusedAsync();
        var outline = await first.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Enter");
        await DashboardPage.WaitIncidentAsync(page);
        await Expect(page.Locator("#incident h1")).ToBeFocusedAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Footer_LicenceLinks_EachPackagesLicenceServed()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await DashboardPage.OpenOverviewAsync(page);

        var links = await page.Locator("footer a[href^='lib/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal(3, links.Length);
        foreach (var link in links)
        {
            using var response = await server.Http.GetAsync(new Uri(server.BaseUrl, link));
            Assert.True(response.IsSuccessStatusCode, $"{link}: {(int)response.StatusCode}");
            Assert.Contains("Copyright", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PhoneWidth_Overview_NoHorizontalScroll()
    {
        await using var browser = await server.NewPageAsync(390, 844);
        var page = browser.Page;

        await DashboardPage.OpenOverviewAsync(page);

        Assert.False(await DashboardPage.ScrollsHorizontallyAsync(page), "the overview scrolls sideways at 390 px");
        await Expect(page.Locator("#map")).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }
}
