using System.Buffers;
using System.Text;
using Vigil.Fusion;

namespace Vigil.Export;

/// <summary>
/// Incidents as RFC 4180 CSV: a header row, then one row per incident, CRLF line ends, fields
/// quoted when they hold a comma, quote, CR or LF. Text cells starting with = + - @ (or tab/CR)
/// get a leading apostrophe so a spreadsheet does not run them as formulas.
/// </summary>
public static class IncidentCsv
{
    /// <summary>The header: column names in order (docs/exports.md).</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = FlatIncident.Columns.Select(static c => c.Name).ToArray();

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>One cell as written, quoted where RFC 4180 requires it.</summary>
    internal static string Escape(Cell cell)
    {
        var text = cell.Format();
        if (cell.Kind == CellKind.Text && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().ContainsAny(NeedsQuotes) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    internal static IEnumerable<ReadOnlyMemory<byte>> Chunks(IEnumerable<Incident> incidents, ExportCounter counter)
    {
        var row = new StringBuilder(4096);
        row.AppendJoin(',', ColumnNames).Append("\r\n");
        yield return Encoding.UTF8.GetBytes(row.ToString());
        foreach (var incident in incidents)
        {
            row.Clear();
            var first = true;
            foreach (var column in FlatIncident.Columns)
            {
                if (!first)
                {
                    row.Append(',');
                }

                row.Append(Escape(column.Value(incident)));
                first = false;
            }

            row.Append("\r\n");
            counter.Written++;
            yield return Encoding.UTF8.GetBytes(row.ToString());
        }
    }
}
