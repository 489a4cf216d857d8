using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace Vigil.Export.Tests;

public sealed class IncidentCsvTests
{
    private static List<Dictionary<string, string>> ParseBack(string csv, out string[] header)
    {
        // An independent RFC 4180 reader (quoted fields may span lines); it must not trim the cells.
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var names = parser.ReadFields()!;
        header = names;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(names.Length, fields.Length);
            rows.Add(names.Select((name, i) => (name, fields[i])).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal));
        }

        return rows;
    }

    [Fact]
    public void Write_AwkwardEvidence_ParsesBackToSameText()
    {
        var csv = IncidentExport.ToText(SampleIncidents.Fused(), ExportFormat.Csv);

        var rows = ParseBack(csv, out var header);

        Assert.Equal(IncidentCsv.ColumnNames, header);
        Assert.Equal(3, rows.Count);
        var kharkiv = Assert.Single(rows, r => r["place"] == "Kharkiv");
        Assert.Equal(SampleIncidents.AwkwardEvidence, kharkiv["injured_evidence"]);
        Assert.Equal("21", kharkiv["injured"]);
        Assert.Equal("Ihor Terekhov (mayor)", kharkiv["injured_claimant"]);
        Assert.Equal("2", kharkiv["report_count"]);
        Assert.Equal("49.98", kharkiv["lat"]);
        Assert.Equal("36.25", kharkiv["lon"]);
        Assert.Equal("Source, with comma", kharkiv["sources"]);
        Assert.Equal("2", kharkiv["killed_low"]);
        Assert.Equal("3", kharkiv["killed_high"]);
    }

    [Fact]
    public void Write_CellsStartingWithFormulaCharacters_PrefixedWithApostrophe()
    {
        var rows = ParseBack(IncidentExport.ToText(SampleIncidents.Fused(), ExportFormat.Csv), out _);

        var odesa = Assert.Single(rows, r => r["place"] == "Odesa");
        Assert.Equal("'" + SampleIncidents.FormulaEvidence, odesa["injured_evidence"]);
        Assert.Equal("'-Governor (@oblast)", odesa["injured_claimant"]);
        var nowhere = Assert.Single(rows, r => r["place"].Length == 0);
        Assert.Equal("'+1 dead somewhere", nowhere["killed_evidence"]);
        Assert.Equal("30.72", odesa["lon"]);
    }

    [Fact]
    public void Write_Rows_EndWithCrLfAndEveryRowHasEveryColumn()
    {
        var csv = IncidentExport.ToText(SampleIncidents.Fused(), ExportFormat.Csv);

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.StartsWith("id,date,date_precision,place,", csv, StringComparison.Ordinal);
        Assert.All(ParseBack(csv, out var header), row => Assert.Equal(header.Length, row.Count));
    }

    [Fact]
    public void Write_ToStream_StartsWithUtf8ByteOrderMark()
    {
        using var stream = new MemoryStream();

        var summary = IncidentExport.Write(SampleIncidents.Fused(), ExportFormat.Csv, stream);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains("Харків", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(new ExportSummary(3, 0), summary);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-x,y", "\"'-x,y\"")]
    public void Escape_Text_QuotedAndGuardedPerRfc4180(string text, string expected)
    {
        Assert.Equal(expected, IncidentCsv.Escape(Cell.Of(text)));
    }

    [Fact]
    public void Escape_NegativeNumber_NotPrefixed()
    {
        Assert.Equal("-12.5", IncidentCsv.Escape(Cell.Of(-12.5)));
    }
}
