using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>
/// A raion or its «-щина» land named before towns inside it is the scene, not the incident (issues 7 and 11): the towns keep their
/// own figures and zeros; the raion is an incident only when a figure is its own (sentences written for these tests).
/// </summary>
public sealed class RaionContextTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 3, 4);

    private static ExtractionResult Run(string text, string language = "uk") =>
        Extractor.Extract(text, new DocumentInfo(null, Published, language, null, null));

    [Fact]
    public void LandThenTowns_TownsAreTheIncidentsWithTheirOwnZeros()
    {
        var result = Run("Нікопольщина пережила ще одну неспокійну добу. Дрон атакував Покров, пошкоджено приватний будинок. " +
                         "Уночі обстріляли Нікополь, люди не постраждали.");

        Assert.DoesNotContain(result.Incidents, i => i.Place?.Kind == PlaceKind.Raion);
        var nikopol = Assert.Single(result.Incidents, i => i.Place?.Name == "Nikopol");
        Assert.Equal((0, 0), (nikopol.Killed, nikopol.Injured));
        var pokrov = Assert.Single(result.Incidents, i => i.Place?.Name == "Pokrov");
        Assert.Equal((null, null), (pokrov.Killed, pokrov.Injured));
        Assert.Equal(["residential"], pokrov.Damage);
    }

    [Fact]
    public void RussianRaionAdjectiveThenTowns_TownsKeepTheirFiguresAndTheRaionsWeapon()
    {
        var result = Run("Днем беспилотники атаковали Чугуевский район. В Чугуеве ранен мужчина. В Малиновке погибла женщина.", "ru");

        Assert.DoesNotContain(result.Incidents, i => i.Place?.Kind == PlaceKind.Raion);
        var chuhuiv = Assert.Single(result.Incidents, i => i.Place?.Name == "Chuhuiv");
        Assert.Equal((null, 1), (chuhuiv.Killed, chuhuiv.Injured));
        Assert.Equal([Weapon.Drone], chuhuiv.Weapons);
        Assert.Equal(1, Assert.Single(result.Incidents, i => i.Place?.Name == "Malynivka").Killed);
    }

    [Theory]
    [InlineData("Окупанти обстріляли Синельниківщину з артилерії. Поранено трьох людей.", "uk", "Synelnykove Raion", 3)]
    [InlineData("Вражеские дроны атаковали Измаильский район. Ранены два человека.", "ru", "Izmail Raion", 2)]
    public void RaionAloneWithItsFigure_TheRaionIsTheIncident(string text, string language, string raion, int injured)
    {
        var incident = Assert.Single(Run(text, language).Incidents);

        Assert.Equal((raion, PlaceKind.Raion, injured), (incident.Place?.Name, incident.Place?.Kind, incident.Injured));
    }

    [Fact]
    public void RaionWithDamageThenTownOutsideIt_BothIncidents()
    {
        // Nikopol is in the same oblast but not in Synelnykove Raion: the raion's own damage keeps it an incident
        var result = Run("Дрон влучив у житловий будинок у Синельниківському районі. Увечері в Нікополі поранено жінку.");

        Assert.Contains(result.Incidents, i => i.Place?.Name == "Synelnykove Raion");
        Assert.Equal(1, Assert.Single(result.Incidents, i => i.Place?.Name == "Nikopol").Injured);
    }

    [Theory]
    [InlineData("Днепр. Вечером в Самарском районе ранена женщина.", "Dnipro", "Samarskyi")]
    [InlineData("Вечером в Самарском районе ранена женщина.", "Samar Raion", null)]
    public void CityDistrictAfterItsCity_BeatsTheRaionOfTheSameName(string text, string place, string? district)
    {
        var incident = Assert.Single(Run(text, "ru").Incidents);

        Assert.Equal((place, district, 1), (incident.Place?.Name, incident.Place?.District, incident.Injured));
    }

    [Fact]
    public void VillageKnownOnlyInARegionTheReportNeverNames_IsTheReportsRegionsVillage()
    {
        // Курганное: the gazetteer knows only Crimea's; the report names nothing but Kharkiv Oblast's raion and town
        var result = Run("Ночью беспилотники атаковали Чугуевский район. В Чугуеве повреждено предприятие. В с. Курганное погиб мужчина 60 лет.", "ru");

        var village = Assert.Single(result.Incidents, i => i.Killed == 1);
        Assert.Equal(("Kurhanne", "UA-63"), (village.Place?.Name, village.Place?.Admin1Code));
    }

    [Fact]
    public void VillageOfANamedRegion_KeepsItsOwnRegion()
    {
        var result = Run("Беспилотник атаковал Чугуевский район Харьковской области. Также обстреляли Курганное в Крыму, пострадавших нет.", "ru");

        Assert.DoesNotContain(result.Incidents, i => i.Place?.Name == "Kurhanne");
    }

    [Fact]
    public void RussianRaionNamedLikeItsTown_IsTheRaion()
    {
        var result = Run("Оккупанты атаковали Белгород-Днестровский район Одесской области дронами, пострадавших нет.", "ru");

        Assert.Equal("Bilhorod-Dnistrovskyi Raion", Assert.Single(result.Incidents).Place?.Name);
    }
}
