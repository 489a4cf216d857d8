using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>The Russian readings added from ru real-text set H (sentences written for these tests).</summary>
public sealed class RussianSetHStepsTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, "ru", null, null));

    [Theory]
    [InlineData("Губернатор выразил соболезнования семье погибшего.")]
    [InlineData("Две семьи попросили о временном жилье.")]
    public void NumberWords_FamilyForms_NoSeven(string sentence)
    {
        var incident = Assert.Single(Run("В Шебекино при атаке дрона погиб мужчина. " + sentence).Incidents);
        Assert.Equal(1, incident.Killed);
        Assert.DoesNotContain(incident.Claims, c => c.Value == 7);
    }

    [Fact]
    public void NegatedCasualties_PersonsNotHurt_ZeroNotACount()
    {
        var incident = Assert.Single(Run("Дрон сбросил взрывчатку на автобус в Херсоне. Водитель и пассажир не пострадали.").Incidents);
        Assert.Equal(0, incident.Injured);
    }

    [Fact]
    public void YesterdayRecap_AfterTodaysToll_NotTodaysFigure()
    {
        var incidents = Run("Сегодня дрон атаковал автомобиль у поселка Погар, ранен мужчина. " +
                            "Накануне у поселка Погар ранены три женщины.").Incidents;
        var today = Assert.Single(incidents, i => i.Date == Published);
        Assert.Equal(1, today.Injured);
    }

    [Fact]
    public void YesterdayRecap_OpeningTheReport_IsTheReportsDay()
    {
        var incident = Assert.Single(Run("Накануне дрон атаковал Одессу, ранены три человека.").Incidents);
        Assert.Equal((Published.AddDays(-1), 3), (incident.Date, incident.Injured));
    }

    [Theory]
    [InlineData("Трое жителей Никополя пострадали из-за обстрела.", "Nikopol", 3)]
    [InlineData("Пятеро жителей Никополя погибли из-за обстрела.", "Nikopol", 5)]
    public void ResidentsOfPlace_CountTownVerb_TownsToll(string text, string place, int count)
    {
        var incident = Assert.Single(Run(text).Incidents);
        Assert.Equal((place, count), (incident.Place?.Name, incident.Injured ?? incident.Killed));
    }

    [Fact]
    public void DeathOf_LedToTheDeathOfTwo_Killed() =>
        Assert.Equal(2, Assert.Single(Run("Обстрел Николаева привел к гибели двоих мирных жителей.").Incidents).Killed);

    [Fact]
    public void RegionSumOfTowns_OblastTollEqualToVillages_NotAnIncidentsFigure()
    {
        var incidents = Run("Двое мирных жителей погибли в Белгородской области. В городе Шебекино водитель погиб на месте. " +
                            "В Грайвороне удар дрона привел к гибели еще одного жителя.").Incidents;
        Assert.DoesNotContain(incidents, i => i.Place?.Name == "Belgorod Oblast" && i.Killed is not null);
        Assert.Equal(1, Assert.Single(incidents, i => i.Place?.Name == "Shebekino").Killed);
    }

    [Fact]
    public void CyrillicPlaceNamer_RegionOnlyInGovernorsTitle_RussianRaion() =>
        Assert.Equal("Borisovka Raion", Assert.Single(Run("Вооруженные силы атаковали грузовик в Борисовском районе, ранен водитель. " +
                                                          "Об этом сообщил губернатор Белгородской области.").Incidents).Place?.Name);

    [Theory]
    [InlineData("В Курской области дрон атаковал автомобиль на трассе Кулешовка – Ивановка Рыльского района. Пострадал водитель.")]
    [InlineData("В Курской области дрон атаковал автомобиль на автодороге между селами Кулешовка и Ивановка Рыльского района. Пострадал водитель.")]
    [InlineData("В Курской области дрон ударил по полю между деревней Кулешовка и селом Ивановка Рыльского района. Пострадал водитель.")]
    public void CyrillicPlaceNamer_RoadBetweenVillages_Raion(string text)
    {
        var incident = Assert.Single(Run(text).Incidents);
        Assert.Equal(("Rylsk Raion", 1), (incident.Place?.Name, incident.Injured));
    }

    [Fact]
    public void AttackWords_IncidentHappenedIn_NarrowsToTown() =>
        Assert.Equal("Shebekino", Assert.Single(Run("В Белгородской области при атаке беспилотника погиб мирный житель. " +
                                                    "Инцидент произошел в городе Шебекино.").Incidents).Place?.Name);

    [Fact]
    public void ZeroPhrases_ResidentsNotHurt_DoubleZero()
    {
        var incident = Assert.Single(Run("Ночью дроны атаковали Воронежскую область. Мирные жители не пострадали, повреждена крыша дома.").Incidents);
        Assert.Equal((0, 0), (incident.Killed, incident.Injured));
    }
}
