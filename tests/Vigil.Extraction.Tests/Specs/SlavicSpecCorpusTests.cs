using System.Globalization;
using Vigil.Core;
using Xunit.Abstractions;

namespace Vigil.Extraction.Tests.Specs;

/// <summary>
/// The Ukrainian and Russian spec corpora (specs/uk, specs/ru) through the extractor, each case read
/// with its language, scored per field like the English corpus; floors are what the rules reach today,
/// less a margin, so a regression fails the build. <c>VIGIL_SCORES_OUT</c> and <c>VIGIL_SPEC_FAILURES</c>
/// work as for English, with <c>{part}</c> becoming e.g. <c>uk-dev</c>.
/// </summary>
public sealed class SlavicSpecCorpusTests(ITestOutputHelper output)
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);

    internal static SpecScorer Run(string language, string part)
    {
        var scorer = new SpecScorer();
        foreach (var spec in SpecCorpus.Load(part, language))
        {
            var published = DateOnly.ParseExact(spec.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = spec.Text ?? throw new InvalidDataException($"{spec.File}: case {spec.Id} has no text");
            scorer.Score(spec, Extractor.Extract(text, new DocumentInfo(null, published, language, null, null)));
        }

        return scorer;
    }

    [Fact]
    public void UkrainianDevCorpus_AllFields_MeetFloors() => Check("uk", "dev", UkrainianDevFloors);

    [Fact]
    public void RussianDevCorpus_AllFields_MeetFloors() => Check("ru", "dev", RussianDevFloors);

    private void Check(string language, string part, Dictionary<string, (double Precision, double Recall)> floors)
    {
        var scorer = Run(language, part);
        var report = scorer.ToMarkdown($"{language}-{part}");
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("VIGIL_SCORES_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path.Replace("{part}", $"{language}-{part}", StringComparison.Ordinal), report);
        }

        if (Environment.GetEnvironmentVariable("VIGIL_SPEC_FAILURES") is { Length: > 0 } failuresPath)
        {
            File.WriteAllLines(failuresPath.Replace("{part}", $"{language}-{part}", StringComparison.Ordinal), scorer.Failures);
        }

        Assert.True(scorer.Cases >= 150, $"expected the {language} {part} corpus, found {scorer.Cases} cases");
        foreach (var (field, floor) in floors)
        {
            var s = scorer.Fields[field];
            Assert.True(s.Precision >= floor.Precision, $"{language} {field} precision {s.Precision:0.00} < {floor.Precision:0.00}");
            Assert.True(s.Recall >= floor.Recall, $"{language} {field} recall {s.Recall:0.00} < {floor.Recall:0.00}");
        }
    }

    // Precision and recall the rules reach today, less a margin: a regression fails.
    private static readonly Dictionary<string, (double Precision, double Recall)> UkrainianDevFloors = new(StringComparer.Ordinal)
    {
        ["place"] = (0.87, 0.66),
        ["date"] = (0.69, 0.58),
        ["weapons"] = (0.63, 0.55),
        ["attacker"] = (0.85, 0.67),
        ["killed"] = (0.70, 0.60),
        ["injured"] = (0.73, 0.58),
        ["children_killed"] = (0.80, 0.60),
        ["children_injured"] = (0.70, 0.58),
        ["hit"] = (0.60, 0.30),
        ["air_defense.launched"] = (0.66, 0.70),
        ["air_defense.intercepted"] = (0.50, 0.32),
        ["statements.speaker"] = (0.70, 0.45),
        ["events.type"] = (0.65, 0.40),
        ["statistics.value"] = (0.60, 0.40),
    };

    private static readonly Dictionary<string, (double Precision, double Recall)> RussianDevFloors = new(StringComparer.Ordinal)
    {
        ["place"] = (0.71, 0.60),
        ["date"] = (0.67, 0.61),
        ["weapons"] = (0.58, 0.53),
        ["attacker"] = (0.84, 0.66),
        ["killed"] = (0.66, 0.60),
        ["injured"] = (0.66, 0.58),
        ["children_killed"] = (0.80, 0.75),
        ["children_injured"] = (0.50, 0.42),
        ["air_defense.launched"] = (0.78, 0.58),
        ["air_defense.intercepted"] = (0.51, 0.50),
        ["statements.speaker"] = (0.22, 0.12),
        ["events.type"] = (0.85, 0.45),
        ["statistics.value"] = (0.90, 0.45),
    };
}
