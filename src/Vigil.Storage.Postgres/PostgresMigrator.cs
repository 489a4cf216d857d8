using System.Globalization;
using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order, each once, recording them in
/// <c>schema_version</c>, all in one transaction that first takes an advisory lock: two processes
/// opening a new database at once queue on the lock, and the second finds the work done.
/// </summary>
internal static class PostgresMigrator
{
    private const string ResourcePrefix = "Vigil.Storage.Postgres.Migrations.";

    /// <summary>The advisory lock key of migrations ("vigil mi" as a number), apart from fusion's.</summary>
    internal const long LockKey = 0x7669_6769_6C5F_6D69;

    public static IReadOnlyList<Migration> Migrations { get; } = EmbeddedMigrations.Load(typeof(PostgresMigrator).Assembly, ResourcePrefix);

    public static int LatestVersion => Migrations[^1].Version;

    public static void Apply(NpgsqlConnection connection, DateTimeOffset now)
    {
        // Up to date (every open after the first): no lock, no DDL, one read.
        if (Found(connection) == LatestVersion)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey.ToString(CultureInfo.InvariantCulture)})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)");
        var applied = Applied(connection, transaction);
        if (applied > LatestVersion)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"the database has schema version {applied}, newer than this vigil knows ({LatestVersion}); upgrade vigil"));
        }

        foreach (var migration in Migrations.Where(m => m.Version > applied))
        {
            Execute(connection, transaction, migration.Sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied) VALUES (@version, @name, @applied)", connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            record.Parameters.AddWithValue("applied", now.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The schema version recorded, or null when the database holds no Vigil store.</summary>
    public static int? Found(NpgsqlConnection connection)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        return exists.ExecuteScalar() is true ? Applied(connection, null) : null;
    }

    private static int Applied(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction);
        return Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
#pragma warning disable CA2100 // The SQL is this assembly's own embedded migration scripts and constants, never input.
        // No time limit: a migration that fills a column of a large store runs for minutes (0011 over a
        // million reports' links), and cut off at Npgsql's default 30 s it rolled back and was retried.
        using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
