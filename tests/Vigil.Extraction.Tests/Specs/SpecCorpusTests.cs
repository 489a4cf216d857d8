using System.Globalization;
using Vigil.Core;
using Xunit.Abstractions;

namespace Vigil.Extraction.Tests.Specs;

/// <summary>
/// Runs the spec corpora through the extractor and scores them per field (specs/README.md).
/// Floors are what the current rules reach, so a regression fails the build. With
/// <c>VIGIL_SCORES_OUT=path.md</c> the score report is written there; with
/// <c>VIGIL_SPEC_FAILURES=path</c> the dev part's failing cases are listed (never the holdout's).
/// </summary>
public sealed class SpecCorpusTests(ITestOutputHelper output)
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);

    internal static SpecScorer Run(string part)
    {
        var scorer = new SpecScorer();
        foreach (var spec in SpecCorpus.Load(part))
        {
            var published = DateOnly.ParseExact(spec.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var result = Extractor.Extract(spec.Text, DocumentInfo.Plain(published));
            scorer.Score(spec, result);
        }

        return scorer;
    }

    [Fact]
    public void DevCorpus_AllFields_MeetFloors()
    {
        var scorer = Run("dev");
        var report = scorer.ToMarkdown("dev");
        output.WriteLine(report);
        WriteReport("dev", report);
        if (Environment.GetEnvironmentVariable("VIGIL_SPEC_FAILURES") is { Length: > 0 } failuresPath)
        {
            File.WriteAllLines(failuresPath, scorer.Failures);
        }

        Assert.True(scorer.Cases >= 200, $"expected the dev corpus, found {scorer.Cases} cases");
        AssertFloors(scorer, DevFloors);
    }

    [Fact]
    public void HoldoutCorpus_AllFields_MeetFloors()
    {
        var scorer = Run("holdout");
        var report = scorer.ToMarkdown("holdout");
        output.WriteLine(report);
        WriteReport("holdout", report);
        Assert.True(scorer.Cases >= 40, $"expected the holdout corpus, found {scorer.Cases} cases");
        AssertFloors(scorer, HoldoutFloors);
    }

    // Precision and recall each rule set reaches today, rounded down: a regression fails.
    private static readonly Dictionary<string, (double Precision, double Recall)> DevFloors = new(StringComparer.Ordinal)
    {
        ["killed"] = (0.5, 0.5),
        ["injured"] = (0.5, 0.5),
    };

    private static readonly Dictionary<string, (double Precision, double Recall)> HoldoutFloors = new(StringComparer.Ordinal)
    {
        ["killed"] = (0.4, 0.4),
        ["injured"] = (0.4, 0.4),
    };

    private static void AssertFloors(SpecScorer scorer, Dictionary<string, (double Precision, double Recall)> floors)
    {
        foreach (var (field, floor) in floors)
        {
            var s = scorer.Fields[field];
            Assert.True(s.Precision >= floor.Precision, $"{field} precision {s.Precision:0.00} < {floor.Precision:0.00}");
            Assert.True(s.Recall >= floor.Recall, $"{field} recall {s.Recall:0.00} < {floor.Recall:0.00}");
        }
    }

    private static void WriteReport(string part, string report)
    {
        if (Environment.GetEnvironmentVariable("VIGIL_SCORES_OUT") is { Length: > 0 } path)
        {
            var file = path.Replace("{part}", part, StringComparison.Ordinal);
            File.WriteAllText(file, report);
        }
    }
}
