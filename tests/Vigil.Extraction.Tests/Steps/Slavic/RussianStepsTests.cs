using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>The Russian-only steps and rules added from ru real-text set B (sentences written for these tests).</summary>
public sealed class RussianStepsTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, "ru", null, null));

    [Fact]
    public void Places_MunicipalOkrug_IsTheRaionItReplaced()
    {
        // Belgorod Oblast's raions became municipal okrugs; reports name them as such and monitors file them as the raions
        var incident = Assert.Single(Run("Вечером беспилотник атаковал легковой автомобиль в Валуйском округе, ранены два человека, сообщил губернатор.").Incidents);
        Assert.Equal("Valuyki Raion", incident.Place?.Name);
        Assert.Equal(2, incident.Injured);
    }

    [Fact]
    public void Places_RoadNamedByAVillageAndATown_NeitherIsTheIncident()
    {
        var result = Run("На участке автодороги Пушкарное — Посохово дрон атаковал грузовик, водитель ранен. Атаке также подвергся Шебекино, там повреждены дома.");
        Assert.DoesNotContain(result.Incidents, i => i.Place?.Name == "Posokhovo");
    }

    [Fact]
    public void TitleRegion_GovernorsOblastOnly_PlacelessIncidentTakesOblast()
    {
        var incident = Assert.Single(Run("Губернатор Воронежской области сообщил, что ночью над одним из районов региона уничтожены беспилотники. " +
                                         "Обошлось без пострадавших, обломками беспилотника повреждена крыша частного дома.").Incidents);
        Assert.Equal("Voronezh Oblast", incident.Place?.Name);
        Assert.Equal(Side.UA, incident.Attacker);
        Assert.Equal(0, incident.Injured);
    }

    [Fact]
    public void TitleRegion_AdministrationAdjective_Oblast()
    {
        var incident = Assert.Single(Run("За сутки в результате обстрелов погибли 3 человека, еще 9 получили ранения, сообщил начальник Херсонской ОВА.").Incidents);
        Assert.Equal("Kherson Oblast", incident.Place?.Name);
        Assert.Equal(Side.RU, incident.Attacker);
        Assert.Equal((3, 9), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void TitleRegion_TownOfRegionNamedInRecap_TollNotTheOblasts()
    {
        // the follow-up's toll may be the recapped city's: the governor's title does not make it the oblast's
        var incidents = Run("Утром под завалами нашли тело еще одного погибшего, сообщил начальник Харьковской ОВА. " +
                            "Напомним, накануне ракета попала в офисное здание в центре Харькова.").Incidents;
        Assert.DoesNotContain(incidents, i => i.Place?.Name == "Kharkiv Oblast" && i.Killed is not null);
    }

    [Fact]
    public void RunningTotals_RiseAfterSeveralTowns_NoTownsFigure()
    {
        var incidents = Run("Утром в Валуйках при атаке дрона ранен мужчина. Днём в Шебекино при ударе беспилотника пострадала женщина. " +
                            "Таким образом, число раненых за сутки возросло до трёх человек.").Incidents;
        Assert.Equal([1, 1], incidents.Select(static i => i.Injured ?? 0).Order().ToArray());
    }

    [Fact]
    public void RunningTotals_OneTownsIncrement_IsItsFigure() =>
        Assert.Equal(3, Assert.Single(Run("Утром дрон ударил по Шебекино, ранены два человека. Позже губернатор сообщил, что число пострадавших возросло до трёх.").Incidents).Injured);

    [Theory]
    [InlineData("Вечером ракета попала в частный дом в Днепровском районе. Погибла женщина.")]
    [InlineData("Вечером ракета попала в частный дом в Днепровском районе Днепропетровской области. Погибла женщина.")]
    public void CyrillicPlaceNamer_DneprovskyRaion_DniproRaion(string text) =>
        Assert.Equal("Dnipro Raion", Assert.Single(Run(text).Incidents).Place?.Name);

    [Theory]
    [InlineData("ВСУ обстреляли Энергодар ночью. Во дворе многоэтажки разорвался вражеский снаряд, ранен мужчина.")]
    [InlineData("Глава города сообщил об обстреле ВСУ. В Горловке при ударе по жилому дому пострадали два человека.")]
    public void Attacker_OccupationSideReport_Ukraine(string text) =>
        Assert.Equal(Side.UA, Assert.Single(Run(text).Incidents).Attacker);

    [Fact]
    public void Attacker_UkrainianReportNamingRussia_Russia() =>
        Assert.Equal(Side.RU, Assert.Single(Run("Оккупанты обстреляли Херсон, ранен мужчина. Накануне ВСУ атаковали позиции под Алешками.").Incidents,
            static i => i.Place?.Name == "Kherson").Attacker);

    [Theory]
    [InlineData("В Лимане погиб человек.", 1)]
    [InlineData("В Лимане человек погиб.", 1)]
    [InlineData("В Лимане погибли 5 человек.", 5)]
    public void OnePersonVerb_PersonWithSingularVerb_CountedOnce(string text, int killed) =>
        Assert.Equal(killed, Assert.Single(Run(text).Incidents).Killed);

    [Fact]
    public void OnePersonVerb_SentenceNamingTwoPlaces_NotCounted()
    {
        var incidents = Run("В Лимане ранен человек, в Славянске повреждены дома.").Incidents;
        Assert.All(incidents, i => Assert.Null(i.Injured));
    }

    [Theory]
    [InlineData("В Курске мужчина получил тяжёлые ранения при ударе дрона, его доставили в больницу, но спасти его не удалось.")]
    [InlineData("В Курске тяжелое ранение получил мужчина, умерший в больнице.")]
    public void DiedOfWounds_OneWoundedWhoDied_KilledNotInjured(string text)
    {
        var incident = Assert.Single(Run(text).Incidents);
        Assert.Equal(1, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void DiedOfWounds_OneMoreWoundedDiedVerbFirst_AddsToTheDeadNotTheInjured()
    {
        var incident = Assert.Single(Run("Днём армия РФ обстреляла Херсон, погибли два человека. Ночью в больнице скончался еще один раненый.").Incidents);
        Assert.Equal(3, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void CasualtyPhrases_CouldNotBeSaved_Killed() =>
        Assert.Equal(2, Assert.Single(Run("В Курске двух мирных жителей не удалось спасти.").Incidents).Killed);

    [Fact]
    public void InjuriesReceived_InjuryAndVerbBeforeCount_Injured() =>
        Assert.Equal(4, Assert.Single(Run("Вечером армия РФ нанесла удар по Запорожью. Ранения получили четыре человека.").Incidents).Injured);

    [Fact]
    public void InjuriesReceived_DiedOfInjuries_NotInjured()
    {
        var incident = Assert.Single(Run("В Херсоне под удар попал работник. От полученных ранений мужчина погиб на месте.").Incidents);
        Assert.Equal(1, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void NumberWords_BecameVictims_NoHundred()
    {
        var incident = Assert.Single(Run("Жители Херсона стали жертвами артобстрела. Известно о двух погибших.").Incidents);
        Assert.Equal(2, incident.Killed);
    }

    [Fact]
    public void RussianDefenceClaims_TallyOverRussiasRegions_UkrainesDrones()
    {
        var tally = Assert.Single(Run("Всего над регионами России за ночь уничтожили 64 дрона.").AirDefense);
        Assert.Equal(Side.UA, tally.Attacker);
        Assert.Equal(64, tally.Intercepted);
    }

    [Theory]
    [InlineData("В результате удара по Запорожью пострадали семь человек.", "Zaporizhzhia", null)]
    [InlineData("При обстреле по Пологовскому району Запорожской области пострадали семь человек.", "Polohy Raion", null)]
    [InlineData("Дрон попал в дом в Шевченковском районе Харькова, пострадали семь человек.", "Kharkiv", "Shevchenkivskyi")]
    public void Places_RussianForms_ReadBack(string text, string place, string? district)
    {
        var incident = Assert.Single(Run(text).Incidents);
        Assert.Equal((place, district), (incident.Place?.Name, incident.Place?.District));
        Assert.Equal(7, incident.Injured);
    }

    [Fact]
    public void Forename_InflectedForenameBeforeSurname_NoTownOfThatName()
    {
        var incident = Assert.Single(Run("Днем ракета попала в многоэтажку в центре Днепра. Как сообщили со ссылкой на главу совета Владимира Петренко, погибли двое.").Incidents);
        Assert.Equal("Dnipro", incident.Place?.Name);
        Assert.Equal(2, incident.Killed);
    }

    [Fact]
    public void ZeroThenATollOfAnEarlierWeekday_TheTollIsNotTonights()
    {
        // published on a Wednesday: «в понедельник» is two days before the night the report is about
        var result = Run("Прошедшей ночью дроны атаковали Бердянск, повреждены окна трех домов. Пострадавших нет.\n\n" +
                         "В понедельник губернатор сообщил, что в результате обстрела жилого района в Запорожской области ранения получила женщина.");

        var berdiansk = Assert.Single(result.Incidents, i => i.Place?.Name == "Berdiansk");
        Assert.Equal((0, 0), (berdiansk.Killed, berdiansk.Injured));
    }

    [Fact]
    public void DeadManThenWomenListedByAge_OneKilledTwoInjured()
    {
        // «женщины» alone reads as one woman: the last age made a second death next to «погиб»
        var result = Run("Ночью беспилотники атаковали Чугуевский район. В селе Малиновка погиб 59-летний мужчина, пострадали 60-летняя и 53-летняя женщины.");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal((1, 2), (incident.Killed, incident.Injured));
    }
}
