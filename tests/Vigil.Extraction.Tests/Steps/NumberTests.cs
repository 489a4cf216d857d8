using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Numbers in digits and words become figures; ages, times, distances, durations, years and other non-counts never do.</summary>
public sealed class NumberTests
{
    [Theory]
    [InlineData("A drone strike on Sumy killed three people.", 3)]
    [InlineData("A drone strike on Sumy killed twenty-one people.", 21)]
    [InlineData("Sixty-two people were killed in a missile strike on Sumy.", 62)]
    [InlineData("A missile strike on Sumy killed a dozen people.", 12)]
    [InlineData("A toddler was killed in a drone strike on Sumy.", 1)]
    [InlineData("A woman died after shelling of Sumy.", 1)]
    [InlineData("One person was killed in Sumy and another died in hospital, officials said.", 2)]
    [InlineData("A married couple died when a shell hit their house in Sumy.", 2)]
    public void Extract_CountInDigitsOrWords_IsKilled(string text, int expected)
    {
        Assert.Equal(expected, Extract.Single(text).Killed);
    }

    [Theory]
    [InlineData("About 2.5 thousand residents remain in the town, 56 of them children.")]
    [InlineData("Some 1,5 thousand people still live in the town, 40 of them children.")]
    public void Extract_FractionOfAScaleBeforeASubset_IsTheSubsetsWholeNotACasualtyCount(string residents)
    {
        var incident = Extract.Single("A Russian strike on Avdiivka killed three people and wounded three. " + residents);

        Assert.Equal((3, 3, (int?)null), (incident.Killed, incident.Injured, incident.ChildrenInjured));
    }

    [Fact]
    public void Extract_ThousandsSeparator_ParsedButAWarScaleNumberIsNoIncidentFigure()
    {
        var incident = Extract.Single("A drone strike on Sumy killed 12,456 people.");

        var claim = Assert.Single(incident.Claims, c => c.Field == Core.ClaimField.Killed);
        Assert.Equal(12456, claim.Value);
        Assert.Contains("war_scale_number", claim.Confidence!.Reasons);
        Assert.Null(incident.Killed);
    }

    [Theory]
    [InlineData("A 41-year-old woman was injured in Sumy; the city is 30 kilometers from the border.", 1)]
    [InlineData("Two men, aged 63 and 70, were injured in shelling of Sumy.", 2)]
    [InlineData("Shelling of Sumy at 09:00 injured four people in a five-storey building.", 4)]
    [InlineData("In the 39-month war, a strike on Sumy injured 5 people; 150 windows were broken.", 5)]
    [InlineData("A strike on Sumy injured 7 people and left 800,000 customers without power.", 7)]
    public void Extract_NonCountsBesideACount_OnlyTheCountIsAFigure(string text, int injured)
    {
        var incident = Extract.Single(text);
        Assert.Equal(injured, incident.Injured);
        Assert.Null(incident.Killed);
    }

    [Theory]
    [InlineData("Five people were hurt in Sumy, including children aged 15, 7 and 3.", 5, 3)]
    [InlineData("A drone hit a yard in Sumy, wounding their mother and children aged 11 and 6.", 3, 2)]
    [InlineData("Eight people were injured in Sumy, including a four-year-old girl.", 8, 1)]
    [InlineData("Children aged 11 and 6 were injured when a drone hit Sumy.", 2, 2)]
    [InlineData("Two people were injured in Sumy: a twenty-year-old man and his mother.", 2, null)]
    public void Extract_ChildrenByAgeInWordsOrList_Counted(string text, int injured, int? children)
    {
        var incident = Extract.Single(text);
        Assert.Equal((injured, children), (incident.Injured, incident.ChildrenInjured));
    }

    [Theory]
    [InlineData("Children aged 2 to 15 were among those hurt in Sumy.")]
    [InlineData("The 41-year-old pharmacist survived the attack on Sumy in 2024.")]
    [InlineData("About 30% of Sumy was left without power after the attack.")]
    public void Extract_OnlyNonCounts_NoFigures(string text)
    {
        var result = Extract.Run(text);
        Assert.All(result.Incidents, i =>
        {
            Assert.Null(i.Killed);
            Assert.Null(i.Injured);
            Assert.Null(i.ChildrenInjured);
        });
    }

    [Theory]
    [InlineData("At least 5 people were killed in a strike on Sumy.", Vigil.Core.Qualifier.AtLeast)]
    [InlineData("More than 5 people were killed in a strike on Sumy.", Vigil.Core.Qualifier.MoreThan)]
    [InlineData("About 5 people were killed in a strike on Sumy.", Vigil.Core.Qualifier.About)]
    [InlineData("Up to 5 people were killed in a strike on Sumy.", Vigil.Core.Qualifier.UpTo)]
    [InlineData("Five people were killed in a strike on Sumy.", Vigil.Core.Qualifier.Exact)]
    public void Extract_Qualifier_IsOnTheClaim(string text, Vigil.Core.Qualifier qualifier)
    {
        var claim = Assert.Single(Extract.Single(text).Claims);
        Assert.Equal(5, claim.Value);
        Assert.Equal(qualifier, claim.Qualifier);
    }
}
