using Vigil.Core;

namespace Vigil.Extraction.Tests.Specs;

public sealed class SpecScorerTests
{
    private static readonly DateOnly Day = new(2025, 5, 20);

    private static SpecIncident Expected(string place, string? role, int? killed) =>
        new(place, "UA-59", null, "2025-05-20", "day", ["drone"], "RU", killed, null, null, null, null, null, null) { Role = role };

    private static ReportIncident Extracted(string place, int? killed) =>
        new(new PlaceRef(place, PlaceKind.Settlement, null, null, "UA-59", "UA", null, null, place), Day, DatePrecision.Day,
            [Weapon.Drone], Side.RU, killed, null, null, null, null, null, [], []);

    private static SpecScorer Score(IReadOnlyList<SpecIncident> expected, IReadOnlyList<ReportIncident> actual)
    {
        var spec = new SpecCase("t-1", "wire", [], "2025-05-20", null, new SpecExpect(expected, [], [], [], []));
        var scorer = new SpecScorer();
        scorer.Score(spec, new ExtractionResult(DocumentInfo.Plain(Day), actual, [], [], [], []));
        return scorer;
    }

    [Fact]
    public void Score_MissingBackgroundIncident_IsNotAFalseNegative()
    {
        var scorer = Score([Expected("Sumy", "main", 1), Expected("Bilopillia", "background", 2)], [Extracted("Sumy", 1)]);

        Assert.Equal(0, scorer.Fields["killed"].FalseNegatives);
        Assert.Equal(1, scorer.Fields["killed"].TruePositives);
        Assert.Equal(1, scorer.PerfectCases);
    }

    [Fact]
    public void Score_ExtractedBackgroundIncidentWithWrongFigure_IsScored()
    {
        var scorer = Score([Expected("Sumy", "main", 1), Expected("Bilopillia", "background", 2)], [Extracted("Sumy", 1), Extracted("Bilopillia", 3)]);

        Assert.Equal(1, scorer.Fields["killed"].FalsePositives);
        Assert.Equal(1, scorer.Fields["killed"].FalseNegatives);
    }

    [Fact]
    public void Score_PlaceInAnotherRomanisation_PairsAndIsRight()
    {
        var scorer = Score([Expected("Graivoron", "main", 1)], [Extracted("Grayvoron", 1)]);

        Assert.Equal(1, scorer.Fields["place"].TruePositives);
        Assert.Equal(1, scorer.Fields["killed"].TruePositives);
        Assert.Equal(1, scorer.MainPlacesRight);
    }

    [Fact]
    public void Score_AnotherPlace_DoesNotPair()
    {
        var scorer = Score([Expected("Sumy", "main", 1)], [Extracted("Shostka", 1)]);

        Assert.Equal(0, scorer.MainPlacesRight);
        Assert.Equal(1, scorer.Fields["killed"].FalseNegatives);
    }

    [Fact]
    public void Score_MissingSecondaryIncident_IsAFalseNegative()
    {
        var scorer = Score([Expected("Sumy", "main", 1), Expected("Bilopillia", "secondary", 2)], [Extracted("Sumy", 1)]);

        Assert.Equal(1, scorer.Fields["killed"].FalseNegatives);
    }

    [Fact]
    public void Score_BackgroundAtMainPlace_DoesNotTakeTheMainIncidentsMatch()
    {
        // The background incident is listed first; the main one must still get the only extraction.
        var scorer = Score([Expected("Sumy", "background", 2), Expected("Sumy", "main", 1)], [Extracted("Sumy", 1)]);

        Assert.Equal(1, scorer.Fields["killed"].TruePositives);
        Assert.Equal(0, scorer.Fields["killed"].FalseNegatives);
        Assert.Equal(1, scorer.MainPlacesRight);
    }

    [Fact]
    public void SummaryFigures_PoolCasualtyAndFigureFields()
    {
        var scorer = Score([Expected("Sumy", "main", 1), Expected("Nedryhailiv", "main", 4)], [Extracted("Sumy", 1), Extracted("Nedryhailiv", 9)]);

        Assert.Equal(0.5, scorer.Precision(SpecScorer.CasualtyFields), 3);
        Assert.Equal(0.5, scorer.F1(SpecScorer.FigureFields), 3);
        Assert.Equal(2, scorer.MainIncidents);
        Assert.Equal(2, scorer.MainPlacesRight);
    }

    [Fact]
    public void Score_FiguresStated_EachRecordedWithItsOutcome()
    {
        var scorer = Score([Expected("Sumy", "main", 1), Expected("Nedryhailiv", "main", 4)],
            [Extracted("Sumy", 1), Extracted("Nedryhailiv", 9), Extracted("Romny", 2)]);

        Assert.Equal(["right", "wrong_value", "extra_incident"], scorer.Figures.Select(f => f.Outcome));
        var wrong = scorer.Figures[1];
        Assert.Equal(("Nedryhailiv", "killed", 9, "4", "main"), (wrong.Place, wrong.Field, wrong.Value, wrong.Expected, wrong.IncidentRole));
        Assert.Equal("t-1", wrong.CaseId);
    }

    [Theory]
    [InlineData("Oleh Syniehubov", "Oleg Sinegubov")]
    [InlineData("Vyacheslav Gladkov", "Viacheslav Hladkov")]
    [InlineData("Ihor Terekhov", "Igor Terekhov")]
    public void SpeakerKey_RomanisationVariants_SameKey(string a, string b) =>
        Assert.Equal(SpecScorer.SpeakerKey(a), SpecScorer.SpeakerKey(b));

    [Fact]
    public void SpeakerKey_DifferentPeople_DifferentKeys() =>
        Assert.NotEqual(SpecScorer.SpeakerKey("Oleh Syniehubov"), SpecScorer.SpeakerKey("Ihor Terekhov"));
}
