using Vigil.Cli.Tests;
using static Microsoft.Playwright.Assertions;

namespace Vigil.Server.BrowserTests.Dashboard;

/// <summary>The samples served without <c>--public</c>, with one analyst account made by <c>vigil users add</c>.</summary>
public sealed class PrivateDashboardServer : DashboardServer
{
    public const string Name = "olena";
    public const string Password = "a long enough password";

    protected override bool Public => false;

    protected override async Task PrepareAsync(string folder, string db)
    {
        using var add = VigilProcess.Start(folder, ["users", "add", Name, "--role", "analyst", "--db", db], redirectStandardInput: true);
        await add.StandardInput.WriteLineAsync(Password);
        add.StandardInput.Close();
        var output = await add.StandardError.ReadToEndAsync();
        await add.WaitForExitAsync();
        if (add.ExitCode != 0)
        {
            throw new InvalidOperationException($"vigil users add failed ({add.ExitCode}): {output}");
        }
    }
}

public sealed class SignInTests(PrivateDashboardServer server) : IClassFixture<PrivateDashboardServer>
{
    [Fact]
    public async Task Overview_PrivateServer_SignInFormThenIncidentsAfterSigningIn()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        // Nothing of the data before signing in: the form, and no incidents.
        await Expect(page.Locator("#signin")).ToBeVisibleAsync();
        await Expect(page.Locator("#list li")).ToHaveCountAsync(0);

        await page.Locator("#signin-name").FillAsync(PrivateDashboardServer.Name);
        await page.Locator("#signin-password").FillAsync("not the password");
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await Expect(page.Locator("#signin-error")).Not.ToBeEmptyAsync();

        await page.Locator("#signin-password").FillAsync(PrivateDashboardServer.Password);
        await page.Locator("#signin button[type=submit]").ClickAsync();

        await Expect(page.Locator("#signin")).ToBeHiddenAsync();
        await Expect(page.Locator("#account-name")).ToContainTextAsync(PrivateDashboardServer.Name);
        await DashboardPage.WaitOverviewAsync(page);
        await Expect(page.Locator("#count")).ToHaveTextAsync("4 incidents");

        // Signing out ends the session: the form again.
        await page.Locator("#signout").ClickAsync();
        await Expect(page.Locator("#signin")).ToBeVisibleAsync();
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("401", StringComparison.Ordinal));
    }
}
