using System.Text;
using System.Text.Json;
using Vigil.Core;
using Vigil.Extraction.Output;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests;

/// <summary>Every evidence span is exact (text == input[start..end]) for any input, and any input finishes without a crash.</summary>
public sealed class EvidenceTests
{
    private static IEnumerable<Evidence> AllEvidence(ExtractionResult r) =>
        r.Incidents.SelectMany(i => i.Claims.Select(c => c.Evidence))
            .Concat(r.AirDefense.Select(a => a.Evidence))
            .Concat(r.Statements.Select(s => s.Evidence))
            .Concat(r.Events.Select(e => e.Evidence))
            .Concat(r.Statistics.Select(s => s.Evidence));

    private static void AssertExact(string input, ExtractionResult result)
    {
        foreach (var e in AllEvidence(result))
        {
            Assert.InRange(e.Start, 0, input.Length);
            Assert.InRange(e.End, e.Start, input.Length);
            Assert.Equal(input[e.Start..e.End], e.Text);
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Extract_LineEndings_EvidenceIsExactSubstring(string newline)
    {
        var text = string.Join(newline, "Kharkiv attack", "", "Russian drones hit Kharkiv overnight, killing two people and injuring 14, including three children.",
            "\"We will rebuild,\" Mayor Ihor Terekhov said.", "Air defences shot down 40 of the 85 drones, the air force said.");
        var result = Extract.Run(text);
        Assert.NotEmpty(AllEvidence(result));
        AssertExact(text, result);
        Assert.Equal(2, Assert.Single(result.Incidents).Killed);
    }

    [Fact]
    public void Extract_NonAsciiAndSurrogates_EvidenceIsExactSubstring()
    {
        var text = "Обстріл 🚀 — «Страшно». Russian drones hit Kharkiv overnight, killing two people 🕯️ and injuring 14. “We will rebuild everything,” Mayor Ihor Terekhov said — Харків.";
        var result = Extract.Run(text);
        Assert.NotEmpty(AllEvidence(result));
        AssertExact(text, result);
        Assert.Equal(14, Assert.Single(result.Incidents).Injured);
    }

    [Fact]
    public void Extract_SampleWithFrontMatter_OffsetsIntoTheWholeFile()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "extract", "kharkiv-overnight-drones.txt"));
        var result = Extract.Run(Extract.MaskFrontMatter(file));
        Assert.NotEmpty(AllEvidence(result));
        AssertExact(file, result);
    }

    [Fact]
    public void Extract_RandomBytes_CompletesWithValidOutput()
    {
        var random = new Random(20250611);
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes); // invalid sequences become U+FFFD, as a lenient reader would give
            var result = Extract.Run(text);
            AssertExact(text, result);
            using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(result));
            Assert.Equal(ExtractionResult.Schema, json.RootElement.GetProperty("schema").GetString());
        }
    }

    [Fact]
    public void Extract_RandomWordSoup_CompletesWithExactEvidence()
    {
        var random = new Random(7);
        string[] words = ["killed", "three", "Kharkiv", "drones", "of", "the", "598", "\"", "said", "including", "children", ",", ".", "\n", "aged", "overnight", "Mayor", "Ihor", "another", "rose", "to", "—", "region", "no", "one", "was"];
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var text = sb.ToString();
        var result = Extract.Run(text);
        AssertExact(text, result);
    }

    [Fact]
    public void Extract_TenMegabyteReport_Completes()
    {
        const string paragraph = "Russian drones hit Kharkiv overnight, killing two people and injuring 14, including three children, the mayor said. " +
                                 "\"We will rebuild,\" Mayor Ihor Terekhov wrote on Telegram. Air defences shot down 40 of the 85 drones. ";
        var sb = new StringBuilder(10 * 1024 * 1024 + paragraph.Length);
        while (sb.Length < 10 * 1024 * 1024)
        {
            sb.Append(paragraph);
        }

        var text = sb.ToString();
        var result = Extract.Run(text);
        Assert.NotEmpty(result.Incidents);
        var first = result.Incidents[0].Claims[0].Evidence;
        Assert.Equal(text[first.Start..first.End], first.Text);
    }
}
