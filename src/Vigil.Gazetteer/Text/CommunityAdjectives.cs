namespace Vigil.Gazetteer.Text;

/// <summary>
/// Turns a hromada adjective as reports write it ("Nedryhailivska", "Bilopilska", "Novovodolazka")
/// into the names its centre may have (Nedryhailiv, Bilopillia, Nova Vodolaha), by the endings and
/// fused prefixes of data/curated/adjectives.tsv. The gazetteer tries them only when the name as
/// written matches nothing, so a real place spelled like an adjective always wins.
/// </summary>
public sealed class CommunityAdjectives
{
    private readonly List<(string From, string[] To)> _endings = [];
    private readonly List<(string From, string[] To)> _prefixes = [];

    public CommunityAdjectives(string adjectivesTsv)
    {
        foreach (string[] f in Build.CuratedTables.Rows(adjectivesTsv))
        {
            if (f.Length != 3 || f[1].Length == 0)
            {
                throw new FormatException($"adjectives.tsv: expected 'kind<TAB>from<TAB>to', got '{string.Join('\t', f)}'");
            }

            string[] to = f[2].Split(',');
            switch (f[0])
            {
                case "ending": _endings.Add((f[1], to)); break;
                case "prefix": _prefixes.Add((f[1], to)); break;
                default: throw new FormatException($"adjectives.tsv: unknown kind '{f[0]}' (ending or prefix)");
            }
        }

        // Longest ending first: "tska" before "ska".
        _endings.Sort(static (a, b) => b.From.Length.CompareTo(a.From.Length));
    }

    /// <summary>Candidate base names (normalized keys) for a normalized adjective key; empty when it is not one.</summary>
    public IReadOnlyList<string> BaseNames(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var result = new List<string>();
        int space = key.LastIndexOf(' ');
        if (space >= 0)
        {
            // "Verkhnia Syrovatska": the words before the adjective are the place's own ("Verkhnia Syrovatka").
            string head = key[..(space + 1)];
            // "Seredyno-Budska": the first part of a compound is inflected like an adjective too (Seredyna-Buda).
            string? compound = head.EndsWith("o ", StringComparison.Ordinal) && !head[..^1].Contains(' ', StringComparison.Ordinal) ? head[..^2] + "a " : null;
            foreach (string name in BaseNames(key[(space + 1)..]))
            {
                result.Add(head + name);
                if (compound is not null)
                {
                    result.Add(compound + name);
                }
            }

            return result;
        }

        foreach (var (from, to) in _endings)
        {
            // A stem of at least three letters: "ska" alone or "Oska" is no adjective of a place.
            if (key.Length < from.Length + 3 || !key.EndsWith(from, StringComparison.Ordinal))
            {
                continue;
            }

            string stem = key[..^from.Length];
            foreach (string ending in to)
            {
                foreach (string name in Unfuse(stem + ending))
                {
                    if (!result.Contains(name))
                    {
                        result.Add(name);
                    }
                }
            }
        }

        return result;
    }

    private IEnumerable<string> Unfuse(string name)
    {
        yield return name;
        foreach (var (from, to) in _prefixes)
        {
            if (name.Length > from.Length + 2 && name.StartsWith(from, StringComparison.Ordinal))
            {
                foreach (string word in to)
                {
                    yield return word + " " + name[from.Length..];
                }
            }
        }
    }
}
