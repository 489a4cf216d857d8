using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>The Ukrainian/Russian steps added for real reports (sentences written for these tests).</summary>
public sealed class SlavicStepsTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text, string language) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, language, null, null));

    [Theory]
    [InlineData("Унаслідок атаки дронів у Ніжинському районі поранено двох людей.", "uk", "Nizhyn Raion")]
    [InlineData("В Рыльском районе Курской области при атаке украинского дрона ранены два человека.", "ru", "Rylsk Raion")]
    [InlineData("У Шосткинській громаді внаслідок удару поранено двох людей.", "uk", "Shostka")]
    public void CyrillicPlaceNamer_AreaAdjective_ReadAsItsCentre(string text, string language, string place)
    {
        var incident = Assert.Single(Run(text, language).Incidents);
        Assert.Equal(place, incident.Place?.Name);
        Assert.Equal(2, incident.Injured);
    }

    [Fact]
    public void CyrillicPlaceNamer_VillageBeforeRaionAdjective_VillageRomanisedOnItsSide()
    {
        var incident = Assert.Single(Run("В селе Заолешенка Суджанского района украинский беспилотник ранил женщину.", "ru").Incidents);
        Assert.Equal("Zaoleshenka", incident.Place?.Name);
        Assert.False(incident.Place?.Resolved);
        Assert.Equal(Side.UA, incident.Attacker);
    }

    [Fact]
    public void CyrillicPlaceNamer_RussianDistrictInLocative_CityDistrictOfTheReportsOblast()
    {
        var incident = Assert.Single(Run("Харьковская область. В Индустриальном районе ранены три человека.", "ru").Incidents);
        Assert.Equal(("Kharkiv", "Industrialnyi"), (incident.Place?.Name, incident.Place?.District));
    }

    [Fact]
    public void RecapParagraph_TollAfterReminder_NotTheReportsFigure()
    {
        const string text = "Вранці ворог атакував Херсон, поранено двох людей.\n\nНагадаємо, минулого тижня окупанти обстріляли місто. Тоді загинули п'ятеро людей.";
        var incident = Assert.Single(Run(text, "uk").Incidents);
        Assert.Equal((null, 2), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void ThingCounts_DamagedCars_NotInjuredPeople()
    {
        var incident = Assert.Single(Run("У Броварах уламки дрона впали на стоянку, постраждали п'ять автомобілів.", "uk").Incidents);
        Assert.Null(incident.Injured);
    }

    [Theory]
    [InlineData("Українська армія втратила за добу 300 людей, з них 20 загиблих і 250 поранених.", "uk")]
    [InlineData("Российская армия за сутки потеряла 1 100 солдат убитыми и ранеными.", "ru")]
    public void MilitaryLossSentences_ArmyLostPeople_EventNotCasualties(string text, string language)
    {
        var result = Run(text, language);
        Assert.Empty(result.Incidents);
        Assert.Contains(result.Events, e => e.Type == EventType.MilitaryLosses);
    }

    [Fact]
    public void RussianDefenceClaims_MinistryQuotedElsewhere_AttackerUkraine()
    {
        const string text = "Минобороны РФ сообщило о ночной атаке.\n\n«Дежурными средствами ПВО уничтожены 40 беспилотных летательных аппаратов», — говорится в сообщении.";
        var tally = Assert.Single(Run(text, "ru").AirDefense);
        Assert.Equal((Side.UA, 40), (tally.Attacker, tally.Intercepted));
    }

    [Fact]
    public void Lexicon_WeaponPluralInPhraseOnly_StillAWeaponForTallies()
    {
        var tally = Assert.Single(Run("Вночі росіяни застосували 30 ударних дронів, знищено 25.", "uk").AirDefense);
        Assert.Equal((Weapon.Drone, 30), (tally.Weapon, tally.Launched));
    }
}
