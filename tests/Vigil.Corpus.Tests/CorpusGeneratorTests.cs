using System.Text.Json;

namespace Vigil.Corpus.Tests;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static readonly Lazy<PlacePool> Places = new(() => new PlacePool(Vigil.Gazetteer.Gazetteer.Default));

    internal static CorpusOptions Generate(string path, int count, ulong seed, CorpusFormat format = CorpusFormat.Jsonl, string languages = "en,uk,ru", int days = 365)
    {
        var options = CorpusOptions.Parse(["--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", path, "--languages", languages,
            "--days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)]).Options!;
        options = options with { Format = format };
        using var writer = new CorpusWriter(options);
        foreach (var report in new CorpusGenerator(options, Places.Value).Generate())
        {
            writer.Write(report);
        }

        return options;
    }

    [Fact]
    public void Generate_SameArguments_ByteIdenticalOutput()
    {
        var first = Generate(Path.Combine(_folder, "a.jsonl"), 3000, 11);
        var second = Generate(Path.Combine(_folder, "b.jsonl"), 3000, 11);
        var other = Generate(Path.Combine(_folder, "c.jsonl"), 3000, 12);

        Assert.Equal(File.ReadAllBytes(first.Out), File.ReadAllBytes(second.Out));
        Assert.Equal(File.ReadAllBytes(first.TruthPath), File.ReadAllBytes(second.TruthPath));
        Assert.NotEqual(File.ReadAllBytes(first.Out), File.ReadAllBytes(other.Out));
    }

    [Theory]
    [InlineData(1, 365)]
    [InlineData(250, 3)]
    [InlineData(5000, 365)]
    public void Generate_Count_ExactlyThatManyReportsAndTruthLines(int count, int days)
    {
        var options = Generate(Path.Combine(_folder, "n.jsonl"), count, 5, days: days);

        Assert.Equal(count, File.ReadLines(options.Out).Count());
        Assert.Equal(count, File.ReadLines(options.TruthPath).Count());
    }

    [Fact]
    public void Generate_Reports_InPublicationOrderWithRevisionsAfterTheirOriginal()
    {
        var options = Generate(Path.Combine(_folder, "o.jsonl"), 4000, 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previous = DateTimeOffset.MinValue;
        var revisions = 0;
        foreach (var line in File.ReadLines(options.Out))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var url = root.GetProperty("url").GetString()!;
            var time = root.TryGetProperty("updated", out var updated) ? updated.GetDateTimeOffset() : root.GetProperty("published").GetDateTimeOffset();
            Assert.True(time >= previous || (time - previous).Duration() < TimeSpan.FromDays(3), $"{url} is out of order");
            previous = time > previous ? time : previous;
            if (root.TryGetProperty("updated", out _))
            {
                revisions++;
                Assert.Contains(url, seen);
            }
            else
            {
                Assert.True(seen.Add(url), $"{url} appears twice as an original");
            }
        }

        // --revisions 0.05 by default: about 5 % of the reports are later versions.
        Assert.InRange(revisions, 4000 * 0.03, 4000 * 0.07);
    }

    [Fact]
    public void Generate_Folder_FrontMatterFilesWithTheirTruth()
    {
        var options = Generate(Path.Combine(_folder, "md"), 1200, 9, CorpusFormat.Folder);

        var files = Directory.GetFiles(options.Out, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(1200, files.Count);
        Assert.Equal(2, Directory.GetDirectories(options.Out).Length);
        var text = File.ReadAllText(files[0]);
        Assert.StartsWith("---\ntitle: ", text, StringComparison.Ordinal);
        Assert.Contains("\nurl: https://", text, StringComparison.Ordinal);
        Assert.Equal(1200, File.ReadLines(options.TruthPath).Count());
    }

    [Fact]
    public void Generate_ManyReports_AttacksSpreadOverPlacesDaysAndOutlets()
    {
        var options = Generate(Path.Combine(_folder, "s.jsonl"), 6000, 21);
        var truths = File.ReadLines(options.TruthPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var attacks = truths.Where(t => t.GetProperty("kind").GetString() == "attack").ToList();

        var perAttack = attacks.GroupBy(t => t.GetProperty("attack").GetString()).ToList();
        Assert.InRange(attacks.Count / (double)perAttack.Count, 2.0, 4.5);
        Assert.True(attacks.Select(t => t.GetProperty("date").GetString()).Distinct().Count() >= 360);
        Assert.True(attacks.Select(t => t.GetProperty("place").GetString()).Distinct().Count() >= 400);
        var frontline = attacks.Count(t => t.GetProperty("admin1_code").GetString() is "UA-63" or "UA-14" or "UA-23" or "UA-65" or "UA-12" or "UA-59");
        Assert.True(frontline > attacks.Count * 0.6, $"{frontline} of {attacks.Count} in frontline oblasts");
        Assert.Contains(truths, t => t.GetProperty("language").GetString() == "uk");
        Assert.Contains(truths, t => t.GetProperty("language").GetString() == "ru");
        Assert.Contains(truths, t => t.GetProperty("kind").GetString() == "air_defense");
        Assert.Contains(truths, t => t.TryGetProperty("recap", out _));
        foreach (var construct in new[] { "dateline", "explicit_zero", "increment_total", "children_subset", "qualifier", "revision", "telegram", "overnight", "relative_dates", "past_incident", "air_defense" })
        {
            Assert.Contains(truths, t => t.GetProperty("constructs").EnumerateArray().Any(c => c.GetString() == construct));
        }
    }
}
