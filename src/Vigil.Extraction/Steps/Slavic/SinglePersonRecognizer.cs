using System.Globalization;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Ukrainian and Russian have no article: "загинула жінка", "поранено 16-річного хлопця", "серед
/// поранених — дитина" count one person each, where English says "a woman", "a 16-year-old boy". A
/// singular person or child noun with no number before it is one person (children by noun or by an
/// age under 18: "14-річна" reads as "14 - year"), so the shared casualty step reads it as English's
/// "a woman". Plural nouns ("людей", "жінок") and nouns a number already counts are left alone.
/// </summary>
internal sealed class SinglePersonRecognizer : IPipelineStep
{
    private static bool AlsoOpens(AnnotatedDocument document, SentenceSpan sentence)
    {
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && document.Tokens[first].Kind == TokenKind.Punct)
        {
            first++;
        }

        return first < sentence.EndToken && document.OriginalLower(first) is "також" or "также";
    }

    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var covered = new HashSet<int>();
        foreach (var n in document.Numbers)
        {
            // "her mother" read as one person already ends on its noun: the words after it ("та бабуся") are not its noun
            // ("її сина-підлітка" is still one: a hyphen joins the second noun to the first)
            var ownNoun = (n.Flags & NumberFlags.Article) != 0 && n.End > n.Start + 1 && IsPerson(lex, tokens[n.End - 1].Lower) &&
                          !(n.End < tokens.Count && tokens[n.End].Lower == "-");
            for (var k = n.QualifierStart; k < (ownNoun ? n.End : n.End + 2) && k < tokens.Count; k++)
            {
                if (n.IsCount || k >= n.End)
                {
                    covered.Add(k); // a number counts the noun after it ("троє людей", "двоє поранених жінок")
                }
            }
        }

        var added = false;
        foreach (var sentence in document.Sentences)
        {
            var childBefore = false;
            var lastCounted = -2;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = tokens[i];
                var isAgeOnly = t.Lower == "year" && i >= sentence.FirstToken + 2 && tokens[i - 1].Lower == "-" && tokens[i - 2].Kind == TokenKind.Number
                    && (i + 1 >= sentence.EndToken || !IsPerson(lex, tokens[i + 1].Lower)) && i + 1 < sentence.EndToken
                    && tokens[i + 1].Kind == TokenKind.Word && IsCueOrAux(lex, tokens[i + 1].Lower, i > sentence.FirstToken + 2 ? tokens[i - 3].Lower : "");
                if (t.Kind != TokenKind.Word || (!isAgeOnly && (!IsPerson(lex, t.Lower) || !Singular(lex, t.Lower))) || covered.Contains(i))
                {
                    continue;
                }

                // "несовершеннолетний мальчик", "малолітня дитина": an adjective the gloss reads as a noun and its noun are one
                // person, counted at the first word (next to the verb the casualty step reads)
                if (!isAgeOnly && lastCounted == i - 1)
                {
                    continue;
                }

                // «погиб мужчина, его тело достали из-под завалов», «її тіло»: the body of someone told before is no one more
                if (t.Lower == "body" && i > sentence.FirstToken && tokens[i - 1].Lower is "his" or "her" or "their")
                {
                    continue;
                }

                // "8-річна дівчинка загинула – на дитину впало дерево": a bare "child" after a child already counted in the
                // sentence is that child again, unless joined to it ("дівчинка і дитина")
                if (t.Lower == "child" && childBefore && tokens[i - 1].Lower is not ("and" or ","))
                {
                    continue;
                }

                // «загинув 24-річний мирний житель»: the civilian adjective (CivilianAdjectives) belongs to the person it describes
                var head = !isAgeOnly && i > sentence.FirstToken && tokens[i - 1].Lower == CivilianAdjectives.Modifier ? i - 1 : i;
                // «пострадал местный житель», «поранено місцевого жителя»: an adjective the rules do not know, between the verb and
                // its person, belongs to the person, so the count stands next to the verb
                if (!isAgeOnly && head == i && i >= sentence.FirstToken + 2 && UnknownAdjective(document, i - 1) &&
                    IsCueOrAux(lex, tokens[i - 2].Lower, ""))
                {
                    head = i - 1;
                    // «местный» shares its stem with «местных» ("residents"): here it only describes the person
                    tokens[head] = tokens[head] with { Lower = CivilianAdjectives.Modifier };
                }

                // «убили 63-летнего местного жителя», «загинув 70-річний місцевий житель»: an adjective between the age and the person
                // belongs to the person as much
                if (!isAgeOnly && head == i && i >= sentence.FirstToken + 4 && UnknownAdjective(document, i - 1) && tokens[i - 2].Lower == "year" &&
                    tokens[i - 3].Lower == "-" && tokens[i - 4].Kind == TokenKind.Number)
                {
                    head = i - 1;
                    tokens[head] = tokens[head] with { Lower = CivilianAdjectives.Modifier };
                }

                // «поранення отримали … від тримісячної дитини до людей похилого віку»: the ends of an age range say who was hurt,
                // not how many (the range's child is no child counted)
                if (InAgeRange(tokens, sentence, head, i))
                {
                    continue;
                }

                var start = head;
                // «Також … постраждав цивільний чоловік» after a person counted before: "also" sets one more beside those, as
                // "another" does (the first person of a sentence that opens with the word)
                var flags = lastCounted < 0 && AlsoOpens(document, sentence) && !document.Numbers.Any(n => n.Start >= sentence.FirstToken && n.Start < i)
                    ? NumberFlags.Additive
                    : NumberFlags.Article;
                var ageAt = isAgeOnly ? i - 2 : head >= sentence.FirstToken + 3 && tokens[head - 1].Lower == "year" && tokens[head - 2].Lower == "-" &&
                    tokens[head - 3].Kind == TokenKind.Number ? head - 3 : -1;
                // «чотирирічну дівчинку», «десятирічна дитина»: an age written as one word stands where "4-річну" would
                if (ageAt < 0 && !isAgeOnly && head > sentence.FirstToken && WordAge(document, head - 1) is { } wordAge)
                {
                    start = head - 1;
                    flags |= wordAge < 18 ? NumberFlags.ChildByAge : NumberFlags.AdultByAge;
                }

                if (ageAt >= 0)
                {
                    if (covered.Contains(ageAt) && document.Numbers.Any(n => n.Start == ageAt && n.IsCount))
                    {
                        continue;
                    }

                    // «пострадали 60-летняя и 53-летняя женщины»: «женщины» reads as one woman, but ages joined before it list as many
                    // people as there are ages (the list is the count; read alone, the last age made one more person beside the verb
                    // before the list, and the man killed just before became two dead)
                    var ages = new List<int> { ageAt };
                    while (ages[^1] >= sentence.FirstToken + 4 && tokens[ages[^1] - 1].Lower is "and" or "," or "и" or "і" or "та" &&
                           tokens[ages[^1] - 2].Lower == "year" && tokens[ages[^1] - 3].Lower == "-" && tokens[ages[^1] - 4].Kind == TokenKind.Number)
                    {
                        ages.Add(ages[^1] - 4);
                    }

                    if (ages.Count > 1)
                    {
                        var children = ages.All(a => long.TryParse(tokens[a].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y < 18);
                        foreach (var a in ages)
                        {
                            document.RemoveNumbersAt(a);
                        }

                        // (people listed by age, as AgeListCounts counts them: a list that adds up with the persons beside it, «… мужчины и
                        // 17-летний парень» is three)
                        NumberRecognizer.Add(document, sentence, ages[^1], i + 1, ages.Count,
                            NumberFlags.Article | (children ? NumberFlags.ChildByAge : NumberFlags.AdultByAge));
                        lastCounted = i;
                        added = true;
                        continue;
                    }

                    // («загинув мирний 60-річний житель»: the civilian adjective before the age belongs to the person too)
                    start = ageAt > sentence.FirstToken && tokens[ageAt - 1].Lower == CivilianAdjectives.Modifier ? ageAt - 1 : ageAt;
                    if (long.TryParse(tokens[ageAt].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age < 18)
                    {
                        flags |= NumberFlags.ChildByAge;
                    }

                    document.RemoveNumbersAt(ageAt);
                }

                NumberRecognizer.Add(document, sentence, start, i + 1, 1, flags);
                childBefore |= lex.ChildNouns.Contains(t.Lower) || (flags & NumberFlags.ChildByAge) != 0;
                lastCounted = i;
                added = true;
            }
        }

        if (added)
        {
            document.SortNumbers();
        }
    }

    private static readonly (string Prefix, int Value)[] AgePrefixes =
    [
        ("одно", 1), ("дво", 2), ("три", 3), ("чотири", 4), ("п'яти", 5), ("п’яти", 5), ("шести", 6), ("семи", 7), ("восьми", 8), ("дев'яти", 9),
        ("дев’яти", 9), ("десяти", 10), ("одинадцяти", 11), ("дванадцяти", 12), ("тринадцяти", 13), ("чотирнадцяти", 14), ("п'ятнадцяти", 15),
        ("п’ятнадцяти", 15), ("шістнадцяти", 16), ("сімнадцяти", 17),
        ("двух", 2), ("трех", 3), ("трёх", 3), ("четырех", 4), ("четырёх", 4), ("пяти", 5), ("шести", 6), ("семи", 7), ("восьми", 8), ("девяти", 9),
        ("десяти", 10), ("одиннадцати", 11), ("двенадцати", 12), ("тринадцати", 13), ("четырнадцати", 14), ("пятнадцати", 15), ("шестнадцати", 16),
        ("семнадцати", 17),
    ];

    /// <summary>The age of a one-word age adjective («чотирирічну», «десятилетний»), null for any other word.</summary>
    private static int? WordAge(AnnotatedDocument document, int token)
    {
        var t = document.Tokens[token];
        if (t.Kind != TokenKind.Word)
        {
            return null;
        }

        var w = document.Text[t.Start..t.End].ToLowerInvariant();
        foreach (var root in (ReadOnlySpan<string>)["річн", "летн"])
        {
            var at = w.IndexOf(root, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var prefix = w[..at];
            // the longest prefix wins («чотирнадцяти» before «чотири»): compare whole prefixes only
            foreach (var (p, value) in AgePrefixes)
            {
                if (string.Equals(prefix, p, StringComparison.Ordinal))
                {
                    return value;
                }
            }
        }

        return null;
    }

    // Endings of an adjective agreeing with one person (masculine and feminine, nominative, accusative, genitive; «літня», «літню»)
    private static readonly string[] AdjectiveEndings = ["ий", "ій", "ый", "ой", "ого", "его", "ая", "яя", "ую", "юю", "ої", "ня", "ню"];

    /// <summary>
    /// A lower-case Cyrillic adjective before a person noun that is no cue of its own («местный», «місцевого», «пожилой»); the
    /// short Ukrainian feminine forms («місцева», «літню») only when the pack has no reading of the word at all.
    /// </summary>
    private static bool UnknownAdjective(AnnotatedDocument document, int token)
    {
        var t = document.Tokens[token];
        var raw = document.Text[t.Start..t.End].ToLowerInvariant();
        if (t.Kind != TokenKind.Word || raw.Length <= 4 || char.IsUpper(document.Text[t.Start]) || !Vigil.Gazetteer.Text.Transliteration.HasCyrillic(raw) ||
            document.Lexicon.CasualtyCues.ContainsKey(t.Lower))
        {
            return false;
        }

        return AdjectiveEndings.Any(e => raw.EndsWith(e, StringComparison.Ordinal)) ||
               (t.Lower == raw && (raw.EndsWith('а') || raw.EndsWith('у')));
    }

    private static bool IsPerson(Rules.Lexicon lex, string w) => lex.PersonNouns.Contains(w) || lex.ChildNouns.Contains(w);

    // The gloss reads person nouns as English ones: "women", "people", "children" are plural.
    private static bool Singular(Rules.Lexicon lex, string w) =>
        !lex.Words.PluralWithoutS.Contains(w) && !w.EndsWith('s') && w is not "other" and not "staff" and not "security" and not "local";

    private static bool IsCueOrAux(Rules.Lexicon lex, string next, string before) =>
        lex.CasualtyCues.ContainsKey(next) || lex.CasualtyCues.ContainsKey(before) || lex.Auxiliaries.Contains(next);

    /// <summary>A person noun with «від»/«от» ("from") up to two words before it and «до» ("to") up to three words after it.</summary>
    private static bool InAgeRange(List<Token> tokens, SentenceSpan sentence, int head, int noun)
    {
        var from = false;
        for (var k = Math.Max(sentence.FirstToken, head - 2); k < head && !from; k++)
        {
            from = tokens[k].Lower == "from";
        }

        for (var k = noun + 1; from && k < Math.Min(sentence.EndToken, noun + 4); k++)
        {
            if (tokens[k].Lower == "to")
            {
                return true;
            }
        }

        return false;
    }
}
