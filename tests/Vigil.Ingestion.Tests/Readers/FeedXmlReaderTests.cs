namespace Vigil.Ingestion.Tests.Readers;

public sealed class FeedXmlReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Regional Administration</title>
            <language>en-us</language>
            <item>
              <title>Attack on Dnipro</title>
              <link>https://admin.example/news/1/?utm_source=rss</link>
              <pubDate>Wed, 11 Jun 2025 12:05:00 +0300</pubDate>
              <description><![CDATA[<p>Two people were <b>killed</b>.</p><p>Four were injured.</p><script>alert(1)</script>]]></description>
            </item>
            <item>
              <title>Title only item</title>
              <guid isPermaLink="true">https://admin.example/news/2</guid>
              <pubDate>Thu, 12 Jun 2025 08:00:00 GMT</pubDate>
            </item>
            <item>
              <title>Bad date</title>
              <description>Text.</description>
              <pubDate>the day after tomorrow</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Emergency Service</title>
          <id>urn:feed</id>
          <entry>
            <title>Fire in Lviv</title>
            <id>urn:entry:1</id>
            <link rel="self" href="https://es.example/api/1"/>
            <link rel="alternate" href="https://es.example/news/1"/>
            <published>2025-06-11T14:10:00+03:00</published>
            <updated>2025-06-11T15:00:00+03:00</updated>
            <content type="html">&lt;p&gt;One rescuer was injured.&lt;/p&gt;&lt;p&gt;The fire is out.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Plain summary</title>
            <id>https://es.example/news/2</id>
            <updated>2025-06-12T09:00:00Z</updated>
            <summary>No one was hurt.</summary>
          </entry>
          <entry>
            <title>Xhtml content</title>
            <id>urn:entry:3</id>
            <updated>2025-06-12T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First.</p><p>Second.</p></div></content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Read_Rss_ItemPerReportWithChannelAsSource()
    {
        var results = ReportReaders.ReadString(Rss, "f.rss", extension: ".rss").ToList();

        Assert.Equal(["f.rss#1", "f.rss#2", "f.rss#3"], results.Select(r => r.Origin));
        var first = results[0].Report!;
        Assert.Equal("Two people were killed.\n\nFour were injured.", first.Text);
        Assert.Equal("Attack on Dnipro", first.Title);
        Assert.Equal("Regional Administration", first.Source);
        Assert.Equal("https://admin.example/news/1", first.Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 12, 5, 0, TimeSpan.FromHours(3)), first.Published);
        Assert.Equal(TimeSpan.FromHours(3), first.Published!.Value.Offset);
        Assert.Equal("rss", first.Format);
        Assert.Equal("en", first.Language);
    }

    [Fact]
    public void Read_RssItemWithoutDescription_TitleIsTextAndGuidIsUrl()
    {
        var second = ReportReaders.ReadString(Rss, "f.rss", extension: ".rss").ElementAt(1).Report!;

        Assert.Equal("Title only item", second.Text);
        Assert.Equal("https://admin.example/news/2", second.Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 8, 0, 0, TimeSpan.Zero), second.Published);
    }

    [Fact]
    public void Read_RssItemWithBadDate_ThatItemFails()
    {
        var third = ReportReaders.ReadString(Rss, "f.rss", extension: ".rss").ElementAt(2);

        Assert.False(third.IsSuccess);
        Assert.Contains("the day after tomorrow", third.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Atom_EntriesWithAlternateLinkAndContent()
    {
        var reports = ReportReaders.ReadString(Atom, "f.atom", extension: ".atom").Select(r => r.Report!).ToList();

        Assert.Equal(3, reports.Count);
        Assert.Equal("https://es.example/news/1", reports[0].Key);
        Assert.Equal("One rescuer was injured.\n\nThe fire is out.", reports[0].Text);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 15, 0, 0, TimeSpan.FromHours(3)), reports[0].Updated);
        Assert.Equal("Emergency Service", reports[0].Source);
        Assert.Equal("atom", reports[0].Format);
        Assert.Equal("https://es.example/news/2", reports[1].Key);
        Assert.Equal("No one was hurt.", reports[1].Text);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 9, 0, 0, TimeSpan.Zero), reports[1].Published);
        Assert.Equal("First.\n\nSecond.", reports[2].Text);
        Assert.StartsWith("sha256:", reports[2].Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_RefusedNotResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
                """;

            var failure = ReportReaders.ReadString(xxe, "x.rss", extension: ".rss").SingleFailure();

            Assert.StartsWith("malformed XML", failure.Error, StringComparison.Ordinal);
            Assert.Contains("DTD", failure.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_EntityExpansionBomb_Refused()
    {
        const string Bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>
            """;

        var failure = ReportReaders.ReadString(Bomb, "b.rss", extension: ".rss").SingleFailure();

        Assert.StartsWith("malformed XML", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_FailureWithPosition()
    {
        var failure = ReportReaders.ReadString("<rss><channel><item><title>x</item></channel></rss>", "m.xml", extension: ".xml").SingleFailure();

        Assert.StartsWith("malformed XML", failure.Error, StringComparison.Ordinal);
        Assert.Contains("Line 1", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XmlThatIsNotAFeed_FailureNamesRoot()
    {
        var failure = ReportReaders.ReadString("<?xml version=\"1.0\"?><rss-like><x/></rss-like>", "n.xml", InputFormat.Feed).SingleFailure();

        Assert.Contains("<rss-like>", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SampleFeeds_ItemsWithOffsetsAndNoMarkup()
    {
        var rss = ReportReaders.ReadFile(Samples.File("feeds/kharkiv-rma.rss")).Select(r => r.Report!).ToList();
        var atom = ReportReaders.ReadFile(Samples.File("feeds/state-emergency-service.atom")).Select(r => r.Report!).ToList();

        Assert.Equal(3, rss.Count);
        Assert.Equal(2, atom.Count);
        Assert.StartsWith("As of 12:00, three people have been killed and 60 injured, including nine children", rss[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", rss[0].Text, StringComparison.Ordinal);
        Assert.Equal("https://kharkiv-rma.example/news/2025/09/18/night-attack-consequences", rss[0].Key);
        Assert.Equal("https://sesu-news.example/news/2025-09-18-odesa-warehouse-fire", atom[1].Key);
        Assert.Contains("One person was killed and four were injured.", atom[1].Text, StringComparison.Ordinal);
    }
}
