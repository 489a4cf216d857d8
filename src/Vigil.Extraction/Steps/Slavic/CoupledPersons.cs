using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «погибли мужчина и женщина», «мужчина и женщина скончались», «погибли пожилая женщина и мужчина», «чоловік та жінка
/// загинули», «ще одна жінка та чоловік отримали поранення»: two single persons joined by «и»/«та» share one plural verb,
/// so they are one count of two (Russian and Ukrainian alike). Read one by one, the verb is found for one
/// of them only, or an adjective between the verb and the first noun («погибли пожилая женщина») hides the verb and a
/// later cue («…, еще один получил ранения») is taken instead. Adults with adults and children with children only: «женщина
/// и ребенок» stay two counts, as the child is a subset.
/// </summary>
internal sealed class CoupledPersons : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        // a bare person («чоловік») or "one" before a person («одна жінка»); «ще одна жінка та чоловік»: "one more" may lead
        // the pair (the pair is then what is added); the second is a plain one
        var singles = document.Numbers.Where(n => n.Value == 1 && ((n.Flags & NumberFlags.Article) != 0 || (n.IsCount && n.End < tokens.Count && IsPerson(document, n.End)))).ToList();
        var merged = false;
        for (var x = 0; x + 1 < singles.Count; x++)
        {
            var a = singles[x];
            var b = singles[x + 1];
            var s = tokens[a.Start].Sentence;
            // «пожилая женщина»: the gloss reads the adjective as the person, counted at it, and the noun follows the count
            var aEnd = a.End < tokens.Count && tokens[a.End].Sentence == s && IsPerson(document, a.End) ? a.End + 1 : a.End;
            // «женщина 1975 года рождения и мужчина 1971 года рождения»: a birth year stands between the person and «и»
            aEnd = BirthYearEnd(document, aEnd);
            if (tokens[b.Start].Sentence != s || aEnd >= tokens.Count || tokens[aEnd].Lower != "and" ||
                !(b.Start == aEnd + 1 || (b.Start == aEnd + 2 && Modifier(document, aEnd + 1))) ||
                (b.Flags & NumberFlags.Additive) != 0 || IsChild(document, a) != IsChild(document, b) || !NextToVerb(document, a, b) ||
                CasualtyNoun(document, a) || CasualtyNoun(document, b) ||
                // «чоловік та жінки 53, 57 і 65 років»: the second noun is counted by the ages after it (AgeListCounts)
                (b.End < tokens.Count && tokens[b.End].Kind == TokenKind.Number && BirthYearEnd(document, b.End) == b.End))
            {
                continue;
            }

            var sentence = document.Sentences[s];
            // «погибли пожилая женщина и мужчина»: the adjective belongs to the pair, so the verb before it is next to the count
            var start = a.Start > sentence.FirstToken && Modifier(document, a.Start - 1) ? a.Start - 1 : a.Start;
            document.RemoveNumbersAt(a.Start);
            document.RemoveNumbersAt(b.Start);
            NumberRecognizer.Add(document, sentence, start, b.End, 2, NumberFlags.Article | (a.Flags & NumberFlags.Additive) | (a.Flags & b.Flags & NumberFlags.ChildByAge));
            merged = true;
            x++; // b is taken
        }

        if (merged)
        {
            document.SortNumbers();
        }
    }

    private static readonly string[][] BirthYearWords = [["года", "рождения"], ["року", "народження"], ["г", ".", "р", "."], ["р", ".", "н", "."], ["г.р", "."], ["р.н", "."]];

    /// <summary>Past «1975 года рождения», «1971 року народження», «1980 г.р.» at <paramref name="k"/>; else <paramref name="k"/>.</summary>
    private static int BirthYearEnd(AnnotatedDocument document, int k)
    {
        var tokens = document.Tokens;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Number || tokens[k].Lower.Length != 4 ||
            !int.TryParse(tokens[k].Lower, out var year) || year is < 1900 or > 2030)
        {
            return k;
        }

        foreach (var words in BirthYearWords)
        {
            if (k + words.Length < tokens.Count && Enumerable.Range(0, words.Length).All(i => document.OriginalLower(k + 1 + i) == words[i]))
            {
                return k + 1 + words.Length;
            }
        }

        return k;
    }

    // a lower-case word that is neither a cue nor counted: an adjective of the noun after it («пожилая», «местная»)
    private static bool Modifier(AnnotatedDocument document, int token)
    {
        var t = document.Tokens[token];
        var lex = document.Lexicon;
        // «пожилая» reads as "elderly", a person word, but no count stands on it: it is the noun's adjective
        return t.Kind == TokenKind.Word && !t.Capitalized && t.Lower is not ("and" or "of") &&
               !lex.CasualtyCues.ContainsKey(t.Lower) && !lex.Auxiliaries.Contains(t.Lower) &&
               !document.Numbers.Any(n => n.Start <= token && token < n.End);
    }

    private static bool IsChild(AnnotatedDocument document, NumberMention n) =>
        (n.Flags & NumberFlags.ChildByAge) != 0 || document.Lexicon.ChildNouns.Contains(document.Tokens[n.End - 1].Lower);

    // «один погибший и один раненый»: each person is named by what befell them, two figures and no shared verb
    private static bool CasualtyNoun(AnnotatedDocument document, NumberMention n) =>
        (n.End < document.Tokens.Count && document.Lexicon.CasualtyCues.ContainsKey(document.Tokens[n.End].Lower)) ||
        (n.End > n.Start + 1 && document.Lexicon.CasualtyCues.ContainsKey(document.Tokens[n.End - 1].Lower));

    private static bool IsPerson(AnnotatedDocument document, int token) =>
        document.Lexicon.PersonNouns.Contains(document.Tokens[token].Lower) || document.Lexicon.ChildNouns.Contains(document.Tokens[token].Lower);

    // the shared verb stands right before the pair (one adjective may come between) or right after it: «погибли мужчина и
    // женщина», «мужчина и женщина скончались», «жінка та чоловік отримали поранення»; a pair with no verb beside it
    // («достали мужчину и женщину») is left alone
    private static bool NextToVerb(AnnotatedDocument document, NumberMention a, NumberMention b)
    {
        var tokens = document.Tokens;
        var cues = document.Lexicon.CasualtyCues;
        var sentence = document.Sentences[tokens[a.Start].Sentence];
        var before = a.Start - 1;
        if (before >= sentence.FirstToken && Modifier(document, before))
        {
            before--;
        }

        // after the pair, a verb may carry the cue: «… та чоловік отримали поранення» ("received injuries")
        var after = b.End;
        while (after < sentence.EndToken && after < b.End + 2 && document.Lexicon.Auxiliaries.Contains(tokens[after].Lower))
        {
            after++;
        }

        // «ранения получили женщина … и мужчина», «поранення отримали …»: the wound before its verb is the cue
        if (before > sentence.FirstToken && document.OriginalLower(before) is "получили" or "отримали" or "дістали" or "зазнали" &&
            cues.ContainsKey(tokens[before - 1].Lower))
        {
            return true;
        }

        return (before >= sentence.FirstToken && cues.ContainsKey(tokens[before].Lower)) ||
               (after < sentence.EndToken && cues.ContainsKey(tokens[after].Lower));
    }
}
