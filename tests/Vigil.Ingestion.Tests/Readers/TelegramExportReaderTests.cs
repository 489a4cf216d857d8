namespace Vigil.Ingestion.Tests.Readers;

public sealed class TelegramExportReaderTests
{
    private const string Export = """
        {
         "name": "City Council",
         "type": "public_channel",
         "id": 123,
         "messages": [
          { "id": 1, "type": "service", "date": "2025-06-10T09:00:00", "date_unixtime": "1749538800", "action": "pin_message", "text": "" },
          { "id": 2, "type": "message", "date": "2025-06-11T01:30:00", "date_unixtime": "1749594600",
            "text": [ { "type": "bold", "text": "Attack." }, " Two people were killed and ", { "type": "italic", "text": "five" }, " injured. ", { "type": "hashtag", "text": "#Sumy" } ] },
          { "id": 3, "type": "message", "date": "2025-06-11T02:00:00", "date_unixtime": "1749596400", "photo": "photos/1.jpg", "text": "" },
          { "id": 4, "type": "message", "date": "2025-06-11T08:15:00", "date_unixtime": "1749618900", "edited": "2025-06-11T09:00:00", "edited_unixtime": "1749621600",
            "text": "Update: the number of injured has risen to seven." },
          { "id": 5, "type": "message", "date": "2025-06-11T08:20:00", "text": 42 }
         ]
        }
        """;

    [Fact]
    public void Read_ChannelExport_ServiceAndEmptyMessagesSkipped()
    {
        var results = ReportReaders.ReadString(Export, "result.json", extension: ".json").ToList();

        Assert.Equal(["result.json#2", "result.json#4", "result.json#5"], results.Select(r => r.Origin));
        Assert.True(results[0].IsSuccess);
        Assert.True(results[1].IsSuccess);
        Assert.False(results[2].IsSuccess);
        Assert.Contains("'text'", results[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityArray_TextJoinedInOrder()
    {
        var report = ReportReaders.ReadString(Export, "result.json", extension: ".json").First().Report!;

        Assert.Equal("Attack. Two people were killed and five injured. #Sumy", report.Text);
        Assert.Equal("City Council", report.Source);
        Assert.Equal("telegram", report.Format);
    }

    [Fact]
    public void Read_DateAndUnixTime_InstantKeptInExportersOffset()
    {
        var report = ReportReaders.ReadString(Export, "result.json", extension: ".json").First().Report!;

        // 1749594600 is 2025-06-10T22:30Z; the local "date" says 01:30, so the exporter was at +03:00.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749594600), report.Published);
        Assert.Equal(TimeSpan.FromHours(3), report.Published!.Value.Offset);
        Assert.Equal(new DateOnly(2025, 6, 11), DateOnly.FromDateTime(report.Published.Value.DateTime));
    }

    [Fact]
    public void Read_EditedMessage_UpdatedFromEditedUnixTime()
    {
        var report = ReportReaders.ReadString(Export, "result.json", extension: ".json").Skip(1).First().Report!;

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749621600), report.Updated);
    }

    [Fact]
    public void Read_NoUsername_HashIdentity()
    {
        var report = ReportReaders.ReadString(Export, "result.json", extension: ".json").First().Report!;

        Assert.Null(report.Url);
        Assert.Equal("sha256:" + report.ContentHash, report.Key);
    }

    [Fact]
    public void Read_Username_TmeUrlIdentity()
    {
        var export = Export.Replace("\"id\": 123,", "\"id\": 123, \"username\": \"@city_council\",", StringComparison.Ordinal);

        var report = ReportReaders.ReadString(export, "result.json", extension: ".json").First().Report!;

        Assert.Equal("https://t.me/city_council/2", report.Key);
    }

    [Fact]
    public void Read_DateWithoutUnixTime_TakenInConfiguredZone()
    {
        const string Export = """{"name":"C","messages":[{"id":9,"type":"message","date":"2025-06-11T07:00:00","text":"Three injured."}]}""";
        var options = new ReaderOptions { TelegramExportTimeZone = TimeZoneInfo.CreateCustomTimeZone("Kyiv summer", TimeSpan.FromHours(3), "Kyiv summer", "Kyiv summer") };

        var report = ReportReaders.ReadString(Export, "r.json", extension: ".json", options: options).Single();

        Assert.Equal(new DateTimeOffset(2025, 6, 11, 7, 0, 0, TimeSpan.FromHours(3)), report.Published);
    }

    [Fact]
    public void Read_NotAnExport_FailureWithReason()
    {
        var failure = ReportReaders.ReadString("""{"name":"x","messages":{}}""", "r.json", InputFormat.TelegramExport).SingleFailure();

        Assert.Contains("'messages'", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedJson_FailureWithParserReason()
    {
        var failure = ReportReaders.ReadString(Export[..200], "r.json", extension: ".json").SingleFailure();

        Assert.StartsWith("malformed JSON", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeplyNestedExport_FailureNotCrash()
    {
        var json = "{\"messages\":[" + new string('[', 5000) + new string(']', 5000) + "]}";

        var failure = ReportReaders.ReadString(json, "r.json", extension: ".json").SingleFailure();

        Assert.Contains("depth", failure.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_SampleExport_TwoReportsWithMayorChannel()
    {
        var reports = ReportReaders.ReadFile(Samples.File("telegram-mayor/result.json")).Select(r => r.Report!).ToList();

        Assert.Equal(2, reports.Count);
        Assert.Equal("https://t.me/orlenko_kharkiv/4141", reports[1].Key);
        Assert.Equal(new DateTimeOffset(2025, 9, 18, 5, 40, 0, TimeSpan.FromHours(3)), reports[1].Published);
        Assert.Contains("two people were killed and 21 were injured", reports[1].Text, StringComparison.Ordinal);
        Assert.Contains("city council website.", reports[1].Text, StringComparison.Ordinal);
    }
}
