using System.Diagnostics;
using Npgsql;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: <c>VIGIL_TEST_PG</c> (set by scripts/test.sh, which starts a
/// throwaway cluster), else one this process starts with scripts/pg-test-cluster.sh and stops on exit.
/// Never skipped: a test that cannot reach PostgreSQL fails saying why.
/// </summary>
internal static class PostgresCluster
{
    public const string Variable = "VIGIL_TEST_PG";

    private static readonly Lazy<(string ConnectionString, string? Folder)> Server = new(Connect);

    /// <summary>The server's connection string without a database.</summary>
    public static string ServerConnectionString => Server.Value.ConnectionString;

    /// <summary>The cluster's folder (for <c>pg-test-cluster.sh restart</c>), when known.</summary>
    public static string? Folder => Server.Value.Folder ?? Environment.GetEnvironmentVariable("VIGIL_TEST_PG_DIR");

    /// <summary>The script beside the sources, found from the test assembly's folder upwards.</summary>
    public static string Script
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scripts", "pg-test-cluster.sh");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("scripts/pg-test-cluster.sh not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A connection string to <paramref name="database"/> on the test server.</summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates a new, empty database; its name is the caller's to drop.</summary>
    public static string CreateDatabase(string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
        Admin($"CREATE DATABASE {name}");
        return name;
    }

    public static void DropDatabase(string name) => Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>Runs the script (<c>restart DIR</c> …) and fails with its output when it fails.</summary>
    public static string RunScript(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not run " + Script);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(Script + " " + string.Join(' ', arguments) + " did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Script} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout;
    }

    /// <summary>Starts a cluster of the caller's own (stop it with <c>RunScript("stop", folder)</c>).</summary>
    public static (string ConnectionString, string Folder) StartPrivate()
    {
        string output;
        try
        {
            output = RunScript("start");
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"PostgreSQL tests need a server: set {Variable} or let {Script} start one ({e.Message})", e);
        }

        string? connectionString = null, folder = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var value = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim('\'');
            if (line.StartsWith("export VIGIL_TEST_PG=", StringComparison.Ordinal))
            {
                connectionString = value;
            }
            else if (line.StartsWith("export VIGIL_TEST_PG_DIR=", StringComparison.Ordinal))
            {
                folder = value;
            }
        }

        return connectionString is null || folder is null
            ? throw new InvalidOperationException($"{Script} start printed no connection string: {output}")
            : (connectionString, folder);
    }

    /// <summary>Creates a database on the server of <paramref name="serverConnectionString"/>.</summary>
    public static string CreateDatabaseOn(string serverConnectionString, string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
        Admin(serverConnectionString, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    private static void Admin(string sql) => Admin(ServerConnectionString, sql);

    private static void Admin(string serverConnectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
#pragma warning disable CA2100 // Database names made here from a prefix and a GUID.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static (string, string?) Connect()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return (given, null);
        }

        // Not run by scripts/test.sh: start a cluster for this test process and stop it when it exits.
        var (connectionString, folder) = StartPrivate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunScript("stop", folder);
        return (connectionString, folder);
    }
}
