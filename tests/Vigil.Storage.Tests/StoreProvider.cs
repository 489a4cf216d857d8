namespace Vigil.Storage.Tests;

/// <summary>
/// Makes stores for the contract suite (Dapper's <c>DatabaseProvider</c> style): one provider per
/// database; a PostgreSQL provider only has to implement these two methods to run every test.
/// </summary>
public abstract class StoreProvider : IDisposable
{
    /// <summary>A new, empty store.</summary>
    public abstract IVigilStore CreateEmpty();

    /// <summary>Another connection to the store the last <see cref="CreateEmpty"/> made.</summary>
    public abstract IVigilStore OpenAgain();

    /// <summary>Runs SQL on the database directly, around the store (to prove the database itself refuses something).</summary>
    public abstract void ExecuteRaw(string sql);

    /// <summary>Makes the database itself refuse to store a version of <paramref name="key"/> (a trigger raising <c>refused for the test</c>).</summary>
    public abstract void RefuseReportKey(string key);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
