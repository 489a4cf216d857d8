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

    /// <summary>Runs <paramref name="load"/> with entries normalized by <paramref name="forms"/>, then seals the forms with the words seen.</summary>
    public static T With<T>(WordForms? forms, Func<T> load)
    {
        if (forms is null)
        {
            return load();
        }

        t_forms = forms;
        t_words = [];
        try
        {
            var result = load();
            forms.Seal(t_words);
            return result;
        }
        finally
        {
            t_forms = null;
            t_words = null;
        }
    }

    /// <summary>A lexicon entry as tokens will read it.</summary>
    public static string Key(string entry)
    {
        if (t_forms is not { } forms)
        {
            return entry;
        }

        var key = forms.NormalizePhrase(entry);
        foreach (var w in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            t_words!.Add(w);
        }

        return key;
    }
}
