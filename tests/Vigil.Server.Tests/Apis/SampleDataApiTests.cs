using System.Text;
using System.Text.Json;

namespace Vigil.Server.Tests.Apis;

/// <summary>Every read endpoint over a store the real ingest built from the bundled sample reports.</summary>
public sealed class SampleDataApiTests(SampleServer server) : IClassFixture<SampleServer>
{
    [Fact]
    public async Task Health_SampleStore_OkWithCounts()
    {
        var health = await server.GetJson("health");
        var incidents = await server.GetJson("api/v1/incidents");
        var reports = await server.GetJson("api/v1/reports");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(incidents.GetProperty("total").GetInt64(), health.GetProperty("incidents").GetInt64());
        Assert.Equal(reports.GetProperty("total").GetInt64(), health.GetProperty("reports").GetInt64());
        Assert.True(health.GetProperty("incidents").GetInt64() > 0);
    }

    [Fact]
    public async Task InterfaceStrings_EnglishAndUkrainian_SameKeysNoneEmptyButDeliberateBlanks()
    {
        var english = await server.GetJson("i18n/en.json");
        var ukrainian = await server.GetJson("i18n/uk.json");

        // Plural forms differ by language (Ukrainian has few and many): compare the keys they belong to.
        static List<string> Keys(JsonElement strings) => strings.EnumerateObject()
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p.Name, @"\.(zero|one|two|few|many|other)$", string.Empty))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Keys(english), Keys(ukrainian));
        Assert.Contains("reason.in_lead", Keys(ukrainian));
        // A blank string is deliberate only where English is blank too (the exact qualifier, a day's precision).
        var blanks = ukrainian.EnumerateObject().Where(p => p.Value.GetString()!.Length == 0).Select(p => p.Name).ToList();
        Assert.All(blanks, key => Assert.Equal(string.Empty, english.GetProperty(key).GetString()));
    }

    [Fact]
    public async Task GetIncident_EveryListedId_FullIncidentWithClaimsAndReports()
    {
        var list = await server.GetJson("api/v1/incidents");

        foreach (var id in Json.Ids(list))
        {
            var incident = await server.GetJson("api/v1/incidents/" + id);
            Assert.Equal(id, incident.GetProperty("id").GetString());
            var killed = incident.GetProperty("figures").GetProperty("killed");
            Assert.True(killed.TryGetProperty("low", out _) && killed.TryGetProperty("high", out _) && killed.TryGetProperty("history", out _));
            var claims = incident.GetProperty("claims").EnumerateArray().ToList();
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("evidence").GetProperty("text").GetString())));
            var reports = incident.GetProperty("reports").EnumerateArray().ToList();
            Assert.Equal(incident.GetProperty("report_count").GetInt32(), reports.Count);
            Assert.All(reports, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("id").GetString())));
        }
    }

    [Fact]
    public async Task GetReport_ReportOfAnIncident_TextWithClaimSpansAndOwningIncident()
    {
        var id = Json.Ids(await server.GetJson("api/v1/incidents"))[0];
        var incident = await server.GetJson("api/v1/incidents/" + id);
        var reportId = incident.GetProperty("reports")[0].GetProperty("id").GetString();

        var report = await server.GetJson("api/v1/reports/" + reportId);

        var text = report.GetProperty("text").GetString()!;
        var claims = report.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var evidence = claim.GetProperty("evidence");
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(evidence.GetProperty("text").GetString(), text[start..end]);
        }

        Assert.Contains(claims, c => c.GetProperty("incident_id").GetString() == id);
        Assert.Equal(report.GetProperty("version").GetInt32(), report.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("current").GetBoolean()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ListReports_FollowingCursors_EveryReportOnce()
    {
        var total = (await server.GetJson("api/v1/reports")).GetProperty("total").GetInt64();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await server.GetJson("api/v1/reports?limit=4" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            seen.AddRange(Json.Ids(page));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null && seen.Count <= total);

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ListReports_TextQuery_OnlyReportsContainingTheWord()
    {
        var all = await server.GetJson("api/v1/reports");
        var matching = await server.GetJson("api/v1/reports?q=Odesa");

        var ids = Json.Ids(matching);
        Assert.NotEmpty(ids);
        Assert.True(ids.Count < all.GetProperty("total").GetInt64());
        foreach (var id in ids)
        {
            var report = await server.GetJson("api/v1/reports/" + id);
            Assert.Contains("odesa", report.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("not-base64-!!")]
    [InlineData("aHR0cHM6Ly9leGFtcGxlLm9yZy9ub3BlCg")]
    public async Task GetReport_UnknownId_404Problem(string id)
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/reports/" + id, UriKind.Relative));

        await Json.ReadProblem(response, 404);
    }

    [Fact]
    public async Task Incidents_PlaceSpelledTheRussianWay_SameAsCanonical()
    {
        var canonical = Json.Ids(await server.GetJson("api/v1/incidents?place=Kharkiv"));
        var russian = Json.Ids(await server.GetJson("api/v1/incidents?place=Kharkov"));
        var cyrillic = Json.Ids(await server.GetJson("api/v1/incidents?place=%D0%A5%D0%B0%D1%80%D0%BA%D1%96%D0%B2"));

        Assert.NotEmpty(canonical);
        Assert.Equal(canonical, russian);
        Assert.Equal(canonical, cyrillic);
    }

    [Fact]
    public async Task Incidents_TextQuery_IncidentsWhoseReportsSayIt()
    {
        var all = Json.Ids(await server.GetJson("api/v1/incidents"));
        var withWord = Json.Ids(await server.GetJson("api/v1/incidents?q=Peresypskyi"));

        Assert.NotEmpty(withWord);
        Assert.True(withWord.Count < all.Count);
        var incident = await server.GetJson("api/v1/incidents/" + withWord[0]);
        Assert.Equal("Odesa", incident.GetProperty("place").GetProperty("name").GetString());
    }

    [Fact]
    public async Task DailyStats_NoFilter_SumsMatchTheIncidentsAndTallies()
    {
        var days = (await server.GetJson("api/v1/stats/daily")).GetProperty("items").EnumerateArray().ToList();
        var incidents = await server.GetJson("api/v1/incidents?limit=5000");

        Assert.Equal(incidents.GetProperty("total").GetInt64(), days.Sum(d => d.GetProperty("incidents").GetInt64()));
        var killed = incidents.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("killed").ValueKind == JsonValueKind.Number ? i.GetProperty("killed").GetInt64() : 0);
        Assert.Equal(killed, days.Sum(d => d.GetProperty("killed").GetInt64()));
        var dates = days.Select(d => d.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var tallies = (await server.GetJson("api/v1/air-defense")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(tallies);
        Assert.Equal(tallies.Sum(t => t.GetProperty("launched").GetInt64()), days.Sum(d => d.GetProperty("launched").GetInt64()));
    }

    [Fact]
    public async Task Incidents_KnownCity_UkrainianNameBesideTheCanonicalOne()
    {
        var items = (await server.GetJson("api/v1/incidents?oblast=UA-63")).GetProperty("items").EnumerateArray().ToList();
        var place = items.Select(i => i.GetProperty("place")).First(p => p.GetProperty("name").GetString() == "Kharkiv");
        var id = items.First(i => i.GetProperty("place").GetProperty("name").GetString() == "Kharkiv").GetProperty("id").GetString();
        var detail = await server.GetJson("api/v1/incidents/" + id);

        Assert.Equal("Харків", place.GetProperty("name_uk").GetString());
        Assert.Equal("Харків", detail.GetProperty("place").GetProperty("name_uk").GetString());
    }

    [Fact]
    public async Task DailyStats_DateRangeOutsideData_Empty()
    {
        var days = await server.GetJson("api/v1/stats/daily?from=2001-01-01&to=2001-12-31");

        Assert.Empty(days.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task OblastStats_Filtered_OnlyThatOblast()
    {
        var rows = (await server.GetJson("api/v1/stats/oblasts?oblast=Odesa")).GetProperty("items").EnumerateArray().ToList();
        var all = (await server.GetJson("api/v1/stats/oblasts")).GetProperty("items").EnumerateArray().ToList();
        var total = (await server.GetJson("api/v1/incidents")).GetProperty("total").GetInt64();

        Assert.Equal("UA-51", Assert.Single(rows).GetProperty("admin1_code").GetString());
        Assert.Equal(total, all.Sum(r => r.GetProperty("incidents").GetInt64()));
    }

    [Theory]
    [InlineData("api/v1/stats/daily?weapon=laser", "weapon")]
    [InlineData("api/v1/stats/oblasts?from=2025-02-30", "from")]
    [InlineData("api/v1/air-defense?to=soon", "to")]
    [InlineData("api/v1/export?format=xlsx", "format")]
    [InlineData("api/v1/export?format=csv&oblast=Atlantis", "oblast")]
    [InlineData("api/v1/reports?limit=-3", "limit")]
    public async Task BadParameter_400ProblemNamingIt(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        var problem = await Json.ReadProblem(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AirDefense_Tallies_EvidenceAndReportThatResolve()
    {
        var tallies = (await server.GetJson("api/v1/air-defense")).GetProperty("items").EnumerateArray().ToList();

        var tally = Assert.Single(tallies, t => t.GetProperty("weapon").GetString() == "drone");
        Assert.True(tally.GetProperty("launched").GetInt32() >= tally.GetProperty("intercepted").GetInt32());
        var report = await server.GetJson("api/v1/reports/" + tally.GetProperty("report_id").GetString());
        var evidence = tally.GetProperty("evidence");
        Assert.Equal(evidence.GetProperty("text").GetString(),
            report.GetProperty("text").GetString()![evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("geojson")]
    [InlineData("json")]
    public async Task Export_WithFilter_SameIncidentsAsTheList(string format)
    {
        const string filter = "oblast=Kharkiv&weapon=drone,glide_bomb";
        var listed = Json.Ids(await server.GetJson("api/v1/incidents?limit=5000&" + filter)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(listed);

        using var response = await server.Client.GetAsync(new Uri($"api/v1/export?format={format}&{filter}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var exported = format switch
        {
            "csv" => body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]),
            "geojson" => JsonDocument.Parse(body).RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").GetString()!),
            _ => JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!),
        };
        Assert.Equal(listed, exported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Oblasts_Boundaries_27FeaturesWithIsoIdsAndNames()
    {
        var oblasts = await server.GetJson("api/v1/oblasts");

        var features = oblasts.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(27, features.Count);
        Assert.All(features, f =>
        {
            Assert.Matches("^UA-[0-9]{2}$", f.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(f.GetProperty("properties").GetProperty("name").GetString()));
        });
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryArea()
    {
        var document = await server.GetJson("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/reports", "/api/v1/reports/{id}",
                     "/api/v1/stats/daily", "/api/v1/stats/oblasts", "/api/v1/air-defense", "/api/v1/export", "/api/v1/oblasts", "/health" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task Root_Dashboard_IndexHtmlFromTheAssembly()
    {
        using var response = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", body, StringComparison.OrdinalIgnoreCase);
        var direct = await server.Client.GetByteArrayAsync(new Uri("/index.html", UriKind.Relative));
        Assert.Equal(body, Encoding.UTF8.GetString(direct));
    }
}
