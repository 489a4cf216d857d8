using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order, each once, recording them
/// in <c>schema_version</c>. Runs in one immediate transaction so two processes opening a new file
/// at once do not both migrate it.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Vigil.Storage.Sqlite.Migrations.";

    /// <summary>Every migration as (version, name, sql), ordered by version.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = EmbeddedMigrations.Load(typeof(SqliteMigrator).Assembly, ResourcePrefix);

    public static int LatestVersion => Migrations[^1].Version;

    public static void Apply(SqliteConnection connection, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)");

        using var current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var applied = Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (applied > LatestVersion)
        {
            throw new StoreException($"the database has schema version {applied}, newer than this vigil knows ({LatestVersion}); upgrade vigil");
        }

        foreach (var migration in Migrations.Where(m => m.Version > applied))
        {
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied) VALUES ($version, $name, $applied)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$applied", StoreValues.Timestamp(now));
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is this assembly's own embedded migration scripts, never input.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
