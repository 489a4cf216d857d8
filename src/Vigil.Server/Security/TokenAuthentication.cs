using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Vigil.Application;
using Vigil.Application.Accounts;
using Vigil.Server.Apis;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Security;

/// <summary>
/// Programs: <c>Authorization: Bearer TOKEN</c>, looked up by its SHA-256 among unrevoked tokens.
/// Checked on every request, so a revoked token stops working at once.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    VigilStoreFactory stores)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        ApiToken? token;
        using (var lease = stores.Rent())
        {
            token = StoreCall.Run(lease, s => AccountService.FindToken(s.Accounts(), header["Bearer ".Length..].Trim()));
        }

        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("the token is unknown or revoked"));
        }

        var principal = Identities.Principal(token.Name, token.Role, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

/// <summary>The claims of a signed-in person or a token.</summary>
internal static class Identities
{
    /// <summary>The authentication type of a cookie session (state-changing requests with it need the anti-forgery token).</summary>
    public const string Password = "password";

    public static ClaimsPrincipal Principal(string name, AccountRole role, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, AccountService.RoleName(role))],
            authenticationType, ClaimTypes.Name, ClaimTypes.Role));

    public static string? Role(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value;
}
