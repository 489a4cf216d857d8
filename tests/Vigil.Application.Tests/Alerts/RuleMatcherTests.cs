using Vigil.Application.Alerts;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Tests.Alerts;

public sealed class RuleMatcherTests
{
    private static readonly DateTimeOffset Created = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IncidentSnapshot Kharkiv = new("2025-06-11-kharkiv-aaaaaa", new DateOnly(2025, 6, 11), "Kharkiv", "Kyivskyi",
        "Kharkiv Oblast", "UA-63", ["drone", "missile"], 2, 10, null, 1, null);

    private static WatchRule Rule(string? place = null, string? oblast = null, IReadOnlyList<string>? weapons = null,
        int? minKilled = null, int? minInjured = null, int? minCasualties = null) =>
        new(1, "r", "olena", place, oblast, weapons ?? [], minKilled, minInjured, minCasualties, false, null, null, Created);

    private static IncidentChange Change(IncidentChangeKind kind, IncidentSnapshot? incident, DateTimeOffset? at = null) =>
        new(7, "2025-06-11-kharkiv-aaaaaa", kind, incident, at ?? Created.AddDays(10));

    [Fact]
    public void Matches_RuleWithoutConditions_EveryNewOrChangedIncident()
    {
        Assert.True(RuleMatcher.Matches(Rule(), Change(IncidentChangeKind.New, Kharkiv)));
        Assert.True(RuleMatcher.Matches(Rule(), Change(IncidentChangeKind.Changed, Kharkiv)));
    }

    [Fact]
    public void Matches_Removal_Never()
    {
        Assert.False(RuleMatcher.Matches(Rule(), Change(IncidentChangeKind.Removed, null)));
    }

    [Fact]
    public void Matches_ChangeBeforeTheRuleWasMade_NotMatched()
    {
        Assert.False(RuleMatcher.Matches(Rule(), Change(IncidentChangeKind.New, Kharkiv, Created.AddSeconds(-1))));
    }

    [Theory]
    [InlineData("Kharkiv", true)]
    [InlineData("kharkiv", true)]
    [InlineData("Kyivskyi", true)]
    [InlineData("Odesa", false)]
    public void Matches_Place_PlaceOrDistrictIgnoringCase(string place, bool expected)
    {
        Assert.Equal(expected, RuleMatcher.Matches(Rule(place: place), Kharkiv));
    }

    [Theory]
    [InlineData("UA-63", true)]
    [InlineData("Kharkiv Oblast", true)]
    [InlineData("kharkiv", true)]
    [InlineData("UA-51", false)]
    public void Matches_Oblast_CodeOrNameWithOrWithoutOblast(string oblast, bool expected)
    {
        Assert.Equal(expected, RuleMatcher.Matches(Rule(oblast: oblast), Kharkiv));
    }

    [Theory]
    [InlineData("missile", true)]
    [InlineData("glide_bomb,drone", true)]
    [InlineData("artillery", false)]
    public void Matches_Weapons_AnyOfThem(string weapons, bool expected)
    {
        Assert.Equal(expected, RuleMatcher.Matches(Rule(weapons: weapons.Split(',')), Kharkiv));
    }

    [Theory]
    [InlineData(2, null, null, true)]
    [InlineData(3, null, null, false)]
    [InlineData(null, 10, null, true)]
    [InlineData(null, 11, null, false)]
    [InlineData(null, null, 12, true)]
    [InlineData(null, null, 13, false)]
    [InlineData(1, 5, 12, true)]
    public void Matches_Minimums_CompareCurrentFigures(int? minKilled, int? minInjured, int? minCasualties, bool expected)
    {
        Assert.Equal(expected, RuleMatcher.Matches(Rule(minKilled: minKilled, minInjured: minInjured, minCasualties: minCasualties), Kharkiv));
    }

    [Fact]
    public void Matches_MissingFigures_CountAsZero()
    {
        var unknown = Kharkiv with { Killed = null, Injured = null };

        Assert.True(RuleMatcher.Matches(Rule(minCasualties: 0), unknown));
        Assert.False(RuleMatcher.Matches(Rule(minKilled: 1), unknown));
    }

    [Fact]
    public void Matches_EveryConditionMustHold()
    {
        Assert.False(RuleMatcher.Matches(Rule(oblast: "UA-63", weapons: ["artillery"]), Kharkiv));
        Assert.True(RuleMatcher.Matches(Rule(place: "Kharkiv", oblast: "UA-63", weapons: ["drone"], minKilled: 1), Kharkiv));
    }
}
