namespace Vigil.Gazetteer.Text;

/// <summary>
/// Reads an inflected Ukrainian or Russian place name back to the nominative forms it may come from
/// ("харкові" → "харків", "харківському районі" → "харківський район", "днепре" → "днепр"), by the
/// word and ending rules of data/curated/inflections.tsv. The gazetteer tries the candidates only when
/// the name as written matches nothing, and takes one only when it knows it: a rule never invents a place.
/// </summary>
public sealed class CyrillicInflection
{
    private const int MinStem = 2;
    private const int MaxCandidates = 96;
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly List<(string From, string[] To)> _endings = [];
    private readonly List<string> _appended = [];

    public CyrillicInflection(string inflectionsTsv)
    {
        foreach (string[] f in Build.CuratedTables.Rows(inflectionsTsv))
        {
            if (f.Length != 3 || f[1].Length == 0)
            {
                throw new FormatException($"inflections.tsv: expected 'kind<TAB>from<TAB>to', got '{string.Join('\t', f)}'");
            }

            switch (f[0])
            {
                case "word": _words[f[1]] = f[2]; break;
                case "ending": _endings.Add((f[1], f[2].Split(','))); break;
                case "append": _appended.AddRange(f[2].Split(',')); break;
                default: throw new FormatException($"inflections.tsv: unknown kind '{f[0]}' (word, ending or append)");
            }
        }

        _endings.Sort(static (a, b) => b.From.Length.CompareTo(a.From.Length));
    }

    /// <summary>Nominative candidates for a normalized Cyrillic key, most specific first; the key itself excluded.</summary>
    public IReadOnlyList<string> Candidates(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || _endings.Count == 0)
        {
            return [];
        }

        var options = words.Select(WordOptions).ToArray();
        var result = new List<string>();
        var current = new string[words.Length];
        Expand(options, 0, current, result);
        result.Remove(key);
        return result;
    }

    private List<string> WordOptions(string word)
    {
        if (_words.TryGetValue(word, out var fixedForm))
        {
            return [fixedForm];
        }

        var result = new List<string>();
        foreach (var (from, to) in _endings)
        {
            if (word.Length - from.Length >= MinStem && word.EndsWith(from, StringComparison.Ordinal))
            {
                var stem = word[..^from.Length];
                foreach (var ending in to)
                {
                    var form = stem + ending;
                    if (!result.Contains(form))
                    {
                        result.Add(form);
                    }
                }
            }
        }

        // A bare stem is a plural's genitive ("центр Сум" → Суми): the nominative adds its ending.
        if (result.Count == 0 && word.Length >= MinStem && !IsVowel(word[^1]))
        {
            result.AddRange(_appended.Select(e => word + e));
        }

        // The word as written last: the inflected candidates are what is missing.
        if (!result.Contains(word))
        {
            result.Add(word);
        }

        return result;
    }

    private static bool IsVowel(char c) => "аеєиіїоуюяыэё".Contains(c, StringComparison.Ordinal);

    private static void Expand(List<string>[] options, int index, string[] current, List<string> result)
    {
        if (result.Count >= MaxCandidates)
        {
            return;
        }

        if (index == options.Length)
        {
            result.Add(string.Join(' ', current));
            return;
        }

        foreach (var option in options[index])
        {
            current[index] = option;
            Expand(options, index + 1, current, result);
        }
    }
}
