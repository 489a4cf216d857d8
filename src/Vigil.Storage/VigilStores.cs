namespace Vigil.Storage;

/// <summary>
/// Names the store given by <c>--db</c> or <c>VIGIL_DB</c>: a file path means SQLite
/// (default <see cref="DefaultPath"/>), a <c>postgres://</c> URL or <c>Host=…</c> connection string
/// means PostgreSQL. Opening is the application's (<c>VigilStoreFactory.Open</c>), which knows both databases.
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

    /// <summary>The location as it may be shown in messages and logs: a PostgreSQL password is never echoed.</summary>
    public static string Redact(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var scheme = location.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            // postgres://user:secret@host/db → postgres://user:***@host/db
            var authorityStart = scheme + 3;
            var at = location.LastIndexOf('@');
            var colon = location.IndexOf(':', authorityStart);
            return at > authorityStart && colon > 0 && colon < at
                ? location[..(colon + 1)] + "***" + location[at..]
                : location;
        }

        if (!IsPostgres(location))
        {
            return location;
        }

        var parts = location.Split(';');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? parts[i][..equals].Trim() : string.Empty;
            if (key.Equals("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = parts[i][..(equals + 1)] + "***";
            }
        }

        return string.Join(';', parts);
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
