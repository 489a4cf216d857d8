namespace Vigil.Ingestion.Tests.Readers;

/// <summary>A channel's t.me/s/NAME page, written for these tests in the shape Telegram serves.</summary>
public sealed class TelegramPreviewReaderTests
{
    private const string Preview = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Sample Oblast Administration – Telegram</title></head>
        <body>
        <div class="tgme_channel_info_header_title"><span dir="auto">Sample Oblast Administration</span></div>
        <section class="tgme_channel_history js-message_history">
         <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="sample_ova/1201">
           <div class="tgme_widget_message_text js-message_text" dir="auto">Overnight a drone hit a house in Sumy.<br/>Two people were injured.<script>alert(1)</script></div>
           <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/sample_ova/1201"><time datetime="2025-09-18T05:40:00+00:00" class="time">08:40</time></a></div>
          </div>
         </div>
         <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="sample_ova/1202">
           <a class="tgme_widget_message_photo_wrap" href="https://t.me/sample_ova/1202"></a>
           <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date"><time datetime="2025-09-18T06:00:00+00:00">09:00</time></a></div>
          </div>
         </div>
         <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="sample_ova/1203">
           <div class="tgme_widget_message_text js-message_text" dir="auto">Update: <b>three</b> injured now.</div>
           <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date"><time datetime="soon">09:30</time></a></div>
          </div>
         </div>
         <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="javascript:alert(1)">
           <div class="tgme_widget_message_text js-message_text">Not a post address.</div>
          </div>
         </div>
         <div class="tgme_widget_message_wrap js-widget_message_wrap">
          <div class="tgme_widget_message js-widget_message" data-post="sample_ova/1205">
           <div class="tgme_widget_message_text js-message_text" dir="auto">Power is back in the Sumy district.</div>
           <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date"><time datetime="2025-09-18T12:15:00+00:00">15:15</time></a></div>
          </div>
         </div>
        </section>
        </body></html>
        """;

    [Fact]
    public void Read_ChannelPreview_OneReportPerPostWithTextTimeSourceAndUrl()
    {
        var results = ReportReaders.ReadString(Preview, "sample_ova.html", extension: ".html").ToList();

        Assert.Equal(["sample_ova.html#1201", "sample_ova.html#1203", "sample_ova.html#javascript:alert(1)", "sample_ova.html#1205"], results.Select(r => r.Origin));
        var first = results[0].Report!;
        Assert.Equal("Overnight a drone hit a house in Sumy.\nTwo people were injured.", first.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 18, 5, 40, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Sample Oblast Administration", first.Source);
        Assert.Equal("https://t.me/sample_ova/1201", first.Url);
        Assert.Equal("https://t.me/sample_ova/1205", results[3].Report!.Url);
    }

    [Fact]
    public void Read_BrokenPosts_OneLineErrorEachAndTheRestRead()
    {
        var results = ReportReaders.ReadString(Preview, "sample_ova.html", extension: ".html").ToList();

        Assert.Contains("not a date", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("not NAME/NUMBER", results[2].Error, StringComparison.Ordinal);
        Assert.Equal(2, results.Count(r => r.IsSuccess));
    }

    [Fact]
    public void Read_OrdinaryArticleMentioningTheClassName_StillAnArticle()
    {
        const string article = "<html><body><article><h1>How Telegram previews work</h1><p>Each post is a tgme_widget_message element.</p></article></body></html>";

        var result = Assert.Single(ReportReaders.ReadString(article, "a.html", extension: ".html"));

        Assert.True(result.IsSuccess);
        Assert.Contains("tgme_widget_message", result.Report!.Text, StringComparison.Ordinal);
    }
}
