using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Issues 7 and 11 (en9): an oblast's toll beside its centre city, superlatives, long unpunctuated paragraphs, joined groups.</summary>
public sealed class CentreCityTests
{
    [Theory]
    [InlineData("Dnipropetrovsk Oblast registered 11 people injured on Monday, including two children in the city of Dnipro, the governor said.")]
    [InlineData("Russian drones wounded eight people in Odesa Oblast on Monday, among them a child in the city of Odesa, officials said.")]
    public void Extract_OblastTollIncludingCity_NotTheCitysInjured(string text)
    {
        var incident = Extract.Single(text);
        Assert.Null(incident.Injured);
        Assert.NotNull(incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_CityTollIncludingChildren_StaysTheCitys()
    {
        var incident = Extract.Single("Russian shelling injured 11 people in the city of Dnipro on Monday, including two children, the governor said.");
        Assert.Equal((11, 2), (incident.Injured, incident.ChildrenInjured));
    }

    [Fact]
    public void Extract_LargestAttackSinceTheWarBegan_NoCumulativeStatistic()
    {
        var result = Extract.Run("The mayor said the night strike on Lviv was the largest attack on the city since the start of the war. Four people were killed, he said.", new DateOnly(2024, 9, 4));
        Assert.Empty(result.Statistics);
        Assert.Equal(4, Assert.Single(result.Incidents).Killed);
    }

    [Fact]
    public void Extract_TwoGroupsUnderOneVerb_AddUpToTheFigure()
    {
        // the annotators' reading of real reports ("four police officers and five civilians … injured" is 9): the groups add up
        var incident = Extract.Single("A drone hit a fire station in Kherson on Friday. Two rescuers and four civilians were injured, the regional administration said.");
        Assert.Equal(6, incident.Injured);
        Assert.Contains(incident.Claims, c => c.Field == ClaimField.Injured && c.Value == 2 && c.Confidence!.Level == ConfidenceLevel.Low);
    }

    [Fact]
    public void Extract_GroupWithAgesAndAPerson_AddUp()
    {
        var incident = Extract.Single("Russian troops hit Kurakhove with rocket launchers. \"Two women aged 63 and 80 and a man were injured,\" prosecutors said.");
        Assert.Equal(3, incident.Injured);
    }

    [Fact]
    public void Extract_OneFatalityAndFiveInjuries_InjuredStays()
    {
        var incident = Extract.Single("A drone hit an apartment block in Zhytomyr on Friday, resulting in one fatality and five injuries, officials said.");
        // two tolls joined by "and", not two groups of people: the injured count is the figure
        Assert.Equal(5, incident.Injured);
    }
}
