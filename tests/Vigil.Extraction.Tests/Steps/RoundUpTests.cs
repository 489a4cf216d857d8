using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Issue 7 (en10, from set H): regions' daily round-ups, lives at risk, warnings, region breakdowns of a tally, children and stress reactions.</summary>
public sealed class RoundUpTests
{
    [Fact]
    public void Extract_TownAndCountedOtherSettlements_TollIsTheOblasts()
    {
        var incident = Extract.Single("Russian troops struck the town of Kupiansk and 14 other settlements in the Kharkiv region on Tuesday, killing one man and wounding three people.");
        Assert.Equal((PlaceKind.Oblast, "UA-63"), (incident.Place!.Kind!.Value, incident.Place.Admin1Code));
        Assert.Equal((1, 3), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_ListOfThreeTownsThenPlacelessToll_TollIsTheOblasts()
    {
        var incident = Extract.Single("Over the past day, the Russian army fired on Beryslav, Bilozerka and the city of Kherson. Three civilians were wounded as a result.");
        Assert.Equal((PlaceKind.Oblast, "UA-65"), (incident.Place!.Kind!.Value, incident.Place.Admin1Code));
        Assert.Equal(3, incident.Injured);
    }

    [Fact]
    public void Extract_CountOfLocalitiesAfterATownsIncident_NotTheTownsFigure()
    {
        var incident = Extract.Single("A drone hit a car in Vovchansk on Monday, injuring a man. Russian forces shelled about 20 localities in the Kharkiv region that day, killing four people.");
        Assert.Equal("Vovchansk", incident.Place!.Name);
        Assert.Null(incident.Killed);
        Assert.Contains(incident.Claims, c => c.Field == ClaimField.Killed && c.Value == 4 && c.Confidence!.Level == ConfidenceLevel.Low);
    }

    [Theory]
    [InlineData("A missile struck a water pumping station in Mykolaiv on Friday, putting at risk the lives of 200,000 residents, the mayor said. Two workers were injured.")]
    [InlineData("A missile struck a water pumping station in Mykolaiv on Friday, which endangered the lives of 200,000 residents, the mayor said. Two workers were injured.")]
    public void Extract_LivesAtRisk_NoDeaths(string text)
    {
        var incident = Extract.Single(text);
        Assert.Null(incident.Killed);
        Assert.Equal(2, incident.Injured);
    }

    [Fact]
    public void Extract_BareCountOverOneRegionAfterMinistryTally_IsAPartNotAnAddition()
    {
        var result = Extract.Run("Russia's defence ministry said on Saturday its air defences had destroyed 22 Ukrainian drones overnight. Twelve were downed over the Bryansk region, the ministry added.", new DateOnly(2024, 7, 13));
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((Side.UA, 22), (tally.Attacker!.Value, tally.Intercepted));
    }

    [Fact]
    public void Extract_CommanderOfTheUkrainianArmedForces_ReportsTheTallyNotLaunches()
    {
        var result = Extract.Run("Russia launched 40 missiles at Ukraine on Thursday, of which 30 were shot down, said the commander-in-chief of the Ukrainian armed forces.", new DateOnly(2023, 2, 17));
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((Side.RU, 40, 30), (tally.Attacker!.Value, tally.Launched, tally.Intercepted));
    }

    [Fact]
    public void Extract_PlaceAWarningNames_IsNotWhereItStruck()
    {
        var result = Extract.Run("Overnight the air force warned of a cruise missile heading for Kremenchuk. Two people were injured, the governor said.");
        Assert.DoesNotContain(result.Incidents, i => i.Place?.Name == "Kremenchuk");
    }

    [Fact]
    public void Extract_RegionTollThenTownByTown_NotTheFirstTownsFigure()
    {
        var result = Extract.Run("Russian attacks on the Sumy region killed three people over the past day, the regional administration said. " +
                                 "In the town of Krasnopillia, a drone hit a car. In Bilopillia, two people died.");
        var first = Assert.Single(result.Incidents, i => i.Place?.Name == "Krasnopillia");
        var second = Assert.Single(result.Incidents, i => i.Place?.Name == "Bilopillia");
        Assert.Null(first.Killed);
        Assert.Contains(first.Claims, c => c.Field == ClaimField.Killed && c.Value == 3 && c.Confidence!.Level == ConfidenceLevel.Low);
        Assert.Equal(2, second.Killed);
    }

    [Fact]
    public void Extract_MinorChildrenInjured_CountsChildren()
    {
        var incident = Extract.Single("A drone struck a house in Konotop overnight. Two minor children were injured, the mayor said.");
        Assert.Equal((2, 2), (incident.Injured, incident.ChildrenInjured));
    }

    [Fact]
    public void Extract_AcuteStressReaction_IsAnInjury()
    {
        var incident = Extract.Single("A guided bomb hit a high-rise in Kharkiv on Sunday. A 70-year-old woman suffered an acute stress reaction, the mayor said.");
        Assert.Equal(1, incident.Injured);
    }

    [Fact]
    public void Extract_PlaceAfterRegionsRoundUp_IsItsOwnIncident()
    {
        // the toll was told for the region before the day's round-up; the district named after it with a toll of its own is another incident
        // (the real gazetteer: the test one has no raions)
        var result = new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract("Overnight, Russian forces struck a boarding school in the Kherson region. Eight people were killed and 20 were injured. " +
                                 "Over the past day, the enemy fired at 25 settlements of the region. A 60-year-old man was wounded in the Beryslav district.", DocumentInfo.Plain(Extract.Published));
        var region = Assert.Single(result.Incidents, i => i.Place?.Name == "Kherson Oblast");
        Assert.Equal((8, 20), (region.Killed, region.Injured));
        var district = Assert.Single(result.Incidents, i => i.Place?.Name == "Beryslav Raion");
        Assert.Equal((null, 1), (district.Killed, district.Injured));
    }
}
