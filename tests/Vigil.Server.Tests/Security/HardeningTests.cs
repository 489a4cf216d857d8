using System.Net;
using Vigil.Server.Security;
using Vigil.Storage;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Tests.Security;

/// <summary>A public server with a low per-account limit (3 a minute) and a higher per-address one.</summary>
public sealed class LimitedServer : RunningServer
{
    protected override void Fill(IVigilStore store) => new Application.Ingest.IngestService().RunPaths(store, [SamplesFolder]);

    protected override VigilServerOptions Options(VigilServerOptions options) =>
        options with { Public = true, RateLimits = new RateLimitOptions { PerAccount = 3, PerAddress = 40 } };
}

/// <summary>Security headers on every answer and rate limits answered 429 with Retry-After.</summary>
public sealed class HardeningTests(LimitedServer server) : IClassFixture<LimitedServer>
{
    [Theory]
    [InlineData("health")]
    [InlineData("")]
    [InlineData("app/main.js")]
    [InlineData("api/v1/nothing-here")]
    public async Task AnyAnswer_SecurityHeaders_Present(string path)
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_OverItsLimit_429WithRetryAfter()
    {
        using var viewer = server.NewClient(AccountRole.Viewer);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await viewer.GetAsync(new Uri("api/v1/stats/oblasts", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await viewer.GetAsync(new Uri("api/v1/stats/oblasts", UriKind.Relative));

        await Json.ReadProblem(refused, 429);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        // Another account from the same address is not held back by the first one's limit.
        using var other = server.NewClient(AccountRole.Admin);
        using var fine = await other.GetAsync(new Uri("api/v1/stats/oblasts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Address_OverItsLimit_429ForAnonymousToo()
    {
        using var anonymous = server.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 45; i++)
        {
            using var response = await anonymous.GetAsync(new Uri("health", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
