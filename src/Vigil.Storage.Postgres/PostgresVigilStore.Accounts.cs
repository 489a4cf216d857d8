using Npgsql;
using Vigil.Storage.Accounts;

namespace Vigil.Storage.Postgres;

/// <summary>Accounts and API tokens, in the same database as the data (migration 0003); names match without regard to case.</summary>
public sealed partial class PostgresVigilStore : IAccountStore
{
    private const string UserSelect = "SELECT name, role, password_hash, created, failed_sign_ins, locked_until FROM users";
    private const string TokenSelect = "SELECT name, role, token_hash, created, revoked FROM api_tokens";

    public bool AddUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Name);
        return Run($"adding the account {user.Name}", (c, t) => Execute(c, t, """
            INSERT INTO users (name, role, password_hash, created, failed_sign_ins, locked_until)
            VALUES (@name, @role, @hash, @created, @failed, @locked)
            ON CONFLICT ((lower(name))) DO NOTHING
            """, ("name", user.Name), ("role", RoleText(user.Role)), ("hash", user.PasswordHash),
            ("created", StoreValues.Timestamp(user.Created)), ("failed", user.FailedSignIns),
            ("locked", Text(user.LockedUntil is { } locked ? StoreValues.Timestamp(locked) : null))) == 1);
    }

    public UserAccount? User(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run($"reading the account {name}", (c, t) => ReadUsers(c, t, UserSelect + " WHERE lower(name) = lower(@name)", ("name", name)).FirstOrDefault());
    }

    public IReadOnlyList<UserAccount> Users() => Run("listing accounts", (c, t) => ReadUsers(c, t, UserSelect + " ORDER BY lower(name) COLLATE \"C\""));

    public bool RemoveUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run($"removing the account {name}", (c, t) => Execute(c, t, "DELETE FROM users WHERE lower(name) = lower(@name)", ("name", name)) == 1);
    }

    public void SetSignInState(string name, int failedSignIns, DateTimeOffset? lockedUntil)
    {
        ArgumentNullException.ThrowIfNull(name);
        Run($"recording a sign-in of {name}", (c, t) => Execute(c, t,
            "UPDATE users SET failed_sign_ins = @failed, locked_until = @locked WHERE lower(name) = lower(@name)",
            ("name", name), ("failed", failedSignIns), ("locked", Text(lockedUntil is { } locked ? StoreValues.Timestamp(locked) : null))));
    }

    public bool AddToken(ApiToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(token.Name);
        return Run($"adding the token {token.Name}", (c, t) => Execute(c, t, """
            INSERT INTO api_tokens (name, role, token_hash, created, revoked) VALUES (@name, @role, @hash, @created, @revoked)
            ON CONFLICT ((lower(name))) DO NOTHING
            """, ("name", token.Name), ("role", RoleText(token.Role)), ("hash", token.TokenHash),
            ("created", StoreValues.Timestamp(token.Created)),
            ("revoked", Text(token.Revoked is { } revoked ? StoreValues.Timestamp(revoked) : null))) == 1);
    }

    public ApiToken? TokenByHash(string tokenHash)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return Run("looking up a token", (c, t) => ReadTokens(c, t, TokenSelect + " WHERE token_hash = @hash", ("hash", tokenHash)).FirstOrDefault());
    }

    public IReadOnlyList<ApiToken> Tokens() => Run("listing tokens", (c, t) => ReadTokens(c, t, TokenSelect + " ORDER BY lower(name) COLLATE \"C\""));

    public bool RevokeToken(string name, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run($"revoking the token {name}", (c, t) => Execute(c, t,
            "UPDATE api_tokens SET revoked = @at WHERE lower(name) = lower(@name) AND revoked IS NULL",
            ("name", name), ("at", StoreValues.Timestamp(at))) == 1);
    }

    private static string RoleText(AccountRole role) => role switch
    {
        AccountRole.Viewer => "viewer",
        AccountRole.Analyst => "analyst",
        AccountRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    private static AccountRole ReadRole(string text) => text switch
    {
        "viewer" => AccountRole.Viewer,
        "analyst" => AccountRole.Analyst,
        "admin" => AccountRole.Admin,
        _ => throw new StoreException($"unknown role '{text}' in the accounts"),
    };

    private static List<UserAccount> ReadUsers(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        using var reader = command.ExecuteReader();
        var users = new List<UserAccount>();
        while (reader.Read())
        {
            users.Add(new UserAccount(reader.GetString(0), ReadRole(reader.GetString(1)), reader.GetString(2),
                StoreValues.ReadTimestamp(reader.GetString(3)), reader.GetInt32(4),
                reader.GetStringOrNull(5) is { } locked ? StoreValues.ReadTimestamp(locked) : null));
        }

        return users;
    }

    private static List<ApiToken> ReadTokens(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        using var reader = command.ExecuteReader();
        var tokens = new List<ApiToken>();
        while (reader.Read())
        {
            tokens.Add(new ApiToken(reader.GetString(0), ReadRole(reader.GetString(1)), reader.GetString(2),
                StoreValues.ReadTimestamp(reader.GetString(3)),
                reader.GetStringOrNull(4) is { } revoked ? StoreValues.ReadTimestamp(revoked) : null));
        }

        return tokens;
    }
}
