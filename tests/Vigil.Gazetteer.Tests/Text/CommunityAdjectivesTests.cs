using Vigil.Core;

namespace Vigil.Gazetteer.Tests.Text;

/// <summary>Places named by a Ukrainian adjective in Latin script: a raion's "-kyi", a hromada after a two-word centre.</summary>
public sealed class CommunityAdjectivesTests
{
    [Theory]
    [InlineData("Synelnykivskyi district", "Synelnykove Raion")]
    [InlineData("Samarivskyi district", "Samar Raion")]
    public void Geocode_LatinRaionAdjective_RaionOfItsCentre(string mention, string raion)
    {
        var best = Gazetteer.Default.Geocode(mention)[0];
        Assert.Equal((raion, PlaceKind.Raion), (best.Name, best.Kind));
    }

    [Fact]
    public void Geocode_TwoWordCommunityAdjective_ItsCentre()
    {
        var best = Gazetteer.Default.Geocode("Verkhnya Syrovatska community")[0];
        Assert.Equal(("Verkhnia Syrovatka", "UA-59"), (best.Name, best.Admin1Code));
    }

    [Fact]
    public void BaseNames_SeveralWords_KeepsTheWordsBeforeTheAdjective()
    {
        var adjectives = new Vigil.Gazetteer.Text.CommunityAdjectives("kind\tfrom\tto\nending\tska\tka\n");
        Assert.Equal(["verkhnia syrovatka"], adjectives.BaseNames("verkhnia syrovatska"));
    }
}
