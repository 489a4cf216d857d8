using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>A database of its own per test on the test cluster, dropped afterwards.</summary>
public sealed class PostgresStoreProvider : StoreProvider
{
    private string? _database;

    public string ConnectionString => PostgresCluster.ConnectionString(_database ?? throw new InvalidOperationException("no database yet"));

    public override IVigilStore CreateEmpty()
    {
        _database ??= PostgresCluster.CreateDatabase("vigil_test");
        return PostgresVigilStore.Open(ConnectionString, StoreAccess.Create);
    }

    public override IVigilStore OpenAgain() => PostgresVigilStore.Open(ConnectionString, StoreAccess.ReadWrite);

    public override void ExecuteRaw(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public override void RefuseReportKey(string key) => ExecuteRaw($"""
        CREATE FUNCTION refuse_bad() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.report_key = '{key}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_bad BEFORE INSERT ON report_versions FOR EACH ROW EXECUTE FUNCTION refuse_bad();
        """);

    /// <summary>An empty database with no Vigil schema (for read-only open tests).</summary>
    public string CreateBare()
    {
        _database ??= PostgresCluster.CreateDatabase("vigil_test");
        return ConnectionString;
    }

    protected override void Dispose(bool disposing)
    {
        if (_database is not null)
        {
            PostgresCluster.DropDatabase(_database);
        }

        base.Dispose(disposing);
    }
}

/// <summary>The whole store contract against PostgreSQL.</summary>
public sealed class PostgresVigilStoreContractTests : VigilStoreContractTests<PostgresStoreProvider>;
