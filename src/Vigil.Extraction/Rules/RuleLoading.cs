namespace Vigil.Extraction.Rules;

/// <summary>
/// While a pack with word forms (<see cref="WordForms"/>) loads, every lexicon entry is read the way
/// its tokens will be (glossed, word by word) and its words are collected, so that inflected forms in
/// the text find them. Thread-static: packs load on whichever thread first asks for them.
/// </summary>
internal static class RuleLoading
{
    [ThreadStatic]
    private static WordForms? t_forms;

    [ThreadStatic]
    private static List<string>? t_words;

    [ThreadStatic]
    private static List<string>? t_exact;

    /// <summary>Runs <paramref name="load"/> with entries normalized by <paramref name="forms"/>, then seals the forms with the words seen.</summary>
    public static T With<T>(WordForms? forms, Func<T> load)
    {
        if (forms is null)
        {
            return load();
        }

        t_forms = forms;
        t_words = [];
        t_exact = [];
        try
        {
            var result = load();
            forms.Seal(t_words, t_exact);
            return result;
        }
        finally
        {
            t_forms = null;
            t_words = null;
            t_exact = null;
        }
    }

    /// <summary>
    /// A lexicon entry as tokens will read it. An <paramref name="exact"/> entry lists every form it takes (the number words do), so
    /// it is read only as written: its stem draws no other word to it («ста», a hundred, is not «стало», "became").
    /// </summary>
    public static string Key(string entry, bool exact = false)
    {
        if (t_forms is not { } forms)
        {
            return entry;
        }

        var key = forms.NormalizePhrase(entry);
        foreach (var w in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            (exact ? t_exact : t_words)!.Add(w);
        }

        return key;
    }
}
