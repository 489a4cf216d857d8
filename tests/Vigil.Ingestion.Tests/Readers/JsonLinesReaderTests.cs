using System.Text;

namespace Vigil.Ingestion.Tests.Readers;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Read_ObjectPerLine_ReportPerLineWithMetadata()
    {
        const string Jsonl = """
            {"text":"Three were killed in Kharkiv.","title":"Kharkiv","published":"2025-06-11T16:30:00+03:00","source":"Wire","url":"https://wire.example/k?utm_medium=x","language":"en"}

            {"text":"Один загинув у Херсоні."}
            """;

        var results = ReportReaders.ReadString(Jsonl, "w.jsonl", extension: ".jsonl").ToList();

        Assert.Equal(2, results.Count);
        var first = results[0].Report!;
        Assert.Equal("w.jsonl#1", first.Origin);
        Assert.Equal("Kharkiv", first.Title);
        Assert.Equal("Wire", first.Source);
        Assert.Equal("https://wire.example/k", first.Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 13, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("jsonl", first.Format);
        var third = results[1].Report!;
        Assert.Equal("w.jsonl#3", third.Origin);
        Assert.StartsWith("sha256:", third.Key, StringComparison.Ordinal);
        Assert.Equal("uk", third.Language);
    }

    [Fact]
    public void Read_BadLinesAmongGood_EachFailsAloneWithLineNumber()
    {
        const string Jsonl = """
            {"text":"First report."}
            {"text": "unterminated
            [1,2,3]
            {"title":"no text here"}
            {"text":"Fifth report.","published":"someday"}
            {"text":"Sixth report."}
            """;

        var results = ReportReaders.ReadString(Jsonl, "m.jsonl", extension: ".jsonl").ToList();

        Assert.Equal(6, results.Count);
        Assert.True(results[0].IsSuccess);
        Assert.Equal("m.jsonl#2", results[1].Origin);
        Assert.StartsWith("malformed JSON", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("expected a JSON object", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("'text'", results[3].Error, StringComparison.Ordinal);
        Assert.Contains("'published'", results[4].Error, StringComparison.Ordinal);
        Assert.True(results[5].IsSuccess);
        Assert.Equal("m.jsonl#6", results[5].Origin);
    }

    [Fact]
    public void Read_DeeplyNestedLine_FailsWithoutStoppingBatch()
    {
        var deep = "{\"text\":\"x\",\"n\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var jsonl = deep + "\n{\"text\":\"After the deep line.\"}\n";

        var results = ReportReaders.ReadString(jsonl, "deep.jsonl", extension: ".jsonl").ToList();

        Assert.Equal(2, results.Count);
        Assert.False(results[0].IsSuccess);
        Assert.Contains("depth", results[0].Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("After the deep line.", results[1].Report!.Text);
    }

    [Fact]
    public void Read_LineOverLimit_SkippedAndNextLineRead()
    {
        var options = new ReaderOptions { MaxLineBytes = 1000 };
        var jsonl = "{\"text\":\"" + new string('a', 5000) + "\"}\n{\"text\":\"short\"}\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));

        var results = ReportReaders.ReadStream(stream, "big.jsonl", InputFormat.JsonLines, options: options).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal("big.jsonl#1", results[0].Origin);
        Assert.Contains("longer than 1000 bytes", results[0].Error, StringComparison.Ordinal);
        Assert.Equal("short", results[1].Report!.Text);
    }

    [Fact]
    public void Read_ReportOverCharacterLimit_FailureNamesLimit()
    {
        var options = new ReaderOptions { MaxReportChars = 100 };
        var jsonl = "{\"text\":\"" + new string('b', 101) + "\"}\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));

        var failure = ReportReaders.ReadStream(stream, "x.jsonl", InputFormat.JsonLines, options: options).SingleFailure();

        Assert.Contains("over the limit of 100", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8OnOneLine_ThatLineFails()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"text\":\"bad "));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"text\":\"good\"}\n"));
        using var stream = new MemoryStream(bytes.ToArray());

        var results = ReportReaders.ReadStream(stream, "enc.jsonl", InputFormat.JsonLines).ToList();

        Assert.Equal("invalid UTF-8", results[0].Error);
        Assert.Equal("good", results[1].Report!.Text);
    }

    [Fact]
    public void Read_BomAndCrlf_FirstLineRead()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"text\":\"with bom\"}\r\n{\"text\":\"second\"}\r\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var results = ReportReaders.ReadStream(stream, "bom.jsonl", extension: ".jsonl").ToList();

        Assert.Equal(["with bom", "second"], results.Select(r => r.Report!.Text));
    }

    [Fact]
    public void Read_ManyLinesFromStream_AllReadInOrder()
    {
        var builder = new StringBuilder();
        for (var i = 1; i <= 5000; i++)
        {
            builder.Append("{\"text\":\"Report number ").Append(i).Append(".\"}\n");
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(builder.ToString()));

        var results = ReportReaders.ReadStream(stream, "many.jsonl", InputFormat.JsonLines).ToList();

        Assert.Equal(5000, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal("Report number 5000.", results[^1].Report!.Text);
        Assert.Equal("many.jsonl#5000", results[^1].Origin);
    }
}
