using System.Text;

namespace Vigil.Ingestion.Tests;

/// <summary>Whatever the bytes, every reader answers with results, never an exception.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<InputFormat?> Formats() =>
        [null, InputFormat.Text, InputFormat.Html, InputFormat.Feed, InputFormat.TelegramExport, InputFormat.JsonLines];

    [Theory]
    [MemberData(nameof(Formats))]
    public void ReadStream_RandomBytes_ResultsNotExceptions(InputFormat? format)
    {
        var random = new Random(20250918);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            using var stream = new MemoryStream(bytes);

            var results = ReportReaders.ReadStream(stream, "junk", format).ToList();

            Assert.All(results, r => Assert.True(r.IsSuccess || !string.IsNullOrWhiteSpace(r.Error)));
        }
    }

    [Theory]
    [InlineData("telegram-mayor/result.json")]
    [InlineData("feeds/kharkiv-rma.rss")]
    [InlineData("feeds/state-emergency-service.atom")]
    [InlineData("news/courier-2025-09-18-0900.html")]
    [InlineData("wire/eastern-wire-2025-09-18.jsonl")]
    [InlineData("notes/civil-harm-monitor-2025-09-18.md")]
    public void ReadStream_MutatedSample_ResultsNotExceptions(string sample)
    {
        var original = File.ReadAllBytes(Samples.File(sample));
        var random = new Random(sample.Length);
        for (var i = 0; i < 100; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 20); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var cut = bytes.AsSpan(0, random.Next(bytes.Length / 2, bytes.Length + 1)).ToArray();
            using var stream = new MemoryStream(cut);

            var results = ReportReaders.ReadStream(stream, sample, extension: Path.GetExtension(sample)).ToList();

            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.IsSuccess || !string.IsNullOrWhiteSpace(r.Error)));
            Assert.All(results.Where(r => !r.IsSuccess), r => Assert.DoesNotContain('\n', r.Error!));
        }
    }

    [Fact]
    public void ReadString_HtmlNestedTenThousandDeep_ReadsWithoutStackOverflow()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<div><span>", 10_000)) + "Deep text." + "</body></html>";

        // What is tested is the depth, not the speed: the parse takes seconds, near the default budget on a busy machine.
        var report = ReportReaders.ReadString(html, "deep.html", InputFormat.Html, options: new ReaderOptions { HtmlParseTimeout = TimeSpan.FromMinutes(5) }).Single();

        Assert.Equal("Deep text.", report.Text);
    }

    [Fact]
    public void Paragraphs_TreeDeeperThanCallStack_WalkedIteratively()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body></body></html>");
        AngleSharp.Dom.INode parent = document.Body!;
        for (var i = 0; i < 200_000; i++)
        {
            var div = document.CreateElement(i % 2 == 0 ? "div" : "span");
            parent.AppendChild(div);
            parent = div;
        }

        parent.AppendChild(document.CreateTextNode("Bottom."));

        Assert.Equal("Bottom.", Html.HtmlText.Paragraphs(document.Body!));
    }

    [Fact]
    public void ReadString_HtmlParseOverTimeLimit_FailureNotHang()
    {
        var options = new ReaderOptions { HtmlParseTimeout = TimeSpan.Zero };

        var failure = ReportReaders.ReadString("<html><body><p>One killed.</p></body></html>", "t.html", InputFormat.Html, options: options).SingleFailure();

        Assert.StartsWith("HTML too complex", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStream_NonSeekableStreamOverLimit_FailsCleanly()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>" + new string('x', 300_000) + "</p></body></html>");
        using var inner = new MemoryStream(bytes);
        using var stream = new BufferedStream(new NonSeekable(inner));

        var failure = ReportReaders.ReadStream(stream, "stdin", options: new ReaderOptions { MaxDocumentBytes = 100_000 }).SingleFailure();

        Assert.Contains("larger than 100000 bytes", failure.Error, StringComparison.Ordinal);
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class HtmlFragmentTests
{
    [Theory]
    [InlineData("  One   person\nwas killed.\u00A0Two injured.  ")]
    [InlineData("Plain text, nothing to parse.")]
    [InlineData("\n\nParagraph one.\n\nParagraph two.\n")]
    public void FromFragment_TextWithoutMarkup_SameAsFullParse(string text)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + text + "</body></html>");
        var parsed = Html.HtmlText.Paragraphs(document.Body!);

        Assert.Equal(parsed, Html.HtmlText.FromFragment(text));
    }
}
