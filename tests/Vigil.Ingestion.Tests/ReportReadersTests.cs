using System.Text;

namespace Vigil.Ingestion.Tests;

public sealed class ReportReadersTests
{
    [Fact]
    public void Read_Folder_RecursiveOrdinalOrderKnownExtensionsOnly()
    {
        using var folder = new TempFolder();
        folder.Write("b/z.txt", "Report Z.");
        folder.Write("a.md", "Report A.");
        folder.Write("b/a.txt", "Report BA.");
        folder.Write("B.txt", "Report capital B.");
        folder.Write("picture.png", "not read");
        folder.Write(".hidden/secret.txt", "not read");
        folder.Write(".dotfile.txt", "not read");

        var texts = ReportReaders.Read([folder.Path]).Select(r => r.Report!.Text).ToList();

        Assert.Equal(["Report capital B.", "Report A.", "Report BA.", "Report Z."], texts);
    }

    [Fact]
    public void Read_MissingPath_FailureAndBatchContinues()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "One injured.");
        var missing = Path.Combine(folder.Path, "missing.txt");

        var results = ReportReaders.Read([missing, good]).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(missing, results[0].Origin);
        Assert.Equal("no such file or folder", results[0].Error);
        Assert.True(results[1].IsSuccess);
    }

    [Fact]
    public void Read_ExplicitFileWithUnknownExtension_SniffedAndRead()
    {
        using var folder = new TempFolder();
        var feed = folder.Write("download.bin", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title><item><description>One killed.</description></item></channel></rss>");

        var report = ReportReaders.Read([feed]).Single();

        Assert.Equal("rss", report.Format);
        Assert.Equal(feed + "#1", report.Origin);
    }

    [Fact]
    public void Read_BinaryJunk_FailureWithReason()
    {
        using var folder = new TempFolder();
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        junk[10] = 0;
        var path = folder.Write("junk.txt", junk);

        var failure = ReportReaders.Read([path]).SingleFailure();

        Assert.Contains("binary", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8Text_FailureNamesByte()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("Kharkiv: ").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray();
        var path = folder.Write("latin.txt", bytes.Concat(Encoding.UTF8.GetBytes(" three killed")).ToArray());

        var failure = ReportReaders.Read([path]).SingleFailure();

        Assert.Equal("invalid UTF-8 at byte 9", failure.Error);
    }

    [Fact]
    public void Read_Utf8BomAndUtf16Bom_DecodedToSameReport()
    {
        using var folder = new TempFolder();
        const string Text = "Харків: троє загиблих.";
        var utf8 = folder.Write("bom8.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray());
        var utf16 = folder.Write("bom16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray());

        var reports = ReportReaders.Read([utf8, utf16]).Select(r => r.Report!).ToList();

        Assert.Equal(Text, reports[0].Text);
        Assert.Equal(reports[0].Key, reports[1].Key);
    }

    [Fact]
    public void Read_EmptyFile_Failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", "  \n\n");

        Assert.Equal("empty file", ReportReaders.Read([path]).SingleFailure().Error);
    }

    [Fact]
    public void Read_WholeFileOverLimit_FailureNamesLimit()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.html", "<html><body><p>" + new string('x', 200_000) + "</p></body></html>");

        var failure = ReportReaders.Read([path], new ReaderOptions { MaxDocumentBytes = 100_000 }).SingleFailure();

        Assert.Contains("larger than 100000 bytes", failure.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", null, InputFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", null, InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", ".html", InputFormat.Feed)]
    [InlineData("{\n \"name\": \"C\",\n \"messages\": []\n}", null, InputFormat.TelegramExport)]
    [InlineData("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", ".json", InputFormat.JsonLines)]
    [InlineData("{\"text\":\"a\"}", ".jsonl", InputFormat.JsonLines)]
    [InlineData("---\ntitle: x\n---\nBody", null, InputFormat.Text)]
    [InlineData("Plain words.", ".html", InputFormat.Text)]
    public void Sniff_Content_PicksReader(string content, string? extension, InputFormat expected)
    {
        var format = ReportReaders.Sniff(Encoding.UTF8.GetBytes(content), extension, out var failure);

        Assert.Null(failure);
        Assert.Equal(expected, format);
    }

    [Fact]
    public void Read_Samples_TwelveItemsNoFailures()
    {
        var results = ReportReaders.Read([Samples.ReportsFolder]).ToList();

        Assert.All(results, r => Assert.True(r.IsSuccess, r.ToString()));
        Assert.Equal(12, results.Count);
        Assert.Equal(11, results.Select(r => r.Report!.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["atom", "html", "jsonl", "markdown", "rss", "telegram"],
            results.Select(r => r.Report!.Format).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.NotNull(r.Report!.Published));
    }

    [Fact]
    public void Read_SamplesTwice_SameKeysAndHashes()
    {
        var first = ReportReaders.Read([Samples.ReportsFolder]).Select(r => (r.Report!.Key, r.Report.ContentHash)).ToList();
        var second = ReportReaders.Read([Samples.ReportsFolder]).Select(r => (r.Report!.Key, r.Report.ContentHash)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => ReportReaders.Read([Samples.ReportsFolder], cancellation.Token).ToList());
    }

    [Fact]
    public void ExpandInputs_FolderAndMissing_FilesInReadOrder()
    {
        var inputs = ReportReaders.ExpandInputs([Samples.ReportsFolder, "/no/such/path"]).ToList();

        Assert.Equal(7, inputs.Count(i => i.Error is null));
        Assert.Equal("/no/such/path", inputs[^1].Path);
        Assert.NotNull(inputs[^1].Error);
    }
}

public sealed class BrokenSamplesTests
{
    [Fact]
    public void Read_BrokenSamples_FourFailuresTwoReportsInOrder()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Samples.ReportsFolder)!, "broken");

        var results = ReportReaders.Read([folder]).ToList();

        var origins = results.Select(r => Path.GetRelativePath(folder, r.Origin)).ToList();
        Assert.Equal(["binary-junk.txt", "malformed-feed.rss", "truncated-line.jsonl#1", "truncated-line.jsonl#2", "truncated-line.jsonl#3", "windows-1252.txt"], origins);
        Assert.Equal([false, false, true, false, true, false], results.Select(r => r.IsSuccess));
        Assert.Equal("invalid UTF-8 at byte 3", results[^1].Error);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.DoesNotContain('\n', r.Error!));
    }
}
