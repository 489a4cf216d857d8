using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Storage;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Tests.Security;

/// <summary>A private server over the samples for sign-in, session and token tests.</summary>
public sealed class AuthServer : RunningServer
{
    protected override void Fill(IVigilStore store) => new Application.Ingest.IngestService().RunPaths(store, [SamplesFolder]);
}

/// <summary>Sign-in with lockout, cookie sessions with anti-forgery, tokens made and revoked over the admin API.</summary>
public sealed class AuthApiTests(AuthServer server) : IClassFixture<AuthServer>
{
    [Fact]
    public async Task Login_FiveWrongPasswords_LocksEvenTheRightOne()
    {
        using var admin = server.NewClient(AccountRole.Admin);
        (await admin.PostAsJsonAsync("api/v1/admin/users", new { name = "lockme", role = "viewer", password = RunningServer.Password })).EnsureSuccessStatusCode();
        using var client = server.NewClient();

        for (var i = 0; i < 4; i++)
        {
            using var wrong = await client.PostAsJsonAsync("api/v1/auth/login", new { name = "lockme", password = "not the password" });
            var problem = await Json.ReadProblem(wrong, 401);
            Assert.Equal("wrong name or password", problem.GetProperty("detail").GetString());
        }

        using var fifth = await client.PostAsJsonAsync("api/v1/auth/login", new { name = "lockme", password = "not the password" });
        Assert.Contains("locked", (await Json.ReadProblem(fifth, 401)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var right = await client.PostAsJsonAsync("api/v1/auth/login", new { name = "lockme", password = RunningServer.Password });
        Assert.Contains("locked", (await Json.ReadProblem(right, 401)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(right.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 800, 900);
        var listed = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/v1/admin/users", UriKind.Relative))).RootElement;
        Assert.Contains(listed.EnumerateArray(), u => u.GetProperty("name").GetString() == "lockme" && u.GetProperty("locked_until").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Session_Cookie_ReadsAndStateChangesNeedTheAntiforgeryToken()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };

        using (var anonymous = await client.GetAsync(new Uri("api/v1/incidents", UriKind.Relative)))
        {
            await Json.ReadProblem(anonymous, 401);
        }

        using var login = await client.PostAsJsonAsync("api/v1/auth/login", new { name = "analyst", password = RunningServer.Password });
        var me = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("analyst", me.GetProperty("role").GetString());
        var csrf = me.GetProperty("csrf_token").GetString()!;
        var session = cookies.GetCookies(server.BaseAddress)["vigil.session"]!;
        Assert.True(session.HttpOnly);

        using (var read = await client.GetAsync(new Uri("api/v1/incidents", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var report = "A test note: a drone damaged a school in Sumy on 5 March 2025; nobody was hurt, the regional administration said.";
        using (var forged = await client.PostAsync(new Uri("api/v1/reports", UriKind.Relative), new StringContent(report, Encoding.UTF8, "text/plain")))
        {
            Assert.Contains("anti-forgery", (await Json.ReadProblem(forged, 403)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var posted = new HttpRequestMessage(HttpMethod.Post, "api/v1/reports") { Content = new StringContent(report, Encoding.UTF8, "text/plain") })
        {
            posted.Headers.Add("X-CSRF-TOKEN", csrf);
            using var answer = await client.SendAsync(posted);
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        }

        using (var logout = new HttpRequestMessage(HttpMethod.Post, "api/v1/auth/logout"))
        {
            logout.Headers.Add("X-CSRF-TOKEN", csrf);
            using var answer = await client.SendAsync(logout);
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }

        using var after = await client.GetAsync(new Uri("api/v1/incidents", UriKind.Relative));
        await Json.ReadProblem(after, 401);
    }

    [Fact]
    public async Task Token_CreatedThenRevoked_WorksThenIsRefused()
    {
        using var admin = server.NewClient(AccountRole.Admin);
        using var created = await admin.PostAsJsonAsync("api/v1/admin/tokens", new { name = "robot", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        using var robot = new HttpClient { BaseAddress = server.BaseAddress };
        robot.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var me = JsonDocument.Parse(await robot.GetStringAsync(new Uri("api/v1/auth/me", UriKind.Relative))).RootElement;
        Assert.Equal("robot", me.GetProperty("name").GetString());
        Assert.Equal("viewer", me.GetProperty("role").GetString());
        using (var write = await robot.PostAsync(new Uri("api/v1/reports", UriKind.Relative), new StringContent("x", Encoding.UTF8, "text/plain")))
        {
            await Json.ReadProblem(write, 403);
        }

        var listed = await admin.GetStringAsync(new Uri("api/v1/admin/tokens", UriKind.Relative));
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        using var revoked = await admin.DeleteAsync(new Uri("api/v1/admin/tokens/robot", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var refused = await robot.GetAsync(new Uri("api/v1/incidents", UriKind.Relative));
        await Json.ReadProblem(refused, 401);
        using var again = await admin.DeleteAsync(new Uri("api/v1/admin/tokens/robot", UriKind.Relative));
        await Json.ReadProblem(again, 404);
    }

    [Fact]
    public async Task AddUser_BadInput_ProblemPerField()
    {
        using var admin = server.NewClient(AccountRole.Admin);

        using var role = await admin.PostAsJsonAsync("api/v1/admin/users", new { name = "someone", role = "emperor", password = RunningServer.Password });
        Assert.Contains("emperor", (await Json.ReadProblem(role, 400)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var shortPassword = await admin.PostAsJsonAsync("api/v1/admin/users", new { name = "someone", role = "viewer", password = "short" });
        Assert.Contains("password", (await Json.ReadProblem(shortPassword, 400)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var taken = await admin.PostAsJsonAsync("api/v1/admin/users", new { name = "ADMIN", role = "viewer", password = RunningServer.Password });
        await Json.ReadProblem(taken, 409);
        using var malformed = await admin.PostAsync(new Uri("api/v1/admin/users", UriKind.Relative), new StringContent("{ \"name\": ", Encoding.UTF8, "application/json"));
        await Json.ReadProblem(malformed, 400);
        using var wrongType = await admin.PostAsync(new Uri("api/v1/admin/users", UriKind.Relative), new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await Json.ReadProblem(wrongType, 415);
    }
}
