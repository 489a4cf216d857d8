using Vigil.Core;

namespace Vigil.Gazetteer.Tests.Text;

/// <summary>Raions named by their centre's adjective in romanisations other than KMU 2010, and Russian raions not held.</summary>
public sealed class LatinRaionAdjectivesTests
{
    [Theory]
    [InlineData("Samarsky district", "Samar Raion", "UA-12")]
    [InlineData("Stryiskiy district", "Stryi Raion", "UA-46")]
    [InlineData("Synelnykivskiy raion", "Synelnykove Raion", "UA-12")]
    [InlineData("Nikopolsky district", "Nikopol Raion", "UA-12")]
    public void Geocode_UkrainianRaionAdjectiveOtherRomanisation_TheRaion(string mention, string raion, string admin1Code)
    {
        var best = Gazetteer.Default.Geocode(mention)[0];
        Assert.Equal((raion, PlaceKind.Raion, admin1Code), (best.Name, best.Kind, best.Admin1Code));
    }

    [Theory]
    [InlineData("Klimovsky district", "RU-BRY", "Klimovo Raion")]
    [InlineData("Glushkovskiy district", "RU-KRS", "Glushkovo Raion")]
    [InlineData("Rylsky raion", "RU-KRS", "Rylsk Raion")]
    [InlineData("Khomutovsky district", "RU-KRS", "Khomutovka Raion")]
    [InlineData("Sudzhansky district", "RU-KRS", "Sudzha Raion")]
    [InlineData("Глушковском районе", "RU-KRS", "Glushkovo Raion")]
    [InlineData("Рыльского района", "RU-KRS", "Rylsk Raion")]
    [InlineData("Климовский район", "RU-BRY", "Klimovo Raion")]
    [InlineData("Суджанском районе", "RU-KRS", "Sudzha Raion")]
    public void Geocode_RussianRaionNotHeld_NamedAfterItsCentreInTheOblast(string mention, string oblast, string raion)
    {
        var best = Gazetteer.Default.Geocode(mention, new GeocodeContext(oblast))[0];
        Assert.Equal((raion, PlaceKind.Raion, oblast, "RU"), (best.Name, best.Kind, best.Admin1Code, best.Country));
        // placed at its centre town, as every raion is
        var centre = Gazetteer.Default.Geocode(raion[..^" Raion".Length], new GeocodeContext(oblast))[0];
        Assert.Equal((centre.Lat, centre.Lon), (best.Lat, best.Lon));
    }

    [Fact]
    public void Geocode_RussianRaionAdjective_UkrainianOblastGiven_NoRussianRaion()
    {
        Assert.DoesNotContain(Gazetteer.Default.Geocode("Klimovsky district", new GeocodeContext("UA-63")), c => c.Name == "Klimovo Raion");
    }

    [Fact]
    public void Geocode_CyrillicRussianRaionAdjective_UkrainianOblastGiven_NoRussianRaion()
    {
        Assert.DoesNotContain(Gazetteer.Default.Geocode("Глушковском районе", new GeocodeContext("UA-59")), c => c.Name == "Glushkovo Raion");
    }

    [Fact]
    public void Geocode_RussianRaionAdjective_TwoTownsAnswerWithoutOblast_NoRaionMade()
    {
        // Klimov-o (Bryansk) and Klimov-sk (Moscow Oblast) both read back: without the oblast no raion is made up.
        Assert.DoesNotContain(Gazetteer.Default.Geocode("Klimovsky district"), c => c.Name == "Klimovo Raion");
    }

    [Fact]
    public void Geocode_HeldRaionAdjective_KeepsTheHeldRaion()
    {
        var best = Gazetteer.Default.Geocode("Belgorodsky district", new GeocodeContext("RU-BEL"))[0];
        Assert.StartsWith("geonames-admin2:", best.Id, StringComparison.Ordinal);
        Assert.Equal("Belgorod Raion", best.Name);
    }
}
