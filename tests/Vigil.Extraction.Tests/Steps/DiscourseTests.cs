using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>
/// What real reports wrap around their main incident: datelines, recaps of earlier attacks,
/// officials' titles naming other places, round-ups, sub-counts, the other side's claims. Only the
/// sentences about the incident give it figures, weapons and a place.
/// </summary>
public sealed class DiscourseTests
{
    [Fact]
    public void Extract_MainStrikeRecapDatelineAndMoDClaim_OneIncidentWithItsOwnFigures()
    {
        const string text = """
            KYIV (Reuters) — Russian drones struck the southern city of Odesa overnight, killing three people and injuring 11, Governor Oleh Kiper said on Wednesday. Four of the injured remain in hospital.

            Earlier this week, a missile attack on Kharkiv killed two people and wounded 20.

            Russia's defence ministry said its air defences destroyed 25 Ukrainian drones over the Belgorod and Kursk regions overnight.
            """;
        var result = Extract.Run(text);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Odesa", incident.Place?.Name);
        Assert.Equal(3, incident.Killed);
        Assert.Equal(11, incident.Injured);
        Assert.Equal([Weapon.Drone], incident.Weapons);
        Assert.Equal(Side.RU, incident.Attacker);
        Assert.Equal(Extract.Published, incident.Date);
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal(Side.UA, tally.Attacker);
        Assert.Equal(ClaimScope.AdversaryClaim, tally.Scope);
        Assert.Equal(25, tally.Intercepted);
    }

    [Fact]
    public void Extract_SummaryUnderTheHeadlineWithoutFullStop_GivesTheFigures()
    {
        // A news page's standfirst: a sentence under the headline that lost its full stop; the body that follows never repeats the toll.
        const string text = """
            Deadly strike on Zaporizhzhia

            Regional officials reported that 9 people were killed and more than 30 wounded when Russian missiles hit Zaporizhzhia

            Rescuers worked through the night at the damaged apartment block. The strike came shortly after midnight.
            """;
        var incident = Extract.Single(text);
        Assert.Equal("Zaporizhzhia", incident.Place?.Name);
        Assert.Equal((9, 30), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_UnpunctuatedLineAfterTheBodyBegins_IsAnotherArticlesHeadline()
    {
        // The same shape of line once the body has begun is a related article's headline: its figures are not this report's.
        const string text = """
            Deadly strike on Zaporizhzhia

            A Russian missile hit a warehouse in Zaporizhzhia on Wednesday, injuring two workers, officials said.

            Officials reported that 9 people were killed and more than 30 wounded when Russian missiles hit Zaporizhzhia in March

            Rescuers cleared the rubble by the evening.
            """;
        var incident = Extract.Single(text);
        Assert.Equal(2, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Fact]
    public void Extract_CaptionUnderTheHeadline_IsNotTheSummary()
    {
        const string text = """
            Strike on Zaporizhzhia

            Rescuers at the site of an earlier strike that killed 9 people and wounded 30 in central Zaporizhzhia last spring Photo: regional administration

            A Russian missile hit a warehouse in Zaporizhzhia on Wednesday, injuring two workers, officials said.
            """;
        var incident = Extract.Single(text);
        Assert.Equal(2, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Fact]
    public void Extract_DatelineOnly_PlaceComesFromTheBody()
    {
        var incident = Extract.Single("ODESA, Ukraine — A Russian missile hit a warehouse in Mykolaiv on Tuesday, injuring four workers, officials said.");
        Assert.Equal("Mykolaiv", incident.Place?.Name);
        Assert.Equal(4, incident.Injured);
    }

    [Fact]
    public void Extract_RecapOnAnotherCity_AddsNothingToTheMainIncident()
    {
        var incident = Extract.Single("A drone hit a house in Sumy on Wednesday, injuring a woman. On Monday, a strike on another city killed five people with a ballistic missile.");
        Assert.Equal(1, incident.Injured);
        Assert.Null(incident.Killed);
        Assert.Equal([Weapon.Drone], incident.Weapons);
    }

    [Fact]
    public void Extract_SinceTheStartOfTheMonth_NotTheIncidentsToll()
    {
        var incident = Extract.Single("Shelling of Kherson injured two residents on Wednesday. Since the start of the month, 41 civilians have been killed in the region.");
        Assert.Equal(2, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Fact]
    public void Extract_OfficialsTitleNamesAnotherRegion_NotThePlace()
    {
        var incident = Extract.Single("Serhiy Lysak, head of the Dnipropetrovsk regional administration, said a drone attack on Kherson killed one man.");
        Assert.Equal("Kherson", incident.Place?.Name);
        Assert.Equal(1, incident.Killed);
    }

    [Fact]
    public void Extract_ReadAlsoLine_IgnoredAsBoilerplate()
    {
        var incident = Extract.Single("A glide bomb hit Kharkiv on Wednesday, injuring six people.\nRead also: Missile strike on Lviv killed seven in July");
        Assert.Equal("Kharkiv", incident.Place?.Name);
        Assert.Equal(6, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Theory]
    [InlineData("Nine people were injured in the attack on Poltava. Three of them remain in hospital.", 9)]
    [InlineData("Twelve people were wounded in Chernihiv; four are in serious condition.", 12)]
    [InlineData("A missile strike on Poltava wounded 14. Two of the injured are in a critical condition.", 14)]
    public void Extract_SubCountOfTheInjured_NeverTheTotal(string text, int injured)
    {
        var incident = Extract.Single(text);
        Assert.Equal(injured, incident.Injured);
    }

    [Fact]
    public void Extract_OnlyASubCount_LowConfidenceClaimNoFigure()
    {
        var incident = Extract.Single("A drone struck Sumy on Wednesday. Two people remain in hospital in serious condition.");
        Assert.Null(incident.Injured);
        var claim = Assert.Single(incident.Claims, c => c.Field == ClaimField.Injured);
        Assert.Equal(ConfidenceLevel.Low, claim.Confidence?.Level);
        Assert.Contains("sub_count", claim.Confidence!.Reasons);
    }

    [Fact]
    public void Extract_RegionWideRoundUp_NotPutOnTheTown()
    {
        var incident = Extract.Single("A drone hit Nikopol on Wednesday, injuring two people. Over the past day, Russian attacks across the region injured 14 people, the governor said.");
        Assert.Equal("Nikopol", incident.Place?.Name);
        Assert.Equal(2, incident.Injured);
        Assert.Contains(incident.Claims, c => c.Value == 14 && c.Confidence?.Level == ConfidenceLevel.Low);
    }

    [Fact]
    public void Extract_AttributedLeadFigure_HighConfidence()
    {
        var incident = Extract.Single("A Russian missile killed four people in Dnipro on Wednesday, regional governor Serhiy Lysak said.");
        var claim = Assert.Single(incident.Claims, c => c.Field == ClaimField.Killed);
        Assert.Equal(ConfidenceLevel.High, claim.Confidence?.Level);
        Assert.Contains("attributed", claim.Confidence!.Reasons);
        Assert.Contains("in_lead", claim.Confidence.Reasons);
    }

    [Theory]
    [InlineData("A Russian drone killed a woman in Kherson on Monday, the governor said.", ClaimField.Killed, "single_person")]
    [InlineData("A Russian missile hit Bucha and Irpin on Monday, killing three people, the governor said.", ClaimField.Killed, "several_places")]
    [InlineData("A Russian drone attack on Sumy region killed two people on Monday, the governor said.", ClaimField.Killed, "wide_place")]
    [InlineData("Three Russian drones hit Lviv on Monday, the mayor said.", ClaimField.Hit, "hit_count")]
    [InlineData("Two people were killed when a Russian drone hit a lorry in Kherson on Monday, the governor said. A woman was killed by shelling in another part of the city.", ClaimField.Killed, "parts_beside")]
    [InlineData("At least 40 people have been injured, the prosecutor's office said. Investigators are still documenting the damage. Several schools were closed. Power was restored in the evening. A Russian missile hit Odesa on Monday.", ClaimField.Injured, "place_not_named")]
    public void Extract_AmbiguousEvidence_NotHighConfidence(string text, ClaimField field, string reason)
    {
        var claim = Extract.Run(text).Incidents.SelectMany(i => i.Claims).First(c => c.Field == field);
        Assert.NotEqual(ConfidenceLevel.High, claim.Confidence?.Level);
        Assert.Contains(reason, claim.Confidence!.Reasons);
    }

    [Fact]
    public void Extract_RegionTollNarrowedToATownNamedLater_NotHighConfidence()
    {
        // the region's toll, its incident narrowed to the town whose school a later sentence names: the place may be wrong
        const string text = "Ворог атакував дронами Херсонську область. Троє людей були поранені, повідомив голова ОВА. Пошкоджено навчальний заклад у Херсоні.";
        var result = new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(text, new DocumentInfo(null, Extract.Published, "uk", null, null));

        var claim = result.Incidents.SelectMany(i => i.Claims).Single(c => c.Field == ClaimField.Injured && c.Value == 3);
        Assert.Equal(ConfidenceLevel.Medium, claim.Confidence?.Level);
        Assert.Contains("region_narrowed", claim.Confidence!.Reasons);
    }

    [Fact]
    public void Extract_DaysRoundUpThenATownWithNoToll_TheTollStaysTheRegions()
    {
        // a day's round-up of the region, its toll, then a town where shells fell and no one's toll: the toll is the region's
        const string text = "За минулу добу ворог здійснив 90 обстрілів Херсонської області. Троє людей були поранені, повідомив голова ОВА. Пошкоджено навчальний заклад у Херсоні.";
        var result = new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(text, new DocumentInfo(null, Extract.Published, "uk", null, null));

        Assert.Equal(3, Assert.Single(result.Incidents, i => i.Place?.Name == "Kherson Oblast").Injured);
        Assert.DoesNotContain(result.Incidents, i => i.Place?.Name == "Kherson" && i.Injured is not null);
    }

    [Theory]
    [InlineData("Russian artillery shelled 40 villages of the Sumy region over the past day, the governor said. One man was wounded, the police reported.\nA few days ago, drones struck a tent camp in the Putyvl community. A woman died there and six people were hurt.", "en")]
    [InlineData("За минулу добу росіяни обстріляли 40 сіл Сумської області, повідомив голова ОВА. Один чоловік зазнав поранень, повідомила поліція.\nКілька днів тому дрони вдарили по наметовому табору в Путивльській громаді. Там загинула жінка, ще шестеро людей постраждали.", "uk")]
    [InlineData("За минувшие сутки россияне обстреляли 40 сел Сумской области, сообщил глава ОВА. Один мужчина получил ранения, сообщила полиция.\nНесколько дней назад дроны ударили по палаточному лагерю в Путивльской громаде. Там погибла женщина, еще шесть человек пострадали.", "ru")]
    public void Extract_RecapOfAnEarlierAttackOnATownOfTheRegion_GivesTheRegionsDayNothing(string text, string language)
    {
        var result = new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(text, new DocumentInfo(null, Extract.Published, language, null, null));

        var region = Assert.Single(result.Incidents, i => i.Place?.Name == "Sumy Oblast");
        Assert.Equal(1, region.Injured);
        Assert.Null(region.Killed);
        Assert.DoesNotContain(result.Incidents, i => i.Killed == 1 || i.Injured == 6);
    }

    [Fact]
    public void Extract_HeadlinePrintedTwiceMoreInsideALine_CountsItsPersonOnce()
    {
        const string text = """
            У Куп'янську ворожий дрон атакував трактор, чоловік загинув

            У Куп'янську ворожий дрон атакував трактор, чоловік загинув У Куп'янську ворожий дрон атакував трактор, чоловік загинув 14.05.2025 Агенція У Куп'янську на Харківщині ворожий дрон вбив цивільного чоловіка, який працював у полі на тракторі.
            """;
        var incident = Assert.Single(new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(text, new DocumentInfo(null, Extract.Published, "uk", null, null)).Incidents);

        Assert.Equal("Kupiansk", incident.Place?.Name);
        Assert.Equal(1, incident.Killed);
    }

    [Fact]
    public void Extract_HeadlineGluedToAPhotoCaption_IsNoPlaceOfItsOwn()
    {
        const string text = """
            Russian bomb hits Sumy: two brothers killed

            Russian bomb hits Sumy: two brothers killed Photo: a damaged school (illustrative)

            Russian aircraft struck the Sumy region on Monday morning. Two brothers, aged 9 and 24, were killed in the village of Yunakivka, the prosecutor's office said.
            """;
        var result = new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(text, DocumentInfo.Plain(Extract.Published));

        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Yunakivka", incident.Place?.Name);
        Assert.Equal(2, incident.Killed);
    }

    [Fact]
    public void Extract_SubsetReadFromSentenceBefore_Inferred()
    {
        var incident = Extract.Single("A missile struck Dnipro on Tuesday, the governor said. Five people were killed. Two of them children.");
        var claim = Assert.Single(incident.Claims, c => c.Field == ClaimField.ChildrenKilled);
        Assert.Contains("inferred", claim.Confidence!.Reasons);
        Assert.NotEqual(ConfidenceLevel.High, claim.Confidence.Level);
    }

    [Fact]
    public void Extract_CalendarDatedRecapInsideSentence_NotAdded()
    {
        var incident = Extract.Single("This morning a drone hit a warehouse in Sumy, injuring one worker, the regional head said. " +
            "As the agency reported, on May 14 a drone struck a car near the city, killing one person and injuring two.", new DateOnly(2025, 5, 20));
        Assert.Equal(1, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Theory]
    [InlineData("A Russian attack targeted Kyiv and several other Ukrainian cities overnight. Officials said at least 12 people were killed in the strikes.", "en")]
    [InlineData("Russian missiles struck Lviv and many other cities on Sunday, killing 12 people.", "en")]
    [InlineData("Уночі росіяни атакували Київ та низку інших міст. Загинули щонайменше 12 людей.", "uk")]
    [InlineData("Ночью российские ракеты атаковали Киев и ряд других городов. Погибли по меньшей мере 12 человек.", "ru")]
    public void Extract_OneTownOfAnUncountedMany_TollIsNoTownsFigure(string text, string language)
    {
        // the toll is over all the places struck: stating it as the named city's would be a wrong number
        var result = Extract.Run(text, language: language);
        Assert.All(result.Incidents, i => Assert.Null(i.Killed));
    }

    [Theory]
    [InlineData("The governor wrote that drone attacks had wounded four civilians, two of them children. In Vovchansk two girls were hurt when a drone blew up next to a house.", "en")]
    [InlineData("Губернатор сообщил, что в результате атак дронов ранены четыре мирных жителя, в том числе двое детей. В Волчанске при взрыве дрона возле дома пострадали две девочки.", "ru")]
    public void Extract_RegionsTollThenATownsSmallerCount_TollIsNotTheTowns(string text, string language)
    {
        // the four were the attacks' over the region; the town's own count is the two children
        var incident = Assert.Single(Extract.Run(text, language: language).Incidents);
        Assert.NotEqual(4, incident.Injured);
        Assert.Contains(incident.Claims, c => c.Value == 4 && c.Confidence!.Level == ConfidenceLevel.Low);
    }

    [Fact]
    public void Extract_OneFigureForTwoTowns_NeitherTownsFigure()
    {
        var result = Extract.Run("Russian forces shelled Nikopol and struck Marhanets overnight, injuring six civilians, the governor said.");
        Assert.All(result.Incidents, i => Assert.Null(i.Injured));
        Assert.Contains(result.Incidents.SelectMany(i => i.Claims), c => c.Value == 6 && c.Confidence!.Reasons.Contains("several_places"));
    }

    [Fact]
    public void Extract_ZeroWhereDroneWasShotDown_NoIncident()
    {
        var result = Extract.Run("Russia's defence ministry said air defences destroyed an unmanned aerial vehicle over the Kursk region on Saturday. There were no casualties, the ministry said.");
        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void Extract_NoCasualtiesReported_ZeroAndAnIncident()
    {
        var incident = Extract.Single("A drone hit a warehouse in Brovary overnight. No casualties were reported.");
        Assert.Equal(0, incident.Killed);
        Assert.Equal(0, incident.Injured);
    }

    [Fact]
    public void Extract_OvernightAttack_ClaimsCarryOvernight()
    {
        var incident = Extract.Single("Russian drones attacked Odesa overnight, injuring three people.");
        Assert.All(incident.Claims, c => Assert.True(c.Overnight));
        var day = Extract.Single("A Russian drone hit Odesa on Tuesday afternoon, injuring three people.");
        Assert.All(day.Claims, c => Assert.False(c.Overnight));
    }

    [Fact]
    public void Extract_NeedsStated_TypedNeedsOnTheIncident()
    {
        var incident = Extract.Single("A missile hit a boiler house in Kryvyi Rih on Wednesday, injuring two. Thousands of residents were left without heating and water.");
        Assert.Contains(incident.Needs, n => n.Type == NeedType.Heating);
        Assert.Contains(incident.Needs, n => n.Type == NeedType.Water);
    }

    [Fact]
    public void Extract_RecapOpenedByAWeaponFiredInAnEarlierMonth_ItsNextSentenceGivesNothing()
    {
        const string text = """
            Russian drones hit houses in Sumy on Tuesday, the regional administration said. "There are no casualties," it added.

            In March, Russian troops fired Grad rockets at a village near the border. Four people were injured – three men and a woman.
            """;

        var incident = Extract.Single(text);

        Assert.Equal("Sumy", incident.Place?.Name);
        Assert.Equal((0, 0), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_RoundUpThenAnUnplacedToll_TheTollStaysTheRegionsNotTheCitys()
    {
        const string text = """
            Russian shelling killed a woman in Kherson on Wednesday morning, governor Oleksandr Prokudin said.

            Over the past day, Russian troops shelled residential areas of settlements in the region, damaging 14 houses. One person was killed and nine more were injured, Prokudin said.
            """;

        var incident = Extract.Single(text);

        Assert.Equal(("Kherson", 1, (int?)null), (incident.Place?.Name, incident.Killed, incident.Injured));
        Assert.All(incident.Claims.Where(c => c.Field == ClaimField.Injured), c => Assert.Equal(ConfidenceLevel.Low, c.Confidence?.Level));
    }

    [Fact]
    public void Extract_ShoutedPlaceJoinedByAHyphenToTheNextSentence_IsStillADateline()
    {
        var incident = Extract.Single("KYIV-Russia struck the city of Odesa overnight, killing two people.");

        Assert.Equal(("Odesa", 2), (incident.Place?.Name, incident.Killed));
    }

    [Fact]
    public void Extract_TitleCaseDatelineWithColonBeforeAnotherRegionsAttack_IsNoPlaceOfTheAttack()
    {
        var incident = Extract.Single("Kyiv: Russian shelling over the weekend killed three people in the Kherson region, the regional governor said on Monday.");

        Assert.Equal(("Kherson Oblast", 3), (incident.Place?.Name, incident.Killed));
    }

    [Fact]
    public void Extract_PlaceWithColonBeforeItsOwnAttack_IsThePlace()
    {
        var incident = Extract.Single("Kharkiv: a Russian drone hit a house on Monday, injuring two people, the mayor said.");

        Assert.Equal(("Kharkiv", 2), (incident.Place?.Name, incident.Injured));
    }
}
