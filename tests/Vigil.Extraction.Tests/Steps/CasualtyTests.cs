using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Casualty phrasing, children as a subset, totals and increments, revisions, zero, vague amounts, missing people.</summary>
public sealed class CasualtyTests
{
    [Theory]
    [InlineData("Russian shelling killed two people in Kherson.")]
    [InlineData("Two people were killed in Russian shelling of Kherson.")]
    [InlineData("Two residents died after shelling of Kherson.")]
    [InlineData("Two civilians perished in a strike on Kherson.")]
    [InlineData("Two people lost their lives in shelling of Kherson.")]
    [InlineData("Rescuers recovered the bodies of two people after a strike on Kherson.")]
    [InlineData("Shelling of Kherson left two dead.")]
    [InlineData("Two brothers were killed in Russian shelling of Kherson.")]
    [InlineData("Two retirees died after shelling of Kherson.")]
    public void Extract_KilledPhrasing_KilledTwo(string text)
    {
        var incident = Extract.Single(text);
        Assert.Equal(2, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Theory]
    [InlineData("Russian shelling injured four people in Kherson.")]
    [InlineData("Four people were wounded in shelling of Kherson.")]
    [InlineData("Four people were hurt in a strike on Kherson.")]
    [InlineData("Four people were hospitalised after a strike on Kherson.")]
    [InlineData("Four people sustained injuries in a strike on Kherson.")]
    [InlineData("Four residents suffered shrapnel wounds in a strike on Kherson.")]
    public void Extract_InjuredPhrasing_InjuredFour(string text)
    {
        var incident = Extract.Single(text);
        Assert.Equal(4, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Theory]
    [InlineData("In Kherson a 51-year-old man received a mine-blast and closed craniocerebral injury in a drone strike.", 1)]
    [InlineData("In Kherson a 70-year-old woman suffered a severe shrapnel wound to the arm in a drone strike.", 1)]
    [InlineData("In Kherson a man received a phone call about the injury of his neighbour after a drone strike.", null)]
    public void Extract_KindOfWoundBetweenVerbAndWound_Injured(string text, int? injured)
    {
        Assert.Equal(injured, Extract.Single(text).Injured);
    }

    [Theory]
    [InlineData("Russian shelling injured two men and three women in Kherson.", "en", 5)]
    [InlineData("Russian shelling injured two men, three women in Kherson.", "en", 5)]
    [InlineData("Four police officers and five civilians were injured in Kherson.", "en", 9)]
    [InlineData("Two of the residents, a man and a woman, were injured in Kherson.", "en", 2)]
    [InlineData("У Херсоні постраждали 11 людей: троє чоловіків і вісім жінок.", "uk", 11)]
    [InlineData("У Херсоні травмувалися жінки 75, 73, 44, 69 років.", "uk", 4)]
    public void Extract_GroupsUnderOneVerb_AddUp(string text, string language, int injured)
    {
        // each group counted after one verb adds to the figure; a breakdown of a stated total or an apposition adds nothing
        var incident = Assert.Single(new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(text, new DocumentInfo(null, Extract.Published, language, null, null)).Incidents);
        Assert.Equal(injured, incident.Injured);
    }

    [Theory]
    [InlineData("A missile strike on Odesa injured 14 people, including three children.", 14, 3)]
    [InlineData("Fourteen people were injured in Odesa, among them three children.", 14, 3)]
    [InlineData("Fourteen people, three of them children, were injured in a strike on Odesa.", 14, 3)]
    [InlineData("A drone hit Odesa. Among the 14 injured were three children.", 14, 3)]
    [InlineData("A 14-year-old was injured in a drone strike on Odesa.", 1, 1)]
    [InlineData("A drone strike on Odesa injured a teenager and a woman.", 2, 1)]
    public void Extract_ChildrenSubset_CountedInTheTotal(string text, int injured, int children)
    {
        var incident = Extract.Single(text);
        Assert.Equal(injured, incident.Injured);
        Assert.Equal(children, incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_IncrementThenTotal_TotalWins()
    {
        var incident = Extract.Single("Rescuers found three more bodies in Dnipro on Wednesday, bringing the death toll to 18.");
        Assert.Equal(18, incident.Killed);
    }

    [Fact]
    public void Extract_Revision_LaterFigureWins()
    {
        var incident = Extract.Single("Officials in Dnipro initially reported five dead after the missile strike. The death toll later rose to 12.");
        Assert.Equal(12, incident.Killed);
    }

    [Theory]
    [InlineData("A drone hit a house in Sumy; no one was killed.", 0, null)]
    [InlineData("A drone hit a house in Sumy. There were no casualties.", 0, 0)]
    [InlineData("A drone hit a house in Sumy; nobody was injured.", null, 0)]
    public void Extract_ExplicitZero_IsZero(string text, int? killed, int? injured)
    {
        var incident = Extract.Single(text);
        Assert.Equal(killed, incident.Killed);
        Assert.Equal(injured, incident.Injured);
    }

    [Fact]
    public void Extract_NoInformationOnCasualties_IsNotZero()
    {
        var incident = Extract.Single("A drone hit a house in Sumy. There were no immediate reports of casualties.");
        Assert.Null(incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void Extract_VagueAmounts_StayNull()
    {
        var incident = Extract.Single("Dozens of people were injured and several killed as missiles hit Kharkiv.");
        Assert.Null(incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void Extract_MissingPeople_AreNotKilled()
    {
        var incident = Extract.Single("A missile destroyed a building in Odesa; two people were killed and three remain missing.");
        Assert.Equal(2, incident.Killed);
        Assert.Equal(3, incident.Missing);
    }

    [Fact]
    public void Extract_SoldiersKilled_MilitaryLossesNotAnIncident()
    {
        var result = Extract.Run("Five soldiers were killed in fighting near Pokrovsk, the military said.");
        Assert.Empty(result.Incidents);
        Assert.Contains(result.Events, e => e.Type == Vigil.Core.EventType.MilitaryLosses);
    }
    [Fact]
    public void Extract_KinshipWithAdultAge_NotAChild()
    {
        var incident = Extract.Single("A shell hit a house in Kherson on Wednesday, wounding a 68-year-old man and his 40-year-old daughter.");
        Assert.Equal(2, incident.Injured);
        Assert.Null(incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_HedgedDozen_Vague()
    {
        var incident = Extract.Single("A glide bomb hit Kharkiv on Thursday, killing three people and wounding nearly two dozen, the mayor said.");
        Assert.Equal(3, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void Extract_VerbBeforeItsObject_Wins()
    {
        var incident = Extract.Single("Drone strikes killed a 10-year-old boy in Zaporizhzhia and wounded two other people overnight, officials said.");
        Assert.Equal(1, incident.ChildrenKilled);
        Assert.Null(incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_SubsetOfANonCasualtyCount_NotCasualties()
    {
        var incident = Extract.Single("A missile killed two people in Sumy on Friday. Psychologists helped 80 residents, including 9 children.");
        Assert.Equal(2, incident.Killed);
        Assert.Null(incident.ChildrenKilled);
        Assert.Null(incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_ChildrenTallyThenInjured_BothChildrenStatistics()
    {
        var result = Extract.Run("According to juvenile prosecutors, 612 children have died and more than 1,900 were injured.");
        Assert.Empty(result.Incidents);
        Assert.Contains(result.Statistics, st => st.Metric == "children_killed_cumulative" && st.Value == 612);
        Assert.Contains(result.Statistics, st => st.Metric == "children_injured_cumulative" && st.Value == 1900);
    }
    [Fact]
    public void Extract_TwoDistrictsOfOneCity_CityKeepsItsToll()
    {
        var incident = Extract.Single("Russian drones struck residential areas in two districts of Kharkiv overnight, killing three people and injuring 45.");
        Assert.Equal(3, incident.Killed);
        Assert.Equal(45, incident.Injured);
    }

    [Fact]
    public void Extract_CityAndCountedSettlements_TollIsTheRegionsNotTheCitys()
    {
        // en10: the region's daily round-up (set B b-100, set H en-h-058: annotated as the oblast's toll), never the city's
        var result = Extract.Run("Russian forces struck the city of Kherson and eight more settlements in the region, killing three people.");
        Assert.All(result.Incidents.Where(i => i.Place?.Kind != PlaceKind.Oblast), i => Assert.Null(i.Killed));
        Assert.Equal(3, Assert.Single(result.Incidents, i => i.Place?.Kind == PlaceKind.Oblast).Killed);
    }

    [Theory]
    [InlineData("A drone struck Nikopol on Sunday, killing two people. Later one more injured man died in hospital.", 3)]
    [InlineData("A drone struck Nikopol on Sunday, killing two people. One of the wounded later died in hospital.", 2)]
    public void Extract_WoundedPersonWhoDied_CountedAmongTheDeadNotTheInjured(string text, int killed)
    {
        var incident = Extract.Single(text);

        Assert.Equal(killed, incident.Killed);
        Assert.Null(incident.Injured);
        Assert.DoesNotContain(incident.Claims, c => c.Field == ClaimField.Injured);
    }

    [Fact]
    public void Extract_WoundedPeopleTakenToHospital_StillTheInjured()
    {
        var incident = Extract.Single("A drone struck Nikopol on Sunday. Four wounded people were taken to hospital, doctors said.");

        Assert.Equal(4, incident.Injured);
    }

    [Fact]
    public void Extract_TotalThenABreakdownEndingInTwoMore_TheTotalStands()
    {
        var incident = Extract.Single("A missile hit a residential building in Kryvyi Rih on Wednesday, killing four. " +
                                      "\"Five people were injured. Three are in hospital in a serious condition. Two more were treated on the spot,\" governor Serhiy Lysak said.");

        Assert.Equal((4, 5), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_AnotherDeathAfterACountOfTheInjuredRestatingTheLead_NoSecondDeath()
    {
        const string text = """
            After a missile strike on Kremenchuk on Wednesday evening, one person was killed and 15 were injured, one of them a child.

            Governor Dmytro Lunin said: "So far 15 people are known to be injured, one of them a child. Another person was killed."
            """;

        var incident = Extract.Single(text);

        Assert.Equal((1, 15), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_AnotherDeathAfterTheDeadWereCounted_AddsToTheToll()
    {
        var incident = Extract.Single("A drone hit a house in Sumy on Wednesday, killing a man and injuring two women. Another man died in hospital later.");

        Assert.Equal((2, 2), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_CountOfHitsReported_IsTheHit()
    {
        var incident = Extract.Single("Russian forces shelled Sumy twice on Wednesday morning, damaging houses. Overall, 21 hits were reported.");

        Assert.Equal(21, incident.Hit);
    }

    [Fact]
    public void Extract_FatalInjuriesToPeople_AreDeaths()
    {
        // "resulted in fatal injuries to two elderly women" was read as two injured
        var incident = Extract.Single("An artillery shell hit a house in Kherson on Tuesday evening, which resulted in fatal injuries to two elderly men. A third man was wounded.");
        Assert.Equal((2, 1), (incident.Killed, incident.Injured));
    }
}
