using Vigil.Core;

namespace Vigil.Gazetteer.Tests;

/// <summary>Raions named after their centre by a «-щина» land or by an adjective the data has no key for (issues 7 and 11).</summary>
public sealed class GazetteerRaionCentreTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Theory]
    [InlineData("Ніжинщина", "Nizhyn Raion", "UA-74")]
    [InlineData("Ніжинщині", "Nizhyn Raion", "UA-74")]
    [InlineData("Нікопольщина", "Nikopol Raion", "UA-12")]
    [InlineData("Нікопольщину", "Nikopol Raion", "UA-12")]
    [InlineData("Никопольщина", "Nikopol Raion", "UA-12")]
    [InlineData("Никопольщине", "Nikopol Raion", "UA-12")]
    [InlineData("Синельниковщина", "Synelnykove Raion", "UA-12")]
    [InlineData("Синельниківщині", "Synelnykove Raion", "UA-12")]
    [InlineData("Купʼянщина", "Kupiansk Raion", "UA-63")]
    [InlineData("Прилуччина", "Pryluky Raion", "UA-74")]
    public void Geocode_RaionLand_TheRaionOfItsCentre(string written, string name, string oblast)
    {
        var best = G.Geocode(written)[0];

        Assert.True(G.IsKnownName(written));
        Assert.Equal((name, oblast, PlaceKind.Raion), (best.Name, best.Admin1Code, best.Kind));
    }

    [Theory]
    [InlineData("Харківщина", "UA-63")]
    [InlineData("Харківщині", "UA-63")]
    [InlineData("Сумщина", "UA-59")]
    [InlineData("Дніпропетровщина", "UA-12")]
    [InlineData("Тернопільщина", "UA-61")]
    [InlineData("Вінниччина", "UA-05")]
    [InlineData("Донеччина", "UA-14")]
    [InlineData("Одещині", "UA-51")]
    [InlineData("Харьковщина", "UA-63")]
    [InlineData("Донетчины", "UA-14")]
    [InlineData("Белгородчине", "RU-BEL")]
    [InlineData("Винничина", "UA-05")]
    [InlineData("Черниговщину", "UA-74")]
    public void Geocode_LandOfAnOblast_StaysTheOblast(string written, string oblast)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((oblast, PlaceKind.Oblast), (best.Admin1Code, best.Kind));
    }

    [Theory]
    [InlineData("Измаильском районе", "Izmail Raion", "UA-51")]
    [InlineData("Пологовскому району", "Polohy Raion", "UA-23")]
    [InlineData("Чугуевском районе", "Chuhuiv Raion", "UA-63")]
    [InlineData("Почепском районе", "Pochep Raion", "RU-BRY")]
    [InlineData("Измаильский район", "Izmail Raion", "UA-51")]
    public void Geocode_RussianRaionAdjective_TheRaionOfItsCentre(string written, string name, string oblast)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((name, oblast, PlaceKind.Raion), (best.Name, best.Admin1Code, best.Kind));
    }

    [Theory]
    // a raion whose adjective no rule derives from its centre: held by its Ukrainian and Russian names (data/curated/raions.tsv)
    [InlineData("Криворізькому районі", "Kryvyi Rih Raion", "UA-12")]
    [InlineData("Криворожском районе", "Kryvyi Rih Raion", "UA-12")]
    [InlineData("Криворожский район", "Kryvyi Rih Raion", "UA-12")]
    [InlineData("Белоцерковском районе", "Bila Tserkva Raion", "UA-32")]
    [InlineData("Черкаському районі", "Cherkasy Raion", "UA-71")]
    [InlineData("Волноваського району", "Volnovakha Raion", "UA-14")]
    [InlineData("Мукачівському районі", "Mukachevo Raion", "UA-21")]
    public void Geocode_RaionByItsCyrillicName_ThatRaion(string written, string name, string oblast)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((name, oblast, PlaceKind.Raion), (best.Name, best.Admin1Code, best.Kind));
    }

    [Fact]
    public void Geocode_RussianNameOfAUkrainianRaionInARussianReport_NotTheUkrainianRaion()
    {
        // «Каменский район» is also the Russian name of Kamianske Raion; a Rostov report means its own region's raion
        var best = G.Geocode("Каменском районе", new GeocodeContext("RU-ROS"))[0];

        Assert.Equal(("RU", PlaceKind.Raion), (best.Country, best.Kind));
    }

    [Fact]
    public void Geocode_RussianRaionNotHeld_NamedAfterItsCentreNeverAUkrainianNamesake()
    {
        // Glushkovo Raion is not held: the raion named after its one centre town in Russia, not the town itself
        var hits = G.Geocode("Глушковском районе");
        Assert.Equal(("Glushkovo Raion", "RU-KRS"), (hits[0].Name, hits[0].Admin1Code));
        Assert.All(hits, c => Assert.Equal(("RU", PlaceKind.Raion), (c.Country, c.Kind)));
    }

    [Theory]
    // Marhanets is no raion centre: its land is no raion
    [InlineData("Марганеччина")]
    // a common noun with the land's ending is no place
    [InlineData("дівчина")]
    public void Geocode_NoRaionNamedAfterIt_Nothing(string written)
    {
        Assert.DoesNotContain(G.Geocode(written), c => c.Kind is PlaceKind.Raion);
    }

    [Fact]
    public void Geocode_LandWordAlone_NotKnownWithoutAHeldRaion()
    {
        Assert.False(G.IsKnownName("Марганеччина"));
        Assert.False(G.IsKnownName("Глушковщина"));
    }
}
