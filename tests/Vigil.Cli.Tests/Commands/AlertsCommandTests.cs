using System.Text.Json;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil alerts add|list|remove</c> through the real binary.</summary>
public sealed class AlertsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db()
    {
        var db = _temp.File("alerts.db");
        var ingest = VigilProcess.Run(_temp.Path, ["ingest", Samples.ReportFiles()[0], "--db", db]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        return db;
    }

    [Fact]
    public void AddListRemove_RuleWithWebhook_SecretPrintedOnceNeverListed()
    {
        var db = Db();

        var add = VigilProcess.Run(_temp.Path, ["alerts", "add", "Kharkiv drones", "--owner", "olena", "--oblast", "Харківська область",
            "--weapon", "drone", "--min-casualties", "1", "--webhook", "https://hooks.example.org/vigil", "--db", db]);
        var list = VigilProcess.Run(_temp.Path, ["alerts", "list", "--format", "json", "--db", db]);
        var table = VigilProcess.Run(_temp.Path, ["alerts", "list", "--db", db]);

        Assert.True(add.ExitCode == 0, add.ToString());
        var secret = add.Stdout.Split('\n').Single(l => l.StartsWith("Webhook secret", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.Equal(64, secret.Length);
        var rule = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray());
        Assert.Equal("UA-63", rule.GetProperty("oblast").GetString());
        Assert.Equal("olena", rule.GetProperty("owner").GetString());
        Assert.Equal(1, rule.GetProperty("min_casualties").GetInt32());
        Assert.DoesNotContain(secret, list.Stdout + table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kharkiv drones", table.Stdout, StringComparison.Ordinal);

        var id = rule.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var remove = VigilProcess.Run(_temp.Path, ["alerts", "remove", id, "--db", db]);
        var again = VigilProcess.Run(_temp.Path, ["alerts", "remove", id, "--db", db]);
        var empty = VigilProcess.Run(_temp.Path, ["alerts", "list", "--format", "json", "--db", db]);

        Assert.True(remove.ExitCode == 0, remove.ToString());
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("[]", empty.Stdout.Trim());
    }

    [Fact]
    public void Add_UnknownPlaceAndMetadataWebhook_OneLineEachExitTwo()
    {
        var db = Db();

        var add = VigilProcess.Run(_temp.Path, ["alerts", "add", "bad", "--owner", "olena", "--place", "Nowhereville-on-Sea",
            "--webhook", "http://169.254.169.254/latest/meta-data", "--db", db]);

        Assert.Equal(2, add.ExitCode);
        var lines = add.Stderr.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("vigil: --place: unknown place", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("vigil: --webhook: ", StringComparison.Ordinal) && l.Contains("link-local", StringComparison.Ordinal));
    }
}
