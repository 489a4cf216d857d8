namespace Vigil.Storage.Accounts;

/// <summary>What an account or token may do: each role can do everything the one before it can.</summary>
public enum AccountRole
{
    /// <summary>Reads incidents, reports, statistics and exports.</summary>
    Viewer = 1,

    /// <summary>A viewer who may also submit reports.</summary>
    Analyst = 2,

    /// <summary>An analyst who may also manage accounts and tokens.</summary>
    Admin = 3,
}

/// <summary>A person's account: the password only as a hash, and the sign-in failures that lock it.</summary>
public sealed record UserAccount(string Name, AccountRole Role, string PasswordHash, DateTimeOffset Created, int FailedSignIns, DateTimeOffset? LockedUntil);

/// <summary>A program's bearer token: only the SHA-256 of the token is kept (hex, lower case).</summary>
public sealed record ApiToken(string Name, AccountRole Role, string TokenHash, DateTimeOffset Created, DateTimeOffset? Revoked)
{
    public bool IsRevoked => Revoked is not null;
}

/// <summary>
/// Accounts and API tokens. Names are unique without regard to case. The store keeps hashes only;
/// hashing and checking passwords is the caller's (the application's) job.
/// </summary>
public interface IAccountStore : IDisposable
{
    /// <summary>Adds an account; false (nothing written) when the name is taken.</summary>
    bool AddUser(UserAccount user);

    /// <summary>One account by name (any case), or null.</summary>
    UserAccount? User(string name);

    /// <summary>Every account, by name.</summary>
    IReadOnlyList<UserAccount> Users();

    /// <summary>Removes an account; false when there is none by that name.</summary>
    bool RemoveUser(string name);

    /// <summary>Records the sign-in failure count and lock of an account (zero and null after a success).</summary>
    void SetSignInState(string name, int failedSignIns, DateTimeOffset? lockedUntil);

    /// <summary>Adds a token; false (nothing written) when the name is taken, even by a revoked token.</summary>
    bool AddToken(ApiToken token);

    /// <summary>The token with this hash, revoked or not, or null.</summary>
    ApiToken? TokenByHash(string tokenHash);

    /// <summary>Every token, revoked ones included, by name.</summary>
    IReadOnlyList<ApiToken> Tokens();

    /// <summary>Revokes a token; false when no unrevoked token has that name.</summary>
    bool RevokeToken(string name, DateTimeOffset at);
}

/// <summary>The accounts side of a data store (the same database).</summary>
public static class AccountStores
{
    /// <summary>The accounts side of an opened store.</summary>
    /// <exception cref="StoreException">This store keeps no accounts.</exception>
    public static IAccountStore Accounts(this IVigilStore store) =>
        store as IAccountStore ?? throw new StoreException("this store keeps no accounts");
}
