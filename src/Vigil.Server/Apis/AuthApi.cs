using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Application;
using Vigil.Application.Accounts;
using Vigil.Server.Security;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Apis;

/// <summary>Sign-in request: a person's name and password.</summary>
public sealed record LoginRequest(string? Name, string? Password);

/// <summary>Who is asking: null name and role when anonymous; the anti-forgery token for cookie sessions.</summary>
public sealed record MeResponse(bool Authenticated, string? Name, string? Role, string? Via, bool Public, string Publish, string? CsrfToken);

/// <summary><c>/api/v1/auth</c>: sign in (cookie session), sign out, and who am I.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/login", Login).WithName("Login")
            .WithSummary("Sign in with name and password: sets the session cookie and returns the anti-forgery token.");
        group.MapPost("/logout", (Delegate)Logout).WithName("Logout").WithSummary("End the cookie session.");
        group.MapGet("/me", Me).WithName("Me").WithSummary("Who is signed in (if anyone), whether the server is public, and the anti-forgery token.");
        return app;
    }

    internal static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Login(
        LoginRequest request, HttpContext context, VigilStoreFactory stores, AccountService accounts, IAntiforgery antiforgery, ServerSettings settings, ILogger<LoginRequest> logger)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        SignInResult result;
        using (var store = stores.OpenWrite())
        {
            result = accounts.SignIn(store.Accounts(), request.Name, request.Password);
        }

        if (result.Account is not { } account)
        {
            ServerLog.SignInFailed(logger, request.Name ?? string.Empty, result.Error ?? string.Empty);
            if (result.LockedUntil is { } until)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((until - DateTimeOffset.UtcNow).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            return TypedResults.Problem(detail: result.Error, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var principal = Identities.Principal(account.Name, account.Role, Identities.Password);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        // The anti-forgery token is bound to the signed-in user, who is not on this request yet.
        context.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new MeResponse(true, account.Name, AccountService.RoleName(account.Role), Identities.Password,
            settings.Public, settings.PublishName, tokens.RequestToken));
    }

    internal static async Task<NoContent> Logout(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    internal static Ok<MeResponse> Me(HttpContext context, IAntiforgery antiforgery, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true } identity)
        {
            return TypedResults.Ok(new MeResponse(false, null, null, null, settings.Public, settings.PublishName, null));
        }

        var csrf = identity.AuthenticationType == Identities.Password ? antiforgery.GetAndStoreTokens(context).RequestToken : null;
        return TypedResults.Ok(new MeResponse(true, identity.Name, user.Role(), identity.AuthenticationType, settings.Public, settings.PublishName, csrf));
    }
}

/// <summary>A new account (admin API).</summary>
public sealed record NewUserRequest(string? Name, string? Role, string? Password);

/// <summary>A new token (admin API).</summary>
public sealed record NewTokenRequest(string? Name, string? Role);

/// <summary>An account as listed: never its hash.</summary>
public sealed record UserDto(string Name, string Role, DateTimeOffset Created, DateTimeOffset? LockedUntil);

/// <summary>A token as listed: never the token or its hash.</summary>
public sealed record TokenDto(string Name, string Role, DateTimeOffset Created, DateTimeOffset? Revoked);

/// <summary>A token just created: the only time the token itself is shown.</summary>
public sealed record CreatedTokenDto(string Name, string Role, DateTimeOffset Created, string Token);

/// <summary><c>/api/v1/admin/users</c> and <c>/api/v1/admin/tokens</c>: what <c>vigil users</c> and <c>vigil token</c> do, for admins.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(Policies.Admin);
        group.MapGet("/users", Users).WithName("ListUsers").WithSummary("Every account with its role (never a password hash).");
        group.MapPost("/users", AddUser).WithName("AddUser").WithSummary("Add an account: name, role (viewer, analyst, admin), password.");
        group.MapDelete("/users/{name}", RemoveUser).WithName("RemoveUser").WithSummary("Remove an account.");
        group.MapGet("/tokens", Tokens).WithName("ListTokens").WithSummary("Every token with its role and whether it is revoked (never the token).");
        group.MapPost("/tokens", CreateToken).WithName("CreateToken").WithSummary("Create a named token with a role; the answer is the only time the token is shown.");
        group.MapDelete("/tokens/{name}", RevokeToken).WithName("RevokeToken").WithSummary("Revoke a token: it stops working at once.");
        return app;
    }

    /// <summary>The checks a new account and a new token share: a known role and an acceptable name.</summary>
    private static ValidationProblem? RoleAndName(string? roleText, string? name, out AccountRole role)
    {
        role = default;
        if (AccountService.ParseRole(roleText) is not { } parsed)
        {
            return Problems.Invalid("role", $"'{roleText}' is not a role: {AccountService.RoleChoices}");
        }

        role = parsed;
        return AccountService.CheckName(name) is { } nameError ? Problems.Invalid("name", nameError) : null;
    }

    internal static Ok<List<UserDto>> Users(VigilStoreFactory stores)
    {
        using var lease = stores.Rent();
        return TypedResults.Ok(StoreCall.Run(lease, s => s.Accounts().Users()
            .Select(u => new UserDto(u.Name, AccountService.RoleName(u.Role), u.Created, u.LockedUntil)).ToList()));
    }

    internal static Results<Created<UserDto>, ValidationProblem, ProblemHttpResult> AddUser(
        NewUserRequest request, VigilStoreFactory stores, AccountService accounts, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RoleAndName(request.Role, request.Name, out var role) is { } invalid)
        {
            return invalid;
        }

        if (AccountService.CheckPassword(request.Password) is { } passwordError)
        {
            return Problems.Invalid("password", passwordError);
        }

        using var store = stores.OpenWrite();
        var (account, error) = accounts.AddUser(store.Accounts(), request.Name!, role, request.Password!);
        if (account is not null)
        {
            Audits.Write(store, context, "user.add", account.Name, null, new { account.Name, Role = AccountService.RoleName(account.Role) });
        }

        return account is null
            ? TypedResults.Problem(detail: error, statusCode: StatusCodes.Status409Conflict, title: "Conflict")
            : TypedResults.Created("/api/v1/admin/users/" + Uri.EscapeDataString(account.Name),
                new UserDto(account.Name, AccountService.RoleName(account.Role), account.Created, null));
    }

    internal static Results<NoContent, ProblemHttpResult> RemoveUser(string name, VigilStoreFactory stores, HttpContext context)
    {
        using var store = stores.OpenWrite();
        var account = store.Accounts().User(name);
        if (account is null || !store.Accounts().RemoveUser(name))
        {
            return Problems.NotFound($"no account '{name}'");
        }

        Audits.Write(store, context, "user.remove", account.Name, new { account.Name, Role = AccountService.RoleName(account.Role) }, null);
        return TypedResults.NoContent();
    }

    internal static Ok<List<TokenDto>> Tokens(VigilStoreFactory stores)
    {
        using var lease = stores.Rent();
        return TypedResults.Ok(StoreCall.Run(lease, s => s.Accounts().Tokens()
            .Select(t => new TokenDto(t.Name, AccountService.RoleName(t.Role), t.Created, t.Revoked)).ToList()));
    }

    internal static Results<Created<CreatedTokenDto>, ValidationProblem, ProblemHttpResult> CreateToken(
        NewTokenRequest request, VigilStoreFactory stores, AccountService accounts, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RoleAndName(request.Role, request.Name, out var role) is { } invalid)
        {
            return invalid;
        }

        using var store = stores.OpenWrite();
        var (token, record, error) = accounts.CreateToken(store.Accounts(), request.Name!, role);
        if (record is not null)
        {
            // Never the token itself: only its name and role.
            Audits.Write(store, context, "token.create", record.Name, null, new { record.Name, Role = AccountService.RoleName(record.Role) });
        }

        return record is null || token is null
            ? TypedResults.Problem(detail: error, statusCode: StatusCodes.Status409Conflict, title: "Conflict")
            : TypedResults.Created("/api/v1/admin/tokens/" + Uri.EscapeDataString(record.Name),
                new CreatedTokenDto(record.Name, AccountService.RoleName(record.Role), record.Created, token));
    }

    internal static Results<NoContent, ProblemHttpResult> RevokeToken(string name, VigilStoreFactory stores, HttpContext context)
    {
        using var store = stores.OpenWrite();
        if (!store.Accounts().RevokeToken(name, DateTimeOffset.UtcNow))
        {
            return Problems.NotFound($"no unrevoked token '{name}'");
        }

        Audits.Write(store, context, "token.revoke", name, new { Name = name, Revoked = false }, new { Name = name, Revoked = true });
        return TypedResults.NoContent();
    }
}
