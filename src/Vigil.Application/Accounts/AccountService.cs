using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Vigil.Storage.Accounts;

namespace Vigil.Application.Accounts;

/// <summary>The outcome of a sign-in: the account, or why not (and until when it is locked).</summary>
public sealed record SignInResult(UserAccount? Account, string? Error, DateTimeOffset? LockedUntil = null)
{
    public bool Succeeded => Account is not null;
}

/// <summary>
/// Accounts and tokens over an <see cref="IAccountStore"/>: names and roles checked, passwords hashed
/// with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned),
/// sign-ins locked after <see cref="MaxFailedSignIns"/> failures for <see cref="LockoutDuration"/>,
/// tokens of 32 random bytes kept only as their SHA-256.
/// </summary>
public sealed class AccountService
{
    public const int MaxFailedSignIns = 5;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxNameLength = 64;
    public const string TokenPrefix = "vigil_";

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Nobody = new();

    // Checked against when the name is unknown, so an unknown name costs as much time as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(Nobody, "not a password of anyone"));

    private readonly TimeProvider _time;

    public AccountService(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>The role a word names (<c>viewer</c>, <c>analyst</c>, <c>admin</c>, any case), or null.</summary>
    public static AccountRole? ParseRole(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "VIEWER" => AccountRole.Viewer,
        "ANALYST" => AccountRole.Analyst,
        "ADMIN" => AccountRole.Admin,
        _ => null,
    };

    /// <summary>The role as written in the API, the CLI and the docs.</summary>
    public static string RoleName(AccountRole role) => role switch
    {
        AccountRole.Viewer => "viewer",
        AccountRole.Analyst => "analyst",
        AccountRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    public const string RoleChoices = "viewer, analyst or admin";

    /// <summary>Why a name cannot name an account or token, or null when it can.</summary>
    public static string? CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "the name is empty";
        }

        if (name.Length > MaxNameLength)
        {
            return $"the name is over {MaxNameLength} characters";
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@')
            ? null
            : $"the name '{name}' may hold only letters a-z, digits and . _ - @";
    }

    /// <summary>Why a password is not acceptable, or null when it is.</summary>
    public static string? CheckPassword(string? password) =>
        password is null || password.Length < MinPasswordLength ? $"the password is shorter than {MinPasswordLength} characters"
        : password.Length > MaxPasswordLength ? $"the password is over {MaxPasswordLength} characters"
        : null;

    /// <summary>Adds an account; the error says what is wrong (name, password, or the name is taken).</summary>
    public (UserAccount? Account, string? Error) AddUser(IAccountStore store, string name, AccountRole role, string password)
    {
        ArgumentNullException.ThrowIfNull(store);
        if ((CheckName(name) ?? CheckPassword(password)) is { } error)
        {
            return (null, error);
        }

        var account = new UserAccount(name, role, Hasher.HashPassword(Nobody, password), _time.GetUtcNow(), 0, null);
        return store.AddUser(account) ? (account, null) : (null, $"an account named '{name}' exists already");
    }

    /// <summary>Checks a name and password, counting failures and locking the account after too many.</summary>
    public SignInResult SignIn(IAccountStore store, string? name, string? password)
    {
        ArgumentNullException.ThrowIfNull(store);
        const string Wrong = "wrong name or password";
        var now = _time.GetUtcNow();
        var account = string.IsNullOrEmpty(name) ? null : store.User(name);
        if (account is null || string.IsNullOrEmpty(password))
        {
            Hasher.VerifyHashedPassword(Nobody, DummyHash.Value, password ?? string.Empty);
            return new SignInResult(null, Wrong);
        }

        if (account.LockedUntil is { } until && until > now)
        {
            return new SignInResult(null, "too many failed sign-ins: the account is locked for now", until);
        }

        if (Hasher.VerifyHashedPassword(Nobody, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            // A lock that has run out starts the count afresh.
            var failures = (account.LockedUntil is null ? account.FailedSignIns : 0) + 1;
            if (failures >= MaxFailedSignIns)
            {
                var lockedUntil = now + LockoutDuration;
                store.SetSignInState(account.Name, failures, lockedUntil);
                return new SignInResult(null, "too many failed sign-ins: the account is locked for now", lockedUntil);
            }

            store.SetSignInState(account.Name, failures, null);
            return new SignInResult(null, Wrong);
        }

        if (account.FailedSignIns != 0 || account.LockedUntil is not null)
        {
            store.SetSignInState(account.Name, 0, null);
        }

        return new SignInResult(account with { FailedSignIns = 0, LockedUntil = null }, null);
    }

    /// <summary>Creates a token; the token itself is returned once and never stored.</summary>
    public (string? Token, ApiToken? Record, string? Error) CreateToken(IAccountStore store, string name, AccountRole role)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (CheckName(name) is { } error)
        {
            return (null, null, error);
        }

        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var record = new ApiToken(name, role, HashToken(token), _time.GetUtcNow(), null);
        return store.AddToken(record) ? (token, record, null) : (null, null, $"a token named '{name}' exists already (revoked tokens keep their names)");
    }

    /// <summary>The unrevoked token a bearer presents, or null.</summary>
    public static ApiToken? FindToken(IAccountStore store, string? token)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        return store.TokenByHash(HashToken(token)) is { IsRevoked: false } found ? found : null;
    }

    /// <summary>SHA-256 of the token's UTF-8 bytes, lower-case hex: what the store keeps.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
