using System.Text.Json;

namespace Vigil.Cli.Tests;

/// <summary>End-to-end: the real built <c>vigil</c> binary run on files, stdin and folders.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vigil-extract-tests-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample => Path.Combine(RepoRoot(), "samples", "extract", "kharkiv-overnight-drones.txt");

    [Fact]
    public void Extract_BundledSample_ContractJsonWithExactEvidence()
    {
        var (exit, stdout, stderr) = Run(["extract", Sample]);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("vigil.extraction/1", root.EnumerateObject().First().Value.GetString());
        Assert.Equal("2025-06-11", root.GetProperty("document").GetProperty("published").GetString());
        var incident = Assert.Single(root.GetProperty("incidents").EnumerateArray());
        Assert.Equal("Kharkiv", incident.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal(3, incident.GetProperty("killed").GetInt32());
        Assert.Equal(60, incident.GetProperty("injured").GetInt32());
        Assert.Equal(9, incident.GetProperty("children_injured").GetInt32());
        Assert.Equal(17, incident.GetProperty("hit").GetInt32());

        // offsets point into the file exactly as read, front matter included
        var file = File.ReadAllText(Sample);
        foreach (var claim in incident.GetProperty("claims").EnumerateArray())
        {
            var evidence = claim.GetProperty("evidence");
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(file[start..end], evidence.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Extract_StdinWithPublished_RelativeDateResolved()
    {
        var (exit, stdout, stderr) = Run(["extract", "-", "--published", "2025-06-11"], "Russian shelling of Kherson on Tuesday killed two people.\r\n");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var incident = Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray());
        Assert.Equal("2025-06-10", incident.GetProperty("date").GetString());
        Assert.Equal(2, incident.GetProperty("killed").GetInt32());
    }

    [Fact]
    public void Extract_UkrainianStdinWithoutFrontMatter_ReadByTheUkrainianRules()
    {
        var (exit, stdout, stderr) = Run(["extract", "-", "--published", "2025-06-11"], "Унаслідок обстрілу Херсона загинули двоє людей, ще п'ятеро поранені.\n");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("uk", json.RootElement.GetProperty("document").GetProperty("language").GetString());
        var incident = Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray());
        Assert.Equal(2, incident.GetProperty("killed").GetInt32());
    }

    [Fact]
    public void Extract_FolderAsJsonl_OneObjectPerLineWithPath()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "A drone hit Odesa, injuring two people.");
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "Shelling of Nikopol killed one man.");
        var (exit, stdout, stderr) = Run(["extract", _dir, "--format", "jsonl", "--published", "2025-06-11"]);
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var paths = lines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return Path.GetFileName(json.RootElement.GetProperty("path").GetString());
        }).ToList();
        Assert.Equal(["a.txt", "b.txt"], paths);
    }

    [Fact]
    public void Extract_TableFormat_ShowsFiguresAndEvidence()
    {
        var (exit, stdout, stderr) = Run(["extract", Sample, "--format", "table"]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Kharkiv", stdout, StringComparison.Ordinal);
        Assert.Contains("killed", stdout, StringComparison.Ordinal);
        Assert.Contains("Ihor Terekhov", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MissingFile_OneLineErrorExit2()
    {
        var (exit, stdout, stderr) = Run(["extract", Path.Combine(_dir, "nope.txt")]);
        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("nope.txt", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Extract_InvalidUtf8_OneLineErrorExit2()
    {
        var path = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(path, [0x4B, 0x79, 0x69, 0x76, 0x20, 0xE9, 0x74, 0xE9, 0x0A]);
        var (exit, _, stderr) = Run(["extract", path]);
        Assert.Equal(2, exit);
        Assert.Contains("UTF-8", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Extract_InvalidPublished_OneLineErrorExit2()
    {
        var (exit, _, stderr) = Run(["extract", Sample, "--published", "11/06/2025"]);
        Assert.Equal(2, exit);
        Assert.Contains("--published", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Extract_BatchWithOneBadFile_RestStillProcessed()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "A drone hit Odesa, injuring two people.");
        var (exit, stdout, stderr) = Run(["extract", Path.Combine(_dir, "missing.txt"), good, "--format", "jsonl"]);
        Assert.Equal(2, exit);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.txt", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(string[] args, string? stdin = null)
    {
        var run = VigilProcess.Run(AppContext.BaseDirectory, args, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, standardInput: stdin);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
