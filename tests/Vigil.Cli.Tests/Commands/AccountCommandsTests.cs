namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil users add|list</c> and <c>vigil token create|revoke</c> through the real binary.</summary>
public sealed class AccountCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db()
    {
        var db = _temp.File("accounts.db");
        var ingest = VigilProcess.Run(_temp.Path, ["ingest", Samples.ReportFiles()[0], "--db", db]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        return db;
    }

    [Fact]
    public void UsersAdd_PasswordOnStdin_ListedWithRole()
    {
        var db = Db();

        var add = VigilProcess.Run(_temp.Path, ["users", "add", "olena", "--role", "analyst", "--db", db], standardInput: "a long enough password\nsecond line ignored\n");
        var list = VigilProcess.Run(_temp.Path, ["users", "list", "--db", db]);

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("olena", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("analyst", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("a long enough password", add.Stdout + add.Stderr + list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UsersAdd_ShortPasswordOrTakenName_OneLineExitTwo()
    {
        var db = Db();
        VigilProcess.Run(_temp.Path, ["users", "add", "olena", "--role", "viewer", "--db", db], standardInput: "a long enough password\n");

        var weak = VigilProcess.Run(_temp.Path, ["users", "add", "petro", "--role", "viewer", "--db", db], standardInput: "short\n");
        var taken = VigilProcess.Run(_temp.Path, ["users", "add", "OLENA", "--role", "admin", "--db", db], standardInput: "a long enough password\n");
        var role = VigilProcess.Run(_temp.Path, ["users", "add", "ivan", "--role", "emperor", "--db", db], standardInput: "a long enough password\n");

        Assert.Equal((2, 2, 2), (weak.ExitCode, taken.ExitCode, role.ExitCode));
        Assert.Contains("shorter than 10", weak.Stderr, StringComparison.Ordinal);
        Assert.Contains("exists already", taken.Stderr, StringComparison.Ordinal);
        Assert.Single(weak.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void TokenCreateThenRevoke_PrintsTokenOnceThenRevokes()
    {
        var db = Db();

        var create = VigilProcess.Run(_temp.Path, ["token", "create", "--role", "viewer", "--name", "feed", "--db", db]);
        var again = VigilProcess.Run(_temp.Path, ["token", "create", "--role", "viewer", "--name", "feed", "--db", db]);
        var revoke = VigilProcess.Run(_temp.Path, ["token", "revoke", "feed", "--db", db]);
        var twice = VigilProcess.Run(_temp.Path, ["token", "revoke", "feed", "--db", db]);

        Assert.True(create.ExitCode == 0, create.ToString());
        var token = create.Stdout.Trim();
        Assert.Matches("^vigil_[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(2, again.ExitCode);
        Assert.True(revoke.ExitCode == 0, revoke.ToString());
        Assert.Equal(2, twice.ExitCode);
        // Only the hash is stored: the token's text is nowhere in the database file.
        var stored = File.ReadAllText(db) + (File.Exists(db + "-wal") ? File.ReadAllText(db + "-wal") : string.Empty);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountAndIngestWrites_AuditedWithTheOsAccount()
    {
        var db = Db();
        VigilProcess.Run(_temp.Path, ["users", "add", "olena", "--role", "analyst", "--db", db], standardInput: "a long enough password\n");
        VigilProcess.Run(_temp.Path, ["token", "create", "--role", "viewer", "--name", "feed", "--db", db]);
        VigilProcess.Run(_temp.Path, ["token", "revoke", "feed", "--db", db]);
        var unchanged = VigilProcess.Run(_temp.Path, ["ingest", Samples.ReportFiles()[0], "--db", db]);

        using var store = Vigil.Storage.Sqlite.SqliteVigilStore.Open(db, Vigil.Storage.StoreAccess.ReadOnly);
        var entries = Vigil.Storage.Review.ReviewStores.Audit(store).Audit(new Vigil.Storage.Review.AuditQuery()).Items;

        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        // Newest first; the second ingest stored nothing new, so it wrote nothing to audit.
        Assert.Equal(["token.revoke", "token.create", "user.add", "report.ingest"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("cli:" + Environment.UserName, e.Actor));
        Assert.Contains("\"role\":\"analyst\"", entries[2].After, StringComparison.Ordinal);
        Assert.DoesNotContain("password", string.Join(' ', entries.Select(e => e.After)), StringComparison.OrdinalIgnoreCase);
    }
}
