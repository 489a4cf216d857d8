using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>
/// Turns a <c>--db</c> value into an Npgsql connection string: a <c>postgres://user:pass@host:port/db?sslmode=…</c>
/// URL (which Npgsql does not read itself) or a <c>Host=…;…</c> string as it is.
/// </summary>
public static class PostgresLocation
{
    /// <exception cref="StoreException">The URL or connection string cannot be read (the message never holds the password).</exception>
    public static NpgsqlConnectionStringBuilder Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var trimmed = location.Trim();
        try
        {
            return trimmed.Contains("://", StringComparison.Ordinal) ? FromUrl(trimmed) : new NpgsqlConnectionStringBuilder(trimmed);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException($"cannot read the PostgreSQL location {VigilStores.Redact(location)}: {e.Message}", e);
        }
    }

    /// <summary>How the store is named in messages: host, port, database and user, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return $"postgresql://{(builder.Username is { Length: > 0 } user ? user + "@" : string.Empty)}{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException($"scheme {uri.Scheme} is not postgres:// or postgresql://");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            // libpq's spellings of the usual parameters; anything else must be an Npgsql keyword.
            builder[key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                _ => key,
            }] = value;
        }

        return builder;
    }
}
