using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Vigil.Ingestion.Tests;

/// <summary>What one item of a generated batch is: a report, a broken item, or one a reader passes over.</summary>
public enum ItemKind
{
    Good,
    Truncated,
    NotAnObject,
    NoText,
    BadDate,
    TwoValues,
    InvalidUtf8,
    TooDeep,
    Skipped,
}

public static class BatchArbitrary
{
    public static Arbitrary<ItemKind[]> Batches() =>
        Gen.Frequency(
                (6, Gen.Constant(ItemKind.Good)),
                (1, Gen.Elements(ItemKind.Truncated, ItemKind.NotAnObject, ItemKind.NoText, ItemKind.BadDate, ItemKind.TwoValues, ItemKind.InvalidUtf8, ItemKind.TooDeep)),
                (1, Gen.Constant(ItemKind.Skipped)))
            .ArrayOf()
            .ToArbitrary();
}

/// <summary>
/// Batches of good and broken items in every order, read by the JSON Lines, Telegram export and
/// feed readers: every good item is read with its own text, every broken one gives exactly one
/// one-line error naming where it is, and nothing else is lost or invented.
/// </summary>
[Properties(Arbitrary = [typeof(BatchArbitrary)], MaxTest = 200)]
public sealed class BatchProperties
{
    private const string Published = "2025-09-18T08:00:00+03:00";

    [Property]
    public void JsonLines_MixedBatch_EachGoodLineReadEachBadLineOneError(ItemKind[] kinds)
    {
        using var bytes = new MemoryStream();
        var expectedTexts = new List<string>();
        var badLines = new List<int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            var line = i + 1;
            var text = $"Report {line}: a drone hit a house in Sumy.";
            switch (kinds[i])
            {
                case ItemKind.Good:
                    Write(bytes, $$"""{"text":"{{text}}","published":"{{Published}}","url":"https://example.org/{{line}}"}""");
                    expectedTexts.Add(text);
                    break;
                case ItemKind.Skipped:
                    Write(bytes, "   ");
                    break;
                default:
                    Write(bytes, kinds[i] switch
                    {
                        ItemKind.Truncated => $$"""{"text":"{{text}}""",
                        ItemKind.NotAnObject => "[1, 2, 3]",
                        ItemKind.NoText => """{"title":"only a title"}""",
                        ItemKind.BadDate => $$"""{"text":"{{text}}","published":"the day before yesterday"}""",
                        ItemKind.TwoValues => """{"text":"one"} {"text":"two"}""",
                        ItemKind.TooDeep => new string('[', 5000) + new string(']', 5000),
                        _ => null,
                    });
                    if (kinds[i] == ItemKind.InvalidUtf8)
                    {
                        // 0xC3 opens a two-byte sequence that '(' does not continue.
                        bytes.Write([.. "{\"text\":\"bad "u8, 0xC3, 0x28, .. " byte\"}"u8]);
                    }

                    badLines.Add(line);
                    break;
            }

            bytes.WriteByte((byte)'\n');
        }

        bytes.Position = 0;
        var results = ReportReaders.ReadStream(bytes, "batch.jsonl", InputFormat.JsonLines).ToList();

        Assert.Equal(expectedTexts, results.Where(r => r.IsSuccess).Select(r => r.Report!.Text));
        AssertFailures(results, badLines.Select(n => "batch.jsonl#" + n.ToString(CultureInfo.InvariantCulture)));
    }

    [Property]
    public void TelegramExport_MixedMessages_EachGoodMessageReadEachBadOneError(ItemKind[] kinds)
    {
        var messages = new List<string>();
        var expectedTexts = new List<string>();
        var bad = new List<string>();
        for (var i = 0; i < kinds.Length; i++)
        {
            var id = (i + 1).ToString(CultureInfo.InvariantCulture);
            var text = $"Post {id}: two people were injured in Kharkiv.";
            switch (kinds[i])
            {
                case ItemKind.Good:
                    messages.Add($$"""{"id":{{id}},"type":"message","date":"2025-09-18T08:00:00","text":["{{text[..5]}}",{"type":"bold","text":"{{text[5..]}}"}]}""");
                    expectedTexts.Add(text);
                    break;
                case ItemKind.Skipped:
                    messages.Add($$"""{"id":{{id}},"type":"service","action":"pin_message"}""");
                    break;
                case ItemKind.NotAnObject or ItemKind.Truncated or ItemKind.TwoValues:
                    messages.Add("42");
                    bad.Add("result.json#item" + id);
                    break;
                default:
                    messages.Add($$$"""{"id":{{{id}}},"type":"message","text":{"oops":true}}""");
                    bad.Add("result.json#" + id);
                    break;
            }
        }

        var json = """{"name":"Test channel","type":"public_channel","id":1,"messages":[""" + string.Join(",\n", messages) + "]}";
        var results = ReportReaders.ReadString(json, "result.json", InputFormat.TelegramExport).ToList();

        Assert.Equal(expectedTexts, results.Where(r => r.IsSuccess).Select(r => r.Report!.Text));
        AssertFailures(results, bad);
    }

    [Property]
    public void Rss_MixedItems_EachGoodItemReadEachBadDateOneError(ItemKind[] kinds)
    {
        var items = new StringBuilder();
        var expectedTitles = new List<string>();
        var bad = new List<string>();
        for (var i = 0; i < kinds.Length; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var good = kinds[i] is ItemKind.Good or ItemKind.Skipped;
            var date = good ? "Thu, 18 Sep 2025 05:00:00 GMT" : "sometime & soon";
            // Hostile markup in the description must come out as text, never break the batch.
            items.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Item {n}</title><link>https://example.org/{n}</link>
                <description><![CDATA[<p onclick="x()">Shelling injured {n} people.</p><script>alert({n})</script>]]></description>
                <pubDate>{System.Security.SecurityElement.Escape(date)}</pubDate></item>
                """);
            if (good)
            {
                expectedTitles.Add("Item " + n);
            }
            else
            {
                bad.Add(n);
            }
        }

        var rss = $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>{items}</channel></rss>""";
        var results = ReportReaders.ReadString(rss, "feed.rss", InputFormat.Feed).ToList();

        Assert.Equal(expectedTitles, results.Where(r => r.IsSuccess).Select(r => r.Report!.Title));
        Assert.All(results.Where(r => r.IsSuccess), r => Assert.DoesNotContain("alert(", r.Report!.Text, StringComparison.Ordinal));
        Assert.Equal(bad.Count, results.Count(r => !r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Contains("not a date", r.Error!, StringComparison.Ordinal));
    }

    private static void AssertFailures(List<ReadResult> results, IEnumerable<string> expectedOrigins)
    {
        var failures = results.Where(r => !r.IsSuccess).ToList();
        Assert.Equal(expectedOrigins, failures.Select(f => f.Origin));
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Error)));
        Assert.All(failures, f => Assert.DoesNotContain('\n', f.Error!));
    }

    private static void Write(MemoryStream stream, string? text)
    {
        if (text is not null)
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
