using System.Globalization;
using System.Text.Json;
using Vigil.Core;
using Vigil.Extraction;
using Xunit.Abstractions;
using CoreWeapon = Vigil.Core.Weapon;

namespace Vigil.Corpus.Tests;

/// <summary>
/// A sanity check of the generator against the extractor: a 300-report sample, extracted with the
/// real gazetteer, agrees with the truth file about the main attack of each report. The floors are
/// set a little under what was measured (docs/benchmarks.md); generated text is far easier than real text, so
/// this is not an accuracy measure.
/// </summary>
public sealed class TruthAgreementTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-corpus-truth-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    // Measured 2026-11-30 (seed 2026, 300 reports): en place 0.923, date 1.000, killed 0.869, injured 0.869;
    // uk,ru place 0.930, date 0.986, killed 0.971, injured 0.953 (weapons 0.83 and 0.46, not floored).
    // The floors leave a few points for changes of the generator's draws.
    [InlineData("en", 0.85, 0.95, 0.82, 0.82)]
    [InlineData("uk,ru", 0.85, 0.95, 0.93, 0.93)]
    public void Extract_GeneratedSample_AgreesWithTruth(string languages, double placeFloor, double dateFloor, double killedFloor, double injuredFloor)
    {
        var options = CorpusGeneratorTests.Generate(Path.Combine(_folder, "sample.jsonl"), 300, 2026, languages: languages);
        var extractor = new Extractor(Vigil.Gazetteer.Gazetteer.Default);
        var counts = new Dictionary<string, (int Agree, int Total)>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var (line, truthLine) in File.ReadLines(options.Out).Zip(File.ReadLines(options.TruthPath)))
        {
            var report = JsonDocument.Parse(line).RootElement;
            var truth = JsonDocument.Parse(truthLine).RootElement;
            var published = DateOnly.FromDateTime(report.GetProperty("published").GetDateTimeOffset().DateTime);
            if (report.TryGetProperty("updated", out var updated))
            {
                published = DateOnly.FromDateTime(updated.GetDateTimeOffset().DateTime);
            }

            var text = report.GetProperty("text").GetString()!;
            var result = extractor.Extract(text, new DocumentInfo(null, published, report.GetProperty("language").GetString()!, null, null));
            if (truth.GetProperty("kind").GetString() == "air_defense")
            {
                var drones = truth.GetProperty("air_defense").GetProperty("drones_launched").GetInt32();
                Count(counts, "bulletin.launched", result.AirDefense.Any(t => t.Weapon == CoreWeapon.Drone && t.Launched == drones));
                continue;
            }

            var place = truth.GetProperty("place").GetString();
            var incident = result.Incidents.FirstOrDefault(i => i.Place?.Name == place);
            Count(counts, "place", incident is not null);
            var dateline = truth.GetProperty("constructs").EnumerateArray().Any(c => c.GetString() == "dateline");
            Count(counts, dateline ? "place, with a dateline" : "place, no dateline", incident is not null);
            if (incident is null)
            {
                misses.Add($"no {place}: {text[..Math.Min(160, text.Length)]}");
                continue;
            }

            Count(counts, "date", incident.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == truth.GetProperty("date").GetString());
            Count(counts, "weapon", incident.Weapons.Any(w => Name(w) == truth.GetProperty("weapon").GetString()));
            foreach (var (field, value) in new[] { ("killed", incident.Killed), ("injured", incident.Injured), ("children_killed", incident.ChildrenKilled), ("children_injured", incident.ChildrenInjured) })
            {
                var expected = truth.GetProperty(field);
                int? want = expected.ValueKind == JsonValueKind.Number ? expected.GetInt32() : null;
                var agree = want == value;
                Count(counts, field, agree);
                if (!agree && misses.Count < 40)
                {
                    misses.Add($"{field} {value?.ToString(CultureInfo.InvariantCulture) ?? "null"} ≠ {want?.ToString(CultureInfo.InvariantCulture) ?? "null"}: {text}");
                }
            }
        }

        foreach (var (field, (agree, total)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field}: {agree}/{total} = {agree / (double)total:F3}"));
        }

        foreach (var miss in misses.Take(40))
        {
            output.WriteLine(miss);
        }

        Assert.True(Rate(counts, "place") >= placeFloor, $"place {Rate(counts, "place"):F3}");
        Assert.True(Rate(counts, "date") >= dateFloor, $"date {Rate(counts, "date"):F3}");
        Assert.True(Rate(counts, "killed") >= killedFloor, $"killed {Rate(counts, "killed"):F3}");
        Assert.True(Rate(counts, "injured") >= injuredFloor, $"injured {Rate(counts, "injured"):F3}");
    }

    private static void Count(Dictionary<string, (int Agree, int Total)> counts, string field, bool agree)
    {
        var (a, t) = counts.GetValueOrDefault(field);
        counts[field] = (a + (agree ? 1 : 0), t + 1);
    }

    private static double Rate(Dictionary<string, (int Agree, int Total)> counts, string field) =>
        counts.TryGetValue(field, out var c) && c.Total > 0 ? c.Agree / (double)c.Total : 0;

    private static string Name(CoreWeapon weapon) => weapon switch
    {
        CoreWeapon.GlideBomb => "glide_bomb",
        _ => weapon.ToString().ToLowerInvariant(),
    };
}
