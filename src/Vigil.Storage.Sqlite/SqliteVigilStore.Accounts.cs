using Vigil.Storage.Accounts;

namespace Vigil.Storage.Sqlite;

/// <summary>Accounts and API tokens, in the same file as the data (migration 0003).</summary>
public sealed partial class SqliteVigilStore : IAccountStore
{
    private const string UserSelect = "SELECT name, role, password_hash, created, failed_sign_ins, locked_until FROM users";
    private const string TokenSelect = "SELECT name, role, token_hash, created, revoked FROM api_tokens";

    public bool AddUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Name);
        return Guard($"adding the account {user.Name}", () =>
        {
            var command = Command(null, """
                INSERT INTO users (name, role, password_hash, created, failed_sign_ins, locked_until)
                VALUES ($name, $role, $hash, $created, $failed, $locked)
                ON CONFLICT (name) DO NOTHING
                """);
            Bind(command, [("$name", user.Name), ("$role", RoleText(user.Role)), ("$hash", user.PasswordHash),
                ("$created", StoreValues.Timestamp(user.Created)), ("$failed", user.FailedSignIns),
                ("$locked", user.LockedUntil is { } locked ? StoreValues.Timestamp(locked) : DBNull.Value)]);
            return command.ExecuteNonQuery() == 1;
        });
    }

    public UserAccount? User(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Guard($"reading the account {name}", () => ReadUsers(UserSelect + " WHERE name = $name", ("$name", name)).FirstOrDefault());
    }

    public IReadOnlyList<UserAccount> Users() => Guard("listing accounts", () => ReadUsers(UserSelect + " ORDER BY name"));

    public bool RemoveUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Guard($"removing the account {name}", () =>
        {
            var command = Command(null, "DELETE FROM users WHERE name = $name");
            Bind(command, [("$name", name)]);
            return command.ExecuteNonQuery() == 1;
        });
    }

    public void SetSignInState(string name, int failedSignIns, DateTimeOffset? lockedUntil)
    {
        ArgumentNullException.ThrowIfNull(name);
        Guard($"recording a sign-in of {name}", () =>
        {
            var command = Command(null, "UPDATE users SET failed_sign_ins = $failed, locked_until = $locked WHERE name = $name");
            Bind(command, [("$name", name), ("$failed", failedSignIns),
                ("$locked", lockedUntil is { } locked ? StoreValues.Timestamp(locked) : DBNull.Value)]);
            return command.ExecuteNonQuery();
        });
    }

    public bool AddToken(ApiToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(token.Name);
        return Guard($"adding the token {token.Name}", () =>
        {
            var command = Command(null, """
                INSERT INTO api_tokens (name, role, token_hash, created, revoked) VALUES ($name, $role, $hash, $created, $revoked)
                ON CONFLICT (name) DO NOTHING
                """);
            Bind(command, [("$name", token.Name), ("$role", RoleText(token.Role)), ("$hash", token.TokenHash),
                ("$created", StoreValues.Timestamp(token.Created)),
                ("$revoked", token.Revoked is { } revoked ? StoreValues.Timestamp(revoked) : DBNull.Value)]);
            return command.ExecuteNonQuery() == 1;
        });
    }

    public ApiToken? TokenByHash(string tokenHash)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return Guard("looking up a token", () => ReadTokens(TokenSelect + " WHERE token_hash = $hash", ("$hash", tokenHash)).FirstOrDefault());
    }

    public IReadOnlyList<ApiToken> Tokens() => Guard("listing tokens", () => ReadTokens(TokenSelect + " ORDER BY name"));

    public bool RevokeToken(string name, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Guard($"revoking the token {name}", () =>
        {
            var command = Command(null, "UPDATE api_tokens SET revoked = $at WHERE name = $name AND revoked IS NULL");
            Bind(command, [("$name", name), ("$at", StoreValues.Timestamp(at))]);
            return command.ExecuteNonQuery() == 1;
        });
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

    private List<UserAccount> ReadUsers(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(null, sql);
        Bind(command, parameters);
        var users = new List<UserAccount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            users.Add(new UserAccount(reader.GetString(0), ReadRole(reader.GetString(1)), reader.GetString(2),
                StoreValues.ReadTimestamp(reader.GetString(3)), reader.GetInt32(4),
                reader.GetStringOrNull(5) is { } locked ? StoreValues.ReadTimestamp(locked) : null));
        }

        return users;
    }

    private List<ApiToken> ReadTokens(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(null, sql);
        Bind(command, parameters);
        var tokens = new List<ApiToken>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tokens.Add(new ApiToken(reader.GetString(0), ReadRole(reader.GetString(1)), reader.GetString(2),
                StoreValues.ReadTimestamp(reader.GetString(3)),
                reader.GetStringOrNull(4) is { } revoked ? StoreValues.ReadTimestamp(revoked) : null));
        }

        return tokens;
    }
}
