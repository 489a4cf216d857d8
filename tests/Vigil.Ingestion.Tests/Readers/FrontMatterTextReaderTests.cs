namespace Vigil.Ingestion.Tests.Readers;

public sealed class FrontMatterTextReaderTests
{
    private const string WithFrontMatter = """
        ---
        title: "Night attack on Sumy"
        published: 2025-06-11T07:30:00+03:00
        source: Regional desk
        url: https://example.org/sumy/?utm_source=x
        ---

        Two people were killed in Sumy overnight.

        Nine were injured.
        """;

    [Fact]
    public void Read_FrontMatter_MetadataFromFields()
    {
        var report = ReportReaders.ReadString(WithFrontMatter, "a.md", extension: ".md").Single();

        Assert.Equal("Night attack on Sumy", report.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 7, 30, 0, TimeSpan.FromHours(3)), report.Published);
        Assert.Equal(TimeSpan.FromHours(3), report.Published!.Value.Offset);
        Assert.Equal("Regional desk", report.Source);
        Assert.Equal("https://example.org/sumy", report.Url);
        Assert.Equal("https://example.org/sumy", report.Key);
        Assert.Equal("markdown", report.Format);
        Assert.Equal("a.md", report.Origin);
    }

    [Fact]
    public void Read_FrontMatter_TextIsBodyAfterClosingFence()
    {
        var report = ReportReaders.ReadString(WithFrontMatter, "a.txt", extension: ".txt").Single();

        Assert.Equal("Two people were killed in Sumy overnight.\n\nNine were injured.", report.Text);
        Assert.Equal(ReportIdentity.ContentHash(report.Text), report.ContentHash);
        Assert.Equal("text", report.Format);
    }

    [Fact]
    public void Read_NoFrontMatter_WholeTextAndHashKey()
    {
        var report = ReportReaders.ReadString("# Odesa port hit\r\n\r\nOne person was injured.\r\n", "b.md", extension: ".md").Single();

        Assert.Equal("# Odesa port hit\n\nOne person was injured.", report.Text);
        Assert.Equal("Odesa port hit", report.Title);
        Assert.Null(report.Url);
        Assert.Equal("sha256:" + report.ContentHash, report.Key);
        Assert.Null(report.Published);
    }

    [Fact]
    public void Read_SameTextDifferentLineEndings_SameKey()
    {
        var unix = ReportReaders.ReadString("One killed.\nTwo injured.\n", "u.txt", extension: ".txt").Single();
        var windows = ReportReaders.ReadString("One killed.\r\nTwo injured.  \r\n", "w.txt", extension: ".txt").Single();

        Assert.Equal(unix.Key, windows.Key);
    }

    [Fact]
    public void Read_UnclosedFrontMatter_FailureWithReason()
    {
        var failure = ReportReaders.ReadString("---\ntitle: x\nsource: y\n", "c.md", extension: ".md").SingleFailure();

        Assert.Equal("c.md", failure.Origin);
        Assert.Contains("never closed", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProseInsideFrontMatter_FailureNamesLine()
    {
        var failure = ReportReaders.ReadString("---\ntitle: x\nOne killed.\n---\nBody.", "c.md", extension: ".md").SingleFailure();

        Assert.Equal("front matter line 3 is not 'key: value'", failure.Error);
    }

    [Fact]
    public void Read_BadPublishedDate_FailureNamesField()
    {
        var failure = ReportReaders.ReadString("---\npublished: yesterday-ish\n---\nOne killed.\n", "d.md", extension: ".md").SingleFailure();

        Assert.Contains("published", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FrontMatterOnly_FailureNoText()
    {
        var failure = ReportReaders.ReadString("---\ntitle: empty\n---\n\n", "e.md", extension: ".md").SingleFailure();

        Assert.Equal("no report text", failure.Error);
    }

    [Fact]
    public void Read_CyrillicWithoutLanguage_GuessedUkrainian()
    {
        var report = ReportReaders.ReadString("Унаслідок атаки на Харків загинули троє людей, ще 60 поранені.", "u.txt", extension: ".txt").Single();

        Assert.Equal("uk", report.Language);
    }
}
