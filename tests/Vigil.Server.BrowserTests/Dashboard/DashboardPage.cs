using Microsoft.Playwright;

namespace Vigil.Server.BrowserTests.Dashboard;

/// <summary>Opening the dashboard and waiting for what it says it has finished (body data attributes).</summary>
internal static class DashboardPage
{
    /// <summary>Opens the overview at <paramref name="query"/> and waits until every incident is on the map.</summary>
    public static async Task OpenOverviewAsync(IPage page, string query = "")
    {
        await page.GotoAsync("/" + query);
        await WaitOverviewAsync(page);
    }

    public static Task WaitOverviewAsync(IPage page) =>
        page.Locator("body[data-overview='ready']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public static Task WaitIncidentAsync(IPage page) =>
        page.Locator("body[data-incident='ready']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>True when the page is wider than the viewport (a horizontal scroll bar).</summary>
    public static Task<bool> ScrollsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
