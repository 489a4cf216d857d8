namespace Vigil.Gazetteer.Tests;

/// <summary>Runs Specs/geocode-cases.tsv: each row a mention, its context, and the expected best candidate.</summary>
public sealed class GeocodeSpecTests
{
    public static TheoryData<string, string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        bool header = true;
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "geocode-cases.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            string[] f = line.Split('\t');
            Assert.Equal(7, f.Length);
            data.Add(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        }

        return data;
    }

    [Fact]
    public void Cases_SpecFile_HasAtLeast150()
    {
        Assert.True(Cases().Count >= 150, $"only {Cases().Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Geocode_SpecCase_BestCandidateAsExpected(string query, string oblast, string mentions, string name, string kind, string district, string admin1Code)
    {
        var context = oblast.Length == 0 && mentions.Length == 0
            ? null
            : new GeocodeContext(oblast.Length == 0 ? null : oblast, mentions.Length == 0 ? null : mentions.Split('|'));
        var candidates = Gazetteer.Default.Geocode(query, context);

        if (name == "-")
        {
            Assert.Empty(candidates);
            Assert.False(Gazetteer.Default.IsKnownName(query), $"'{query}' must not be a known name");
            return;
        }

        Assert.NotEmpty(candidates);
        var best = candidates[0];
        string got = $"{best.Name} | {PlaceRecord.KindName(best.Kind)} | {best.District} | {best.Admin1Code} ({best.Id}, {best.Score})";
        Assert.True(
            best.Name == name && PlaceRecord.KindName(best.Kind) == kind && (best.District ?? "") == district && best.Admin1Code == admin1Code,
            $"'{query}': expected {name} | {kind} | {district} | {admin1Code}, got {got}");
        Assert.InRange(best.Score, 0.0, 1.0);
    }
}
