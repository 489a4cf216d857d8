namespace Vigil.Ingestion.Text;

/// <summary>
/// The optional front matter block at the top of a text report (<c>---</c> / <c>key: value</c> /
/// <c>---</c>). One parser for every caller: the text reader keeps the body, <c>vigil extract</c>
/// blanks the block so evidence offsets stay offsets into the file as read.
/// </summary>
public readonly struct FrontMatter
{
    private const string Fence = "---";

    private FrontMatter(IReadOnlyDictionary<string, string> fields, int bodyStart, string? error)
    {
        Fields = fields;
        BodyStart = bodyStart;
        Error = error;
    }

    /// <summary>The keys (case-insensitive) and their unquoted values; empty when there is no front matter.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>UTF-16 offset where the body starts: just after the closing fence's line, or 0 without front matter.</summary>
    public int BodyStart { get; }

    /// <summary>What is wrong with a block that opens but is malformed, or null.</summary>
    public string? Error { get; }

    public string? this[string key] => Fields.TryGetValue(key, out var value) ? value : null;

    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var empty = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.Trim() != Fence || firstEnd < 0)
        {
            return new FrontMatter(empty, 0, firstLine.Trim() == Fence ? "front matter opened with '---' is never closed" : null);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = firstEnd + 1;
        var lineNumber = 1;
        while (position <= text.Length)
        {
            lineNumber++;
            var lineEnd = text.IndexOf('\n', position);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[position..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r');
            if (line.Trim() == Fence)
            {
                return new FrontMatter(fields, next, null);
            }

            if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    return new FrontMatter(empty, 0, $"front matter line {lineNumber} is not 'key: value'");
                }

                fields[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = next;
        }

        return new FrontMatter(empty, 0, "front matter opened with '---' is never closed");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1]
            : value;
}
