using Vigil.Storage.Sqlite;

namespace Vigil.Storage;

/// <summary>
/// Picks and opens the store named by <c>--db</c> or <c>VIGIL_DB</c>: a file path means SQLite
/// (default <see cref="DefaultPath"/>), a <c>postgres://</c> URL or <c>Host=…</c> connection string
/// means PostgreSQL.
/// </summary>
public static class VigilStores
{
    public const string EnvironmentVariable = "VIGIL_DB";

    public static readonly string DefaultPath = Path.Combine("data", "vigil.db");

    /// <summary>The store location: the option when given, else <c>VIGIL_DB</c>, else the default file.</summary>
    public static string Resolve(string? option, string? environmentValue) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
        : DefaultPath;

    /// <summary>The store location from the option and the process environment.</summary>
    public static string Resolve(string? option) =>
        Resolve(option, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Whether a location names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var trimmed = location.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A key=value connection string with a Host key (Npgsql's form).
        foreach (var part in trimmed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Opens (creating and migrating where needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreException">The location cannot be used (PostgreSQL for now, an unopenable file).</exception>
    public static IVigilStore Open(string location) => Open(location, StoreAccess.Create);

    /// <summary>Opens the store at <paramref name="location"/> as <paramref name="access"/> says (read commands: <see cref="StoreAccess.ReadOnly"/>).</summary>
    /// <exception cref="StoreException">The location cannot be used: missing (unless created), unopenable, another schema.</exception>
    public static IVigilStore Open(string location, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (IsPostgres(location))
        {
            throw new StoreException($"PostgreSQL is not supported yet (--db {Redact(location)}); give a SQLite file path instead.");
        }

        return SqliteVigilStore.Open(location, access);
    }

    // Never echo a password back to the terminal.
    private static string Redact(string location)
    {
        var at = location.IndexOf('@', StringComparison.Ordinal);
        if (location.Contains("://", StringComparison.Ordinal) && at > 0)
        {
            return location[..(location.IndexOf("://", StringComparison.Ordinal) + 3)] + "…" + location[at..];
        }

        return location.Contains("Password", StringComparison.OrdinalIgnoreCase) ? "Host=…" : location;
    }
}

/// <summary>A store could not be opened or used; the message says what and where, for one line on stderr.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
