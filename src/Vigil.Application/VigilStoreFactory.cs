using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Application;

/// <summary>
/// Opens stores: a store is one connection, used by one thread at a time. Readers open the
/// existing store read-only (never creating a file, never migrating); <see cref="Rent"/> keeps a
/// few read-only stores so a server does not reopen one per request. Writers get their own.
/// </summary>
public sealed class VigilStoreFactory : IDisposable
{
    private const int MaxPooled = 8;

    private readonly ConcurrentBag<IVigilStore> _pool = [];
    private readonly ILogger _logger;
    private readonly string _shownLocation;
    private bool _disposed;

    public VigilStoreFactory(VigilStoreOptions options, ILogger<VigilStoreFactory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Location = options.Location;
        _shownLocation = VigilStores.Redact(Location);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Opens the store at <paramref name="location"/>: a <c>postgres://</c> / <c>postgresql://</c> URL or a
    /// <c>Host=…</c> connection string is PostgreSQL, anything else a SQLite file.
    /// </summary>
    /// <exception cref="StoreException">The location cannot be used: missing (unless created), unreachable, another schema.</exception>
    public static IVigilStore Open(string location, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(location);
        return VigilStores.IsPostgres(location)
            ? PostgresVigilStore.Open(location, access)
            : SqliteVigilStore.Open(location, access);
    }

    /// <summary>The store location, as resolved from the options.</summary>
    public string Location { get; }

    /// <summary>Opens the existing store read-only.</summary>
    /// <exception cref="StoreException">Missing, unreadable, or another schema.</exception>
    public IVigilStore OpenRead() => Open(StoreAccess.ReadOnly);

    /// <summary>Opens the existing store for writing (migrating it if it is older).</summary>
    public IVigilStore OpenWrite() => Open(StoreAccess.ReadWrite);

    /// <summary>Opens the store for writing, creating it when missing (ingest, demo).</summary>
    public IVigilStore OpenOrCreate() => Open(StoreAccess.Create);

    /// <summary>A read-only store from the pool (opened when none is free); dispose the lease to return it.</summary>
    public StoreLease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new StoreLease(this, _pool.TryTake(out var store) ? store : OpenRead());
    }

    public void Dispose()
    {
        _disposed = true;
        while (_pool.TryTake(out var store))
        {
            store.Dispose();
        }
    }

    private IVigilStore Open(StoreAccess access)
    {
        var store = Open(Location, access);
        Log.StoreOpened(_logger, _shownLocation, access);
        return store;
    }

    private void Return(IVigilStore store, bool broken)
    {
        if (_disposed || broken || _pool.Count >= MaxPooled)
        {
            store.Dispose();
            return;
        }

        _pool.Add(store);
    }

    /// <summary>A pooled read-only store, returned to the pool on dispose.</summary>
    public sealed class StoreLease : IDisposable
    {
        private readonly VigilStoreFactory _owner;
        private bool _returned;

        internal StoreLease(VigilStoreFactory owner, IVigilStore store)
        {
            _owner = owner;
            Store = store;
        }

        public IVigilStore Store { get; }

        /// <summary>Set when the store failed mid-use: it is closed instead of pooled.</summary>
        public bool Broken { get; set; }

        public void Dispose()
        {
            if (!_returned)
            {
                _returned = true;
                _owner.Return(Store, Broken);
            }
        }
    }
}
