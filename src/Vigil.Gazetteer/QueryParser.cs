namespace Vigil.Gazetteer;

/// <summary>What kind of place a wrapper around the name asks for.</summary>
public enum PlaceIntent
{
    Any,
    Oblast,
    Raion,
    District,
    City,
    Settlement,

    /// <summary>A front-line direction named after a town ("the Kupiansk direction"): the oblast around it.</summary>
    Direction,
}

/// <summary>A place mention taken apart: the bare name, the kind asked for, and a containing place if one was named.</summary>
public readonly record struct ParsedQuery(string Core, PlaceIntent Intent, string? Container);

/// <summary>
/// Strips possessives and the wrappers listed in data/curated/wrappers.tsv ("the city of", "Sumy region",
/// "the Kyivskyi district of Odesa", "Kharkiv's Saltivskyi district", "Izium, Kharkiv Oblast").
/// </summary>
public sealed class QueryParser
{
    private readonly List<(string Phrase, PlaceIntent Intent)> _prefixes;
    private readonly List<(string Phrase, PlaceIntent Intent)> _suffixes;

    public QueryParser(string wrappersTsv)
    {
        _prefixes = [];
        _suffixes = [];
        foreach (string[] f in Build.CuratedTables.Rows(wrappersTsv))
        {
            var intent = Enum.Parse<PlaceIntent>(f[2], ignoreCase: true);
            (f[0] == "prefix" ? _prefixes : _suffixes).Add((f[1], intent));
        }

        // Longest first so "the city of" wins over "the".
        _prefixes.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        _suffixes.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    public ParsedQuery Parse(string text)
    {
        string s = Clean(text);
        if (s.AsSpan().IndexOfAny(" ',(.") < 0)
        {
            // One bare word, the common case: nothing to strip.
            return new ParsedQuery(s, PlaceIntent.Any, null);
        }

        string? container = null;

        // "X, Y Oblast" / "X (Y Oblast)" / "X in Y": the tail names a containing place.
        int paren = s.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0 && s.EndsWith(')'))
        {
            container = s[(paren + 1)..^1].Trim();
            s = s[..paren].Trim();
        }

        int comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            container ??= s[(comma + 1)..].Trim();
            s = s[..comma].Trim();
        }

        // "Donetsk People's Republic" is one name, not the "Republic" of "Donetsk People" (the key drops the apostrophe)
        s = s.Replace("People's Republic", "Peoples Republic", StringComparison.OrdinalIgnoreCase)
             .Replace("People’s Republic", "Peoples Republic", StringComparison.OrdinalIgnoreCase);

        // "Kharkiv's Saltivskyi district": the possessor contains the rest.
        int possessive = s.IndexOf("'s ", StringComparison.OrdinalIgnoreCase);
        if (possessive > 0)
        {
            container ??= s[..possessive];
            s = s[(possessive + 3)..].Trim();
        }

        if (s.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^2];
        }
        else if (s.EndsWith("s'", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^1];
        }

        var intent = PlaceIntent.Any;
        s = StripPrefixes(s, ref intent);
        foreach (string link in (string[])[" district of ", " district in ", " raion of ", " raion in ", " of ", " in ", " near "])
        {
            int at = s.IndexOf(link, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                container ??= s[(at + link.Length)..].Trim();
                s = link.Contains("district", StringComparison.Ordinal) || link.Contains("raion", StringComparison.Ordinal)
                    ? s[..at] + link[..link.IndexOf(' ', 1)]
                    : s[..at];
                break;
            }
        }

        foreach (var (phrase, suffixIntent) in _suffixes)
        {
            if (s.Length > phrase.Length + 1 && s.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && s[^(phrase.Length + 1)] == ' ')
            {
                s = s[..^(phrase.Length + 1)].Trim();
                intent = suffixIntent;
                if (s.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
                {
                    s = s[..^2];
                }

                break;
            }
        }

        if (container is not null)
        {
            container = Clean(container);
            if (container.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                container = container[4..];
            }
        }

        return new ParsedQuery(s, intent, string.IsNullOrWhiteSpace(container) ? null : container);
    }

    private string StripPrefixes(string s, ref PlaceIntent intent)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (phrase, prefixIntent) in _prefixes)
            {
                if (s.Length > phrase.Length + 1 && s.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                    && (s[phrase.Length] == ' ' || phrase.EndsWith('.')))
                {
                    s = s[phrase.Length..].Trim();
                    intent = intent == PlaceIntent.Any ? prefixIntent : intent;
                    changed = true;
                    break;
                }
            }
        }

        return s;
    }

    private static string Clean(string text)
    {
        string s = text.Trim().Trim('"', '“', '”', '«', '»', '.', ';', ':').Trim();
        return s.AsSpan().IndexOfAny("’ʼ‘") < 0 ? s : s.Replace('’', '\'').Replace('ʼ', '\'').Replace('‘', '\'');
    }
}
