using System.Text.Json;

namespace Vigil.Extraction.Rules;

/// <summary>
/// How a language with case endings meets its rules (Rules/&lt;lang&gt;/forms.json): each word form is
/// read as the lexicon word it inflects. A word's stem is the form less its longest listed ending
/// (keeping at least <c>minStem</c> letters): "загиблих", "загиблі" share "загибл"; "шахедів" and
/// "шахед" share "шахед". The <c>gloss</c> maps a form (and every form sharing its stem) to the
/// word the shared steps consult ("і" → "and", "загинули" → "killed"), so word-order logic written
/// once serves every language; the other lexicon words map their inflected forms to themselves.
/// Stems that two different words share are dropped (ambiguous), never guessed. Built once at load:
/// a dictionary probe per token, no dictionary read at run time.
/// </summary>
internal sealed class WordForms
{
    private readonly string[] _endings;
    private readonly int _minStem;
    private readonly Dictionary<string, string> _gloss = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _glossStems = new(StringComparer.Ordinal);
    private Dictionary<string, string?> _wordStems = new(StringComparer.Ordinal);
    private HashSet<string> _words = new(StringComparer.Ordinal);

    private WordForms(string[] endings, int minStem)
    {
        _endings = [.. endings.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)];
        _minStem = minStem;
    }

    public static WordForms Load(RuleFile file)
    {
        file.Get("comment");
        var forms = new WordForms([.. file.Get("endings").EnumerateArray().Select(e => e.GetString()!)], file.Get("minStem").GetInt32());
        foreach (var p in file.Get("gloss").EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String || p.Value.GetString() is not { Length: > 0 } target || target.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file.Name}: gloss '{p.Name}' must map to one word");
            }

            forms._gloss[p.Name] = target;
            Add(forms._glossStems, forms.Stem(p.Name), target);
        }

        return forms;
    }

    /// <summary>The lexicon's own words (collected while it loads): their inflected forms read as them.</summary>
    public void Seal(IEnumerable<string> lexiconWords)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var w in lexiconWords)
        {
            if (IsCyrillic(w) && words.Add(w))
            {
                Add(stems, Stem(w), w);
            }
        }

        _words = words;
        _wordStems = stems;
    }

    /// <summary>Whether the rules read this lower-case form, as written, as a common word (a gloss): such a word is no name.</summary>
    public bool IsGloss(string lower) => _gloss.ContainsKey(lower.Replace('ʼ', '\''));

    /// <summary>The word the rules know this lower-case form by; the form itself when none.</summary>
    public string Normalize(string lower)
    {
        if (!IsCyrillic(lower))
        {
            return lower;
        }

        // The Ukrainian apostrophe is written three ways: ' ’ ʼ (the tokenizer folds ’ already).
        lower = lower.Replace('ʼ', '\'');

        if (_gloss.TryGetValue(lower, out var g))
        {
            return g;
        }

        if (_words.Contains(lower))
        {
            return lower;
        }

        var stem = Stem(lower);
        if (_glossStems.TryGetValue(stem, out var gs) && gs is not null)
        {
            return gs;
        }

        return _wordStems.TryGetValue(stem, out var ws) && ws is not null ? ws : lower;
    }

    /// <summary>Normalizes each word of a space-separated phrase (lexicon entries are read the way tokens are).</summary>
    public string NormalizePhrase(string phrase) =>
        phrase.Contains(' ', StringComparison.Ordinal)
            ? string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize))
            : Normalize(phrase);

    public string Stem(string word)
    {
        foreach (var e in _endings)
        {
            if (word.Length - e.Length >= _minStem && word.EndsWith(e, StringComparison.Ordinal))
            {
                return word[..^e.Length];
            }
        }

        return word;
    }

    private static void Add(Dictionary<string, string?> stems, string stem, string target)
    {
        if (stems.TryGetValue(stem, out var existing))
        {
            if (existing is not null && !string.Equals(existing, target, StringComparison.Ordinal))
            {
                stems[stem] = null; // two words share this stem: ambiguous, read neither
            }

            return;
        }

        stems[stem] = target;
    }

    private static bool IsCyrillic(string s)
    {
        foreach (var c in s)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }
}
