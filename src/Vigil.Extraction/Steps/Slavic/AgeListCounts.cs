using System.Globalization;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «травмовано … жінок 56 та 80 років», «поранення отримали … чоловіки віком 32 і 49 років»: a plural person noun that no
/// number counts, followed by a list of ages (or birth years), is as many people as the list has ages. Read one by one the
/// ages are no counts (specs conventions) and the noun is plural, so the people were counted by nobody. A noun a numeral
/// already counts («дві жінки 1934 та 1955 років», «двоє людей – 46 та 62 роки») is left alone.
/// </summary>
internal sealed class AgeListCounts : IPipelineStep
{
    // what may stand between the noun and its ages: «віком», «у віці», a dash
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "віком", "у", "віці", "возрасте", "в", "-", "–", "—" };

    // a person noun's plural forms, nominative and genitive, Ukrainian and Russian
    private static readonly string[] PluralEndings = ["и", "і", "ок", "ів", "їв", "ей", "ин"];

    // «50-річний та 48-річний цивільні чоловіки», «местные жители»: a plural adjective between the ages and their noun
    private static readonly string[] PluralAdjectiveEndings = ["ні", "ві", "ькі", "ые", "ие"];

    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "років", "роки", "року", "рік", "лет", "года", "р" };

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var added = false;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var noun = tokens[i].Lower;
                if (tokens[i].Kind != TokenKind.Word || !(lex.PersonNouns.Contains(noun) || lex.ChildNouns.Contains(noun)))
                {
                    continue;
                }

                // «жінки» is plural and genitive singular alike, glossed "woman": after a list of ages it is the plural
                var plural = lex.Words.PluralWithoutS.Contains(noun) || noun.EndsWith('s');
                if ((plural || Original(document, i).EndsWith('и') || Original(document, i).EndsWith('і')) && AgesBefore(document, sentence, i) is not null)
                {
                    added = true;
                    continue;
                }

                // «жінки 75, 73, 44 років»: a noun in «-и/-і» the gloss reads as singular is plural when two or more ages follow it; so
                // is a genitive plural («жінок 56 та 80 років», «чоловіків», «людей», «женщин»)
                if (!plural && !PluralEndings.Any(e => Original(document, i).EndsWith(e, StringComparison.Ordinal)))
                {
                    continue;
                }

                // the one person the singular reading of «жінки» made is replaced by the list's count below
                var singular = !plural && document.Numbers.Any(n => n.Start == i && n.End == i + 1 && (n.Flags & NumberFlags.Article) != 0 && n.Value == 1);
                // (not a person counted before "and": «постраждали 54-річний чоловік та жінки 53, 57 і 65 років»)
                if (document.Numbers.Any(n => n.Start <= i && i < n.End + 2 && n.End <= i + 1 && (n.IsCount || (n.Flags & NumberFlags.Article) != 0) &&
                                              !(singular && n.Start == i) && !(n.End == i - 1 && tokens[n.End].Lower is "and" or ",")))
                {
                    continue;
                }

                var j = i + 1;
                while (j < sentence.EndToken && j < i + 4 && Between.Contains(Original(document, j).ToLowerInvariant()))
                {
                    j++;
                }

                var values = new List<(int Token, long Value)>();
                while (j < sentence.EndToken && tokens[j].Kind == TokenKind.Number &&
                       long.TryParse(tokens[j].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                {
                    values.Add((j, v));
                    j++;
                    if (j < sentence.EndToken && tokens[j].Lower is "and" or ",")
                    {
                        j++;
                    }
                }

                if (values.Count < 2 || j >= sentence.EndToken || !YearWords.Contains(Original(document, j).ToLowerInvariant().TrimEnd('.')) ||
                    !values.All(x => x.Value is > 0 and < 120 || (x.Value is > 1900 && (document.Info.Published is null || x.Value <= document.Info.Published.Value.Year))))
                {
                    continue;
                }

                var published = document.Info.Published?.Year ?? int.MaxValue;
                var children = values.All(x => x.Value < 18 || (x.Value > 1900 && published - x.Value < 18));
                if (!children && lex.ChildNouns.Contains(noun))
                {
                    continue; // «дівчата 12 і 19 років»: girls by the noun, not all children by age; left uncounted
                }

                foreach (var (token, _) in values)
                {
                    document.RemoveNumbersAt(token);
                }

                if (singular)
                {
                    document.RemoveNumbersAt(i);
                }

                NumberRecognizer.Add(document, sentence, i, i + 1, values.Count, NumberFlags.Article | (children ? NumberFlags.ChildByAge : NumberFlags.None));
                added = true;
                i = j;
            }
        }

        if (added)
        {
            document.SortNumbers();
        }
    }

    /// <summary>
    /// «постраждали 88-річна та 66-річна жінки», «дві 48-річні, 40-річна і 63-річна жінки»: ages joined by «та/і» or commas before one
    /// plural noun are as many people as ages (a numeral before the first age counts that age's people). Read one by one, the last
    /// age alone was taken for a person and the rest for ages (set H: uk-h-004, h-028, two outlets). Returns the people counted,
    /// null when the noun has no such list before it.
    /// </summary>
    private static int? AgesBefore(AnnotatedDocument document, SentenceSpan sentence, int noun)
    {
        var tokens = document.Tokens;
        var ages = new List<(int Token, long Value)>();
        var k = noun - 1;
        if (k > sentence.FirstToken && tokens[k].Kind == TokenKind.Word && tokens[k - 1].Lower == "year" &&
            (tokens[k].Lower == CivilianAdjectives.Modifier || PluralAdjectiveEndings.Any(e => Original(document, k).EndsWith(e, StringComparison.Ordinal))))
        {
            k--;
        }

        // «57-річний, 72 річний чоловіки»: the hyphen is sometimes left out
        while (k >= sentence.FirstToken + 1 && tokens[k].Lower == "year" && AgeAt(document, k) is var at && at >= sentence.FirstToken &&
               long.TryParse(tokens[at].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120)
        {
            ages.Add((at, age));
            k = at - 1;
            if (k < sentence.FirstToken || tokens[k].Lower is not ("and" or ","))
            {
                break;
            }

            k--;
        }

        if (ages.Count < 2)
        {
            return null;
        }

        var first = ages[^1].Token;
        var people = ages.Count;
        // «дві 48-річні»: the numeral before the first age counts the people of that age
        var numeral = document.Numbers.FindIndex(n => n.End == first && n.IsCount && n.Value is > 1 and < 10);
        if (numeral >= 0)
        {
            people += (int)document.Numbers[numeral].Value - 1;
            first = document.Numbers[numeral].Start;
        }

        var children = ages.All(a => a.Value < 18);
        if (!children && document.Lexicon.ChildNouns.Contains(tokens[noun].Lower))
        {
            return null;
        }

        document.Numbers.RemoveAll(n => n.Start >= first && n.Start <= noun);
        NumberRecognizer.Add(document, sentence, first, noun + 1, people,
            NumberFlags.Article | (children ? NumberFlags.ChildByAge : NumberFlags.AdultByAge));
        return people;
    }

    /// <summary>The number token of an age ending at the "-year" word at <paramref name="year"/> («72-річний», «72 річний»), or -1.</summary>
    private static int AgeAt(AnnotatedDocument document, int year)
    {
        var tokens = document.Tokens;
        if (year >= 2 && tokens[year - 1].Lower == "-" && tokens[year - 2].Kind == TokenKind.Number)
        {
            return year - 2;
        }

        return year >= 1 && tokens[year - 1].Kind == TokenKind.Number ? year - 1 : -1;
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];
}
