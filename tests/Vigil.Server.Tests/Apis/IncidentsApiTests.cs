using System.Globalization;
using System.Text.Json;
using Vigil.Storage;

namespace Vigil.Server.Tests.Apis;

/// <summary><c>GET /api/v1/incidents</c> over 300 synthetic incidents: order, paging, every filter, every bad value.</summary>
public sealed class IncidentsApiTests(SyntheticServer server) : IClassFixture<SyntheticServer>
{
    // What the API promises: newest first, undated last, then id; the broken-document row is undated.
    private static List<StoredIncident> Expected(Func<StoredIncident, bool> predicate) =>
        [.. SyntheticServer.Incidents.Where(predicate)
            .OrderByDescending(i => i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)];

    private static List<string> ExpectedIds(Func<StoredIncident, bool> predicate) => [.. Expected(predicate).Select(i => i.Id)];

    [Fact]
    public async Task List_NoFilters_FirstPageNewestFirstWithTotal()
    {
        var page = await server.GetJson("api/v1/incidents");

        Assert.Equal(SyntheticServer.Count + 1, page.GetProperty("total").GetInt64());
        Assert.Equal(ExpectedIds(_ => true).Take(100), Json.Ids(page));
        Assert.Equal(JsonValueKind.String, page.GetProperty("next_cursor").ValueKind);
    }

    [Fact]
    public async Task List_FollowingCursors_VisitsEveryMatchOnceInOrder()
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await server.GetJson("api/v1/incidents?oblast=UA-63&limit=7" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            Assert.Equal(ExpectedIds(i => i.Admin1Code == "UA-63").Count, page.GetProperty("total").GetInt64());
            seen.AddRange(Json.Ids(page));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.Equal(ExpectedIds(i => i.Admin1Code == "UA-63"), seen);
    }

    [Fact]
    public async Task List_Summary_HasEveryContractField()
    {
        var page = await server.GetJson("api/v1/incidents?limit=1");
        var item = page.GetProperty("items")[0];
        var expected = Expected(_ => true)[0];

        Assert.Equal(expected.Id, item.GetProperty("id").GetString());
        Assert.Equal(expected.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item.GetProperty("date").GetString());
        Assert.Equal("day", item.GetProperty("date_precision").GetString());
        var place = item.GetProperty("place");
        Assert.Equal(expected.Place, place.GetProperty("name").GetString());
        Assert.Equal(expected.Admin1Code, place.GetProperty("admin1_code").GetString());
        Assert.Equal("point", place.GetProperty("precision").GetString());
        Assert.Equal(expected.Weapons, item.GetProperty("weapons").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("RU", item.GetProperty("attacker").GetString());
        foreach (var field in new[] { "killed", "injured", "children_killed", "children_injured", "missing", "report_count", "contested" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }

        Assert.False(item.TryGetProperty("claims", out _));
        Assert.False(item.TryGetProperty("figures", out _));
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "oblast=Kharkiv", "oblast:UA-63" },
        { "oblast=Odesa%20Oblast", "oblast:UA-51" },
        { "oblast=%D0%A1%D1%83%D0%BC%D1%81%D1%8C%D0%BA%D0%B0%20%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C", "oblast:UA-59" },
        { "place=Kharkov", "place:Kharkiv" },
        { "place=Zaporozhye", "place:Zaporizhzhia" },
        { "weapon=missile", "weapon:missile" },
        { "weapon=glide_bomb,artillery", "weapon:glide_bomb|artillery" },
        { "weapon=glide_bomb&weapon=artillery", "weapon:glide_bomb|artillery" },
        { "min_killed=5", "min_killed:5" },
        { "min_injured=20", "min_injured:20" },
        { "min_casualties=25", "min_casualties:25" },
        { "from=2025-02-01&to=2025-02-10", "dates:2025-02-01|2025-02-10" },
        { "from=2025-03-15", "dates:2025-03-15|" },
        { "bbox=36,49.9,37,50.0", "bbox:36|49.9|37|50.0" },
        { "oblast=UA-63&weapon=drone&min_injured=3", "oblast:UA-63;weapon:drone;min_injured:3" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_Filter_ReturnsExactlyTheMatchingIncidents(string query, string rule)
    {
        var page = await server.GetJson("api/v1/incidents?limit=5000&" + query);

        var expected = ExpectedIds(i => rule.Split(';').All(part => Matches(i, part)));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Json.Ids(page));
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next_cursor").ValueKind);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2025-13-01", "from" },
        { "from=yesterday", "from" },
        { "from=2025-03-02&to=2025-03-01", "from" },
        { "oblast=Narnia", "oblast" },
        { "place=Atlantisville", "place" },
        { "weapon=laser", "weapon" },
        { "weapon=drone,laser", "weapon" },
        { "min_killed=-1", "min_killed" },
        { "min_injured=many", "min_injured" },
        { "min_casualties=1.5", "min_casualties" },
        { "bbox=1,2,3", "bbox" },
        { "bbox=a,b,c,d", "bbox" },
        { "bbox=40,50,30,45", "bbox" },
        { "bbox=170,0,190,10", "bbox" },
        { "limit=0", "limit" },
        { "limit=5001", "limit" },
        { "limit=ten", "limit" },
        { "cursor=not-a-cursor!", "cursor" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task List_BadParameter_400ProblemNamingIt(string query, string parameter)
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/incidents?" + query, UriKind.Relative));

        var problem = await Json.ReadProblem(response, 400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.False(string.IsNullOrEmpty(messages[0].GetString()));
    }

    [Fact]
    public async Task List_TextOverLimit_400()
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/incidents?q=" + new string('a', 201), UriKind.Relative));

        var problem = await Json.ReadProblem(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task List_SeveralBadParameters_AllNamedInOneProblem()
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/incidents?oblast=Narnia&weapon=laser&from=x", UriKind.Relative));

        var problem = await Json.ReadProblem(response, 400);
        var names = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["from", "oblast", "weapon"], names);
    }

    [Fact]
    public async Task Get_UnknownId_404Problem()
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/incidents/no-such-incident", UriKind.Relative));

        var problem = await Json.ReadProblem(response, 404);
        Assert.Contains("no-such-incident", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServerFault_500ProblemWithoutStackTrace()
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/incidents/" + SyntheticServer.BrokenId, UriKind.Relative));

        var problem = await Json.ReadProblem(response, 500);
        var text = problem.ToString();
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_404Problem()
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/nothing-here", UriKind.Relative));

        await Json.ReadProblem(response, 404);
    }

    private static bool Matches(StoredIncident i, string rule)
    {
        var colon = rule.IndexOf(':', StringComparison.Ordinal);
        var (name, value) = (rule[..colon], rule[(colon + 1)..]);
        int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
        double Dbl(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        switch (name)
        {
            case "oblast": return i.Admin1Code == value;
            case "place": return i.Place == value;
            case "weapon": return value.Split('|').Any(w => i.Weapons.Contains(w));
            case "min_killed": return (i.Killed ?? 0) >= Int(value);
            case "min_injured": return (i.Injured ?? 0) >= Int(value);
            case "min_casualties": return (i.Killed ?? 0) + (i.Injured ?? 0) >= Int(value);
            case "dates":
                var parts = value.Split('|');
                var from = DateOnly.Parse(parts[0], CultureInfo.InvariantCulture);
                return i.Date is { } d && d >= from && (parts[1].Length == 0 || d <= DateOnly.Parse(parts[1], CultureInfo.InvariantCulture));
            case "bbox":
                var b = value.Split('|').Select(Dbl).ToArray();
                return i.Lon >= b[0] && i.Lon <= b[2] && i.Lat >= b[1] && i.Lat <= b[3];
            default: throw new ArgumentException(rule);
        }
    }
}
