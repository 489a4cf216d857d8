using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Tests.Rules;

/// <summary>The rule packs load strictly: unknown keys and unknown values fail with the file and key named.</summary>
public sealed class LexiconTests
{
    private static string Resource(string file)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Vigil.Extraction.Rules.en." + file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Parse_EnglishPack_Loads()
    {
        var lexicon = Lexicon.Parse(Resource("lexicon.json"), Resource("words.json"), Resource("discourse.json"));
        Assert.Contains("killed", lexicon.CasualtyCues.Keys);
        Assert.Contains("separately", lexicon.Words.NewIncidentMarkers);
    }

    [Fact]
    public void Parse_UnknownKey_FailsNamingFileAndKey()
    {
        var words = Resource("words.json").Replace("\"areaPlurals\"", "\"areaPlural\"", StringComparison.Ordinal);
        var e = Assert.Throws<InvalidDataException>(() => Lexicon.Parse(Resource("lexicon.json"), words, Resource("discourse.json")));
        Assert.Contains("words.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("areaPlural", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"drone\": \"drone\"", "\"drone\": \"drones\"", "weapon 'drones'")]
    [InlineData("\"at least\": \"at_least\"", "\"at least\": \"atleast\"", "qualifier 'atleast'")]
    [InlineData("\"kind\": \"military\"", "\"kind\": \"army\"", "claimant kind 'army'")]
    public void Parse_UnknownValue_FailsNamingTheValue(string from, string to, string expected)
    {
        var lexicon = Resource("lexicon.json");
        Assert.Contains(from, lexicon, StringComparison.Ordinal);
        var broken = lexicon.Replace(from, to, StringComparison.Ordinal);
        var e = Assert.Throws<InvalidDataException>(() => Lexicon.Parse(broken, Resource("words.json"), Resource("discourse.json")));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownNeedType_Fails()
    {
        var discourse = Resource("discourse.json").Replace("\"heating\": [", "\"warmth\": [", StringComparison.Ordinal);
        var e = Assert.Throws<InvalidDataException>(() => Lexicon.Parse(Resource("lexicon.json"), Resource("words.json"), discourse));
        Assert.Contains("need type 'warmth'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LanguageWithoutPack_Null()
    {
        Assert.NotNull(Lexicon.For("en"));
        Assert.NotNull(Lexicon.For("EN"));
        Assert.Null(Lexicon.For("xx"));
    }
}
