using System.Buffers;
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
    private readonly Dictionary<string, string> _ukrainianForms = new(StringComparer.Ordinal);
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
        var names = file.Get("names");
        RuleFile.RefuseUnknown(file.Name, "names", names, "male", "female", "maleEndings", "femaleEndings", "ukrainianForms");
        forms.MaleNames = Lexicon.Set(names.GetProperty("male"));
        forms.FemaleNames = Lexicon.Set(names.GetProperty("female"));
        forms.MaleEndings = [.. names.GetProperty("maleEndings").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).OrderByDescending(p => p.Name.Length)];
        forms.FemaleEndings = [.. names.GetProperty("femaleEndings").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).OrderByDescending(p => p.Name.Length)];
        if (names.TryGetProperty("ukrainianForms", out var ukrainian))
        {
            foreach (var p in ukrainian.EnumerateObject())
            {
                if (!forms.MaleNames.Contains(p.Name) && !forms.FemaleNames.Contains(p.Name))
                {
                    throw new InvalidDataException($"{file.Name}: ukrainianForms '{p.Name}' is not a listed forename");
                }

                forms._ukrainianForms[p.Name] = p.Value.GetString() is { Length: > 0 } form && !form.Contains(' ', StringComparison.Ordinal)
                    ? form : throw new InvalidDataException($"{file.Name}: ukrainianForms '{p.Name}' must map to one word");
            }
        }

        foreach (var p in file.Get("gloss").EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String || p.Value.GetString() is not { Length: > 0 } target || target.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file.Name}: gloss '{p.Name}' must map to one word");
            }

            forms._gloss[p.Name] = target;
            Add(forms._glossStems, forms.Stem(p.Name), target, glossing: true);
        }

        return forms;
    }

    /// <summary>
    /// The lexicon's own words (collected while it loads): their inflected forms read as them; the short ones of
    /// <paramref name="exactWords"/> are read only as written.
    /// </summary>
    public void Seal(IEnumerable<string> lexiconWords, IEnumerable<string> exactWords)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        // (an exact word no longer than a stem is its own stem and would draw every longer form of it: «сто» «стол», «ста» «стало»;
        // a longer one draws its own forms the lexicon left out: «шестерых» to «шестеро»)
        var exact = exactWords.Where(w => IsCyrillic(w) && w.Length <= _minStem).ToHashSet(StringComparer.Ordinal);
        foreach (var w in lexiconWords.Concat(exactWords))
        {
            if (IsCyrillic(w) && !exact.Contains(w) && words.Add(w))
            {
                Add(stems, Stem(w), w, glossing: false);
            }
        }

        words.UnionWith(exact);

        _words = words;
        _wordStems = stems;
    }

    /// <summary>
    /// Whether this lower-case word is a forename of the forms' lists in any case ("володимир", "владимира", "миколою"): the
    /// case endings are those the romaniser undoes.
    /// </summary>
    public bool IsForename(string lower) => IsName(lower, MaleNames, MaleForenameEndings) || IsName(lower, FemaleNames, FemaleForenameEndings);

    private static bool IsName(string lower, HashSet<string> names, (string From, string To)[] endings) =>
        names.Contains(lower) ||
        endings.Any(e => lower.Length > e.From.Length + 2 && lower.EndsWith(e.From, StringComparison.Ordinal) && names.Contains(lower[..^e.From.Length] + e.To));

    private HashSet<string> MaleNames { get; set; } = [];
    private HashSet<string> FemaleNames { get; set; } = [];
    private (string From, string To)[] MaleEndings { get; set; } = [];
    private (string From, string To)[] FemaleEndings { get; set; } = [];

    /// <summary>
    /// A person's name read back to the nominative ("Олега Синєгубова" → "Олег Синєгубов", "Юлії
    /// Свириденко" → "Юлія Свириденко"): only when the first word is an inflected form of a listed
    /// forename, the surname then by the listed endings; anything else is kept as written.
    /// </summary>
    public string Nominative(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || MaleNames.Contains(words[0].ToLowerInvariant()) || FemaleNames.Contains(words[0].ToLowerInvariant()))
        {
            return name;
        }

        var first = words[0].ToLowerInvariant();
        foreach (var (list, endings, forenameEndings) in new[] { (MaleNames, MaleEndings, MaleForenameEndings), (FemaleNames, FemaleEndings, FemaleForenameEndings) })
        {
            foreach (var (from, to) in forenameEndings)
            {
                if (first.EndsWith(from, StringComparison.Ordinal) && list.Contains(first[..^from.Length] + to))
                {
                    var result = new string[words.Length];
                    result[0] = Recase(words[0], first[..^from.Length] + to);
                    for (var w = 1; w < words.Length; w++)
                    {
                        result[w] = Surname(words[w], endings);
                    }

                    return string.Join(' ', result);
                }
            }
        }

        return name;
    }

    /// <summary>
    /// A name in the nominative with its forename in the Ukrainian form ("Сергей Лысак" → "Сергій Лысак"), so that Ukraine's
    /// national romanisation gives one person one name whichever language reported them (Serhii Lysak, not Serhei); the
    /// surname is left as written, since the romanisation of its letters already meets.
    /// </summary>
    public string UkrainianForename(string nominative)
    {
        var space = nominative.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? nominative : nominative[..space];
        return _ukrainianForms.TryGetValue(first.ToLowerInvariant(), out var form) ? Recase(first, form) + (space < 0 ? "" : nominative[space..]) : nominative;
    }

    private static readonly (string From, string To)[] MaleForenameEndings = [("ові", ""), ("ом", ""), ("ем", "й"), ("ем", "ь"), ("ю", "й"), ("ю", "ь"), ("я", "й"), ("я", "ь"), ("а", ""), ("а", "о"), ("у", ""), ("у", "о"), ("і", "")];
    private static readonly (string From, string To)[] FemaleForenameEndings = [("ії", "ія"), ("ии", "ия"), ("ьи", "ья"), ("ией", "ия"), ("ією", "ія"), ("ію", "ія"), ("ою", "а"), ("ої", "а"), ("и", "а"), ("і", "а"), ("у", "а"), ("ї", "я"), ("ю", "я"), ("ею", "я")];

    private static string Surname(string word, (string From, string To)[] endings)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (from, to) in endings)
        {
            if (lower.Length - from.Length >= 2 && lower.EndsWith(from, StringComparison.Ordinal))
            {
                return Recase(word, lower[..^from.Length] + to);
            }
        }

        return word;
    }

    private static string Recase(string original, string lower) =>
        original.Length > 0 && char.IsUpper(original[0]) && lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;

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
        lower = FoldLatinLookalikes(lower.Replace('ʼ', '\''));

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

    private static void Add(Dictionary<string, string?> stems, string stem, string target, bool glossing)
    {
        if (stems.TryGetValue(stem, out var existing))
        {
            // two glosses share this stem: ambiguous, read neither — unless they are one noun's singular and plural («жінка»,
            // «жінки»: "woman", "women"), when a form of the stem the gloss lists not («жінкам») is that noun all the same
            if (glossing && existing is not null && !string.Equals(existing, target, StringComparison.Ordinal) && !NumberForms(existing, target))
            {
                stems[stem] = null;
            }

            return; // lexicon words sharing a stem are forms of one word ("крилата", "крилатих"): the first stands for them

        }

        stems[stem] = target;
    }

    /// <summary>Whether two English glosses are one noun's singular and plural ("worker"/"workers", "man"/"men", "body"/"bodies", "person"/"people").</summary>
    private static bool NumberForms(string a, string b)
    {
        static bool Plural(string one, string many) =>
            many == one + "s" || many == one + "es" || (one.EndsWith('y') && many == one[..^1] + "ies") ||
            (one.EndsWith("man", StringComparison.Ordinal) && many == one[..^3] + "men") ||
            (one, many) is ("person", "people") or ("child", "children") or ("schoolboy", "schoolchildren");
        return Plural(a, b) || Plural(b, a);
    }

    /// <summary>Latin letters typed for their Cyrillic twins inside a Cyrillic word ("51-рiчний" with a Latin i) are read as
    /// the Cyrillic letters, so the word keeps its meaning (an age, not 51 people).</summary>
    private static string FoldLatinLookalikes(string lower)
    {
        if (!lower.AsSpan().ContainsAny(LookalikeSet))
        {
            return lower;
        }

        var chars = lower.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            var at = LatinLookalikes.IndexOf(chars[k], StringComparison.Ordinal);
            if (at >= 0)
            {
                chars[k] = CyrillicTwins[at];
            }
        }

        return new string(chars);
    }

    private const string LatinLookalikes = "aceiopxyï";
    private static readonly SearchValues<char> LookalikeSet = SearchValues.Create(LatinLookalikes);
    private const string CyrillicTwins = "асеіорхуї";

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
