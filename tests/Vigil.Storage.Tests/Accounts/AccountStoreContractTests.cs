using Vigil.Storage.Accounts;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;
using Vigil.Storage.Tests.Postgres;
using Vigil.Storage.Tests.Sqlite;

namespace Vigil.Storage.Tests.Accounts;

/// <summary>What every <see cref="IAccountStore"/> must do, run per database like the store contract.</summary>
public abstract class AccountStoreContractTests<TProvider> : IDisposable
    where TProvider : StoreProvider, new()
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TProvider _provider = new();
    private readonly IAccountStore _store;

    protected AccountStoreContractTests()
    {
        _store = _provider.CreateEmpty().Accounts();
    }

    public void Dispose()
    {
        _store.Dispose();
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void AddUser_NewName_ReadBackAndListed()
    {
        var user = new UserAccount("Olena", AccountRole.Analyst, "hash-1", Now, 0, null);

        Assert.True(_store.AddUser(user));

        Assert.Equal(user, _store.User("olena"));
        Assert.Equal([user], _store.Users());
    }

    [Fact]
    public void AddUser_NameTakenInOtherCase_FalseAndUnchanged()
    {
        _store.AddUser(new UserAccount("olena", AccountRole.Viewer, "hash-1", Now, 0, null));

        Assert.False(_store.AddUser(new UserAccount("OLENA", AccountRole.Admin, "hash-2", Now, 0, null)));

        Assert.Equal(AccountRole.Viewer, _store.User("olena")!.Role);
        Assert.Single(_store.Users());
    }

    [Fact]
    public void SetSignInState_LockThenClear_Persisted()
    {
        _store.AddUser(new UserAccount("petro", AccountRole.Viewer, "hash", Now, 0, null));

        _store.SetSignInState("petro", 5, Now.AddMinutes(15));
        var locked = _store.User("petro")!;
        _store.SetSignInState("petro", 0, null);

        Assert.Equal((5, Now.AddMinutes(15)), (locked.FailedSignIns, locked.LockedUntil));
        Assert.Equal((0, (DateTimeOffset?)null), (_store.User("petro")!.FailedSignIns, _store.User("petro")!.LockedUntil));
    }

    [Fact]
    public void RemoveUser_KnownAndUnknown_TrueThenFalse()
    {
        _store.AddUser(new UserAccount("petro", AccountRole.Viewer, "hash", Now, 0, null));

        Assert.True(_store.RemoveUser("PETRO"));
        Assert.False(_store.RemoveUser("petro"));
        Assert.Null(_store.User("petro"));
    }

    [Fact]
    public void Tokens_AddFindRevoke_RevokedKeptAndNameStaysTaken()
    {
        var token = new ApiToken("feed-bot", AccountRole.Analyst, new string('a', 64), Now, null);

        Assert.True(_store.AddToken(token));
        Assert.Equal(token, _store.TokenByHash(new string('a', 64)));
        Assert.Null(_store.TokenByHash(new string('b', 64)));
        Assert.True(_store.RevokeToken("feed-bot", Now.AddDays(1)));
        Assert.False(_store.RevokeToken("feed-bot", Now.AddDays(2)));

        var revoked = _store.TokenByHash(new string('a', 64))!;
        Assert.Equal(Now.AddDays(1), revoked.Revoked);
        Assert.Equal([revoked], _store.Tokens());
        Assert.False(_store.AddToken(token with { TokenHash = new string('c', 64) }));
    }

    [Fact]
    public void Accounts_SecondConnection_SeesThem()
    {
        _store.AddUser(new UserAccount("olena", AccountRole.Admin, "hash", Now, 0, null));

        using var again = _provider.OpenAgain().Accounts();

        Assert.Equal(AccountRole.Admin, again.User("olena")!.Role);
    }
}

public sealed class SqliteAccountStoreContractTests : AccountStoreContractTests<SqliteStoreProvider>;

public sealed class PostgresAccountStoreContractTests : AccountStoreContractTests<PostgresStoreProvider>;

/// <summary>The SQLite account store's own behaviour.</summary>
public sealed class SqliteAccountStoreTests : IDisposable
{
    private readonly SqliteStoreProvider _provider = new();

    public void Dispose()
    {
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void AddUser_ReadOnlyStore_StoreException()
    {
        _provider.CreateEmpty().Dispose();
        using var store = SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadOnly);

        Assert.Throws<StoreException>(() => store.AddUser(new UserAccount("x", AccountRole.Viewer, "h", DateTimeOffset.UnixEpoch, 0, null)));
    }
}

/// <summary>The PostgreSQL account store's own behaviour.</summary>
public sealed class PostgresAccountStoreTests : IDisposable
{
    private readonly PostgresStoreProvider _provider = new();

    public void Dispose()
    {
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void AddUser_ReadOnlyStore_StoreException()
    {
        _provider.CreateEmpty().Dispose();
        using var store = PostgresVigilStore.Open(_provider.ConnectionString, StoreAccess.ReadOnly);

        Assert.Throws<StoreException>(() => store.AddUser(new UserAccount("x", AccountRole.Viewer, "h", DateTimeOffset.UnixEpoch, 0, null)));
    }
}
