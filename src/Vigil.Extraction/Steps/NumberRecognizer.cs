using System.Globalization;
using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Finds numbers written in digits ("12,456"), words ("twenty-one", "a dozen") and as a single
/// person ("a toddler", "her neighbour", "another"), with their qualifier ("at least"), and marks
/// the ones that are not counts: ages, times, distances, durations, years, percentages, storeys,
/// dates. What a number counts is decided later; this step only says what it is.
/// </summary>
internal sealed class NumberRecognizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Number)
                {
                    var end = i + 1;
                    if (!TryParseDigits(t.Lower, out var value, out var isDecimal))
                    {
                        i++;
                        continue;
                    }

                    if (end < sentence.EndToken && lex.ScaleWords.TryGetValue(tokens[end].Lower, out var scale))
                    {
                        // "2.5 thousand residents", «2,5 тисячі мешканців»: a fraction of a scale is a count (2,500), not a decimal
                        if (isDecimal && decimal.TryParse(t.Lower.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction))
                        {
                            value = (long)Math.Round(fraction * scale);
                            isDecimal = false;
                        }
                        else
                        {
                            value *= scale;
                        }

                        end++;
                    }

                    var flags = isDecimal ? NumberFlags.NonCount : NumberFlags.None;
                    Add(document, sentence, i, end, value, flags);
                    i = end;
                    continue;
                }

                if (t.Kind == TokenKind.Word)
                {
                    var consumed = TryWordNumber(document, sentence, i);
                    if (consumed > i)
                    {
                        i = consumed;
                        continue;
                    }

                    consumed = TrySinglePerson(document, sentence, i);
                    if (consumed > i)
                    {
                        i = consumed;
                        continue;
                    }

                    consumed = TryAgeList(document, sentence, i);
                    if (consumed > i)
                    {
                        i = consumed;
                        continue;
                    }
                }

                i++;
            }
        }
    }

    private static int TryWordNumber(AnnotatedDocument document, SentenceSpan sentence, int i)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var start = i;
        var lower = tokens[i].Lower;

        // "a dozen", "a hundred"
        if (lower is "a" or "an" && i + 1 < sentence.EndToken &&
            (tokens[i + 1].Lower == "dozen" || lex.ScaleWords.ContainsKey(tokens[i + 1].Lower)))
        {
            var v = tokens[i + 1].Lower == "dozen" ? 12 : lex.ScaleWords[tokens[i + 1].Lower];
            Add(document, sentence, start, i + 2, v, NumberFlags.None);
            return i + 2;
        }

        if (!lex.NumberWords.TryGetValue(lower, out var first))
        {
            return i;
        }

        // "no one", "one another", "one of the …" are not counts of one.
        if (lower == "one")
        {
            var prev = i > sentence.FirstToken ? tokens[i - 1].Lower : "";
            var next = i + 1 < sentence.EndToken ? tokens[i + 1].Lower : "";
            if (prev is "no" or "any" or "every" or "each" || next is "another" or "by" or "day" || (next == "of" && !OfThemIsCount(tokens, i + 1, sentence.EndToken)))
            {
                return i + 1;
            }
        }

        long value = first;
        var end = i + 1;
        // tens + units: "twenty-one", "twenty one"
        if (first is >= 20 and < 100 && first % 10 == 0)
        {
            var k = end;
            if (k < sentence.EndToken && tokens[k].Lower == "-")
            {
                k++;
            }

            if (k < sentence.EndToken && lex.NumberWords.TryGetValue(tokens[k].Lower, out var unit) && unit is > 0 and < 10)
            {
                value += unit;
                end = k + 1;
            }
        }

        // "two dozen": a dozen counts twelve, not a second number
        if (value < 100 && end < sentence.EndToken && tokens[end].Lower == "dozen")
        {
            value *= 12;
            end++;
        }

        // scales: "two hundred", "three thousand", "two hundred and fifty"
        while (end < sentence.EndToken && lex.ScaleWords.TryGetValue(tokens[end].Lower, out var scale))
        {
            value *= scale;
            end++;
            if (end + 1 < sentence.EndToken && tokens[end].Lower == "and" &&
                lex.NumberWords.TryGetValue(tokens[end + 1].Lower, out var rest) && rest < 100)
            {
                value += rest;
                end += 2;
            }
        }

        Add(document, sentence, start, end, value, NumberFlags.None);
        return end;
    }

    /// <summary>"schoolgirls aged 12 and 15", "children aged 16, 5 and 4": as many children as ages listed.</summary>
    private static int TryAgeList(AnnotatedDocument document, SentenceSpan sentence, int i)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        // a plural child noun: "boys", and those without an s ("children aged 16, 5 and 4")
        if (!lex.ChildNouns.Contains(tokens[i].Lower) || !(tokens[i].Lower.EndsWith('s') || lex.Words.PluralWithoutS.Contains(tokens[i].Lower)) ||
            (i > sentence.FirstToken && (tokens[i - 1].Kind == TokenKind.Number || lex.NumberWords.ContainsKey(tokens[i - 1].Lower))))
        {
            return i;
        }

        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Lower == ",")
        {
            k++;
        }

        if (k >= sentence.EndToken || tokens[k].Lower != "aged")
        {
            return i;
        }

        var ages = 0;
        for (k++; k < sentence.EndToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Number || lex.NumberWords.ContainsKey(tokens[k].Lower))
            {
                ages++;
            }
            else if (tokens[k].Lower is "," or "and")
            {
                continue;
            }
            else
            {
                // "aged 2 to 15" is a range, not a list
                if (tokens[k].Lower is "to" or "-" or "between" or "from")
                {
                    return i;
                }

                break;
            }
        }

        if (ages < 2)
        {
            return i;
        }

        Add(document, sentence, i, i + 1, ages, NumberFlags.Article | NumberFlags.ChildByAge);
        return i + 1;
    }

    private static bool OfThemIsCount(List<Token> tokens, int of, int limit) =>
        of + 1 < limit && tokens[of + 1].Lower is "them" or "whom" or "the" or "those" or "these";

    /// <summary>"a toddler", "an elderly woman", "her 65-year-old neighbour", "a 14-year-old", "another (woman)": one person.</summary>
    private static int TrySinglePerson(AnnotatedDocument document, SentenceSpan sentence, int i)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var lower = tokens[i].Lower;
        var isAnother = lower == "another";
        if (lower == "the" && i > sentence.FirstToken && tokens[i - 1].Lower is "killing" or "injuring" or "wounding" or "killed" or "injured" or "wounded")
        {
            lower = "a"; // "injuring the driver": one person
        }

        // "resulting in the death of the driver", "the death of a 60-year-old woman": the one person who died
        var deathOf = i > sentence.FirstToken + 1 && tokens[i - 1].Lower == "of" && tokens[i - 2].Lower is "death" && document.Lexicon.Forms is null;
        if (lower == "the" && deathOf)
        {
            lower = "a";
        }

        if ((!document.Lexicon.Words.SingularDeterminers.Contains(lower) && !isAnother) || (i > sentence.FirstToken && tokens[i - 1].Lower is "of" && lower is "a" or "an" && !deathOf))
        {
            return i;
        }

        // "a man died, his body was pulled from the rubble", «погиб мужчина, его тело достали»: the body of someone told before
        if (lower is "his" or "her" or "their" && i + 1 < sentence.EndToken && tokens[i + 1].Lower is "body" or "bodies" or "remains")
        {
            return i;
        }

        if (isAnother && i + 1 < sentence.EndToken && IsNumberStart(lex, tokens[i + 1]))
        {
            return i; // "another 315 drones", "another three": the number itself is read next.
        }

        // "her two daughters", «її дві доньки»: a possessive before a count is no one person (but "her 65-year-old neighbour" is)
        if (lower is "her" or "his" or "their" && i + 1 < sentence.EndToken && IsNumberStart(lex, tokens[i + 1]) &&
            !(i + 3 < sentence.EndToken && tokens[i + 2].Lower == "-" && tokens[i + 3].Lower == "year"))
        {
            return i;
        }

        var flags = isAnother ? NumberFlags.Additive : NumberFlags.Article;
        var k = i + 1;
        var limit = Math.Min(sentence.EndToken, i + 9); // ("a 54-year-old local resident": the age takes five tokens)
        while (k < limit)
        {
            var w = tokens[k];
            // "a 14-year-old", "a four-year-old girl": the age in digits or in a word
            var wordAge = lex.NumberWords.TryGetValue(w.Lower, out var worded);
            if ((w.Kind == TokenKind.Number || wordAge) && k + 4 < sentence.EndToken && tokens[k + 1].Lower == "-" &&
                tokens[k + 2].Lower == "year" && tokens[k + 3].Lower == "-" && tokens[k + 4].Lower == "old")
            {
                long age = worded;
                if (wordAge || long.TryParse(w.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out age))
                {
                    flags |= age < 18 ? NumberFlags.ChildByAge : NumberFlags.AdultByAge;
                }

                k += 5;
                // "a 14-year-old" with no noun after it is a person.
                if (k >= sentence.EndToken || !IsPersonNoun(lex, tokens[k].Lower))
                {
                    Add(document, sentence, i, k, 1, flags);
                    return k;
                }

                continue;
            }

            if (w.Kind != TokenKind.Word)
            {
                break;
            }

            if (w.Lower == "couple" && (k + 1 >= sentence.EndToken || tokens[k + 1].Lower != "of"))
            {
                Add(document, sentence, i, k + 1, 2, flags);
                return k + 1;
            }

            // "an elderly man": an adjective before the noun
            if (w.Lower == "elderly" && k + 1 < sentence.EndToken && IsPersonNoun(lex, tokens[k + 1].Lower))
            {
                k++;
                continue;
            }

            // "a civilian man", "a local resident": a person word used as an adjective before the noun
            if (IsPersonNoun(lex, w.Lower) && k + 1 < sentence.EndToken && tokens[k + 1].Kind == TokenKind.Word && IsPersonNoun(lex, tokens[k + 1].Lower) &&
                !tokens[k + 1].Lower.EndsWith('s'))
            {
                k++;
                continue;
            }

            if (IsPersonNoun(lex, w.Lower))
            {
                if (document.Lexicon.Words.PluralWithoutS.Contains(w.Lower) || (w.Lower.EndsWith('s') && !lex.ChildNouns.Contains(w.Lower + "s")
                    && w.Lower is not "boss" and not "actress" and not "waitress"))
                {
                    return i;
                }

                Add(document, sentence, i, k + 1, 1, flags);
                return k + 1;
            }

            // (not "another attack on Izium injured two": the attack is another, not a person)
            if (isAnother && k == i + 1 && !lex.AttackWords.Contains(w.Lower) && (lex.CasualtyCues.ContainsKey(w.Lower) || lex.Auxiliaries.Contains(w.Lower) ||
                lex.CasualtyPhrases.MatchAt(tokens, k, sentence.EndToken).Length > 0 || w.Lower == ","))
            {
                // "… and another was injured", "another died in hospital"
                Add(document, sentence, i, i + 1, 1, flags);
                return i + 1;
            }

            if (lex.Auxiliaries.Contains(w.Lower) || lex.CasualtyCues.ContainsKey(w.Lower) || w.Lower is "and" or "or" or "of")
            {
                break;
            }

            k++;
        }

        return i;
    }

    private static bool IsPersonNoun(Lexicon lex, string w) => lex.PersonNouns.Contains(w) || lex.ChildNouns.Contains(w);

    private static bool IsNumberStart(Lexicon lex, Token t) =>
        t.Kind == TokenKind.Number || lex.NumberWords.ContainsKey(t.Lower);

    private static bool TryParseDigits(string s, out long value, out bool isDecimal)
    {
        isDecimal = false;
        value = 0;
        // "12,456" groups thousands; "1.5" is a decimal; "12.456" is ambiguous but read as grouping when groups are 3 digits.
        var parts = s.Split([',', '.']);
        if (parts.Length > 1 && parts.Skip(1).Any(p => p.Length != 3))
        {
            isDecimal = true;
            return long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        var digits = s.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return digits.Length <= 12 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    internal static void Add(AnnotatedDocument document, SentenceSpan sentence, int start, int end, long value, NumberFlags flags)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        if ((flags & (NumberFlags.Article | NumberFlags.Additive)) == 0)
        {
            flags |= NonCountFlags(document, sentence, start, end, value);
        }

        // qualifier: "at least 3", "more than 12,000"
        var qualifier = Qualifier.Exact;
        var qualifierStart = start;
        var q = lex.Qualifiers.MatchEndingAt(tokens, start, sentence.FirstToken);
        if (q.Length > 0)
        {
            qualifier = q.Value;
            qualifierStart = q.Start;
        }
        // «погибли, по меньшей мере, семь человек», "killed, at least, seven people": a qualifier set off by commas is the
        // number's too, and the verb before its first comma is the count's verb
        else if (start - 1 > sentence.FirstToken && tokens[start - 1].Lower == "," &&
                 lex.Qualifiers.MatchEndingAt(tokens, start - 1, sentence.FirstToken) is { Length: > 0 } set &&
                 set.Start - 1 > sentence.FirstToken && tokens[set.Start - 1].Lower == ",")
        {
            qualifier = set.Value;
            qualifierStart = set.Start - 1;
        }

        var before = lex.IncrementBefore.MatchEndingAt(tokens, qualifierStart, sentence.FirstToken);
        if (before.Length > 0 || (end < sentence.EndToken && lex.IncrementAfter.Contains(tokens[end].Lower)))
        {
            flags |= NumberFlags.Increment;
        }

        // "revised up to 38": the words before the number are a revision, not the qualifier "up to".
        for (var k = start - 1; k >= Math.Max(sentence.FirstToken, start - 7); k--)
        {
            var m = lex.RevisionMarkers.MatchAt(tokens, k, start);
            if (m.Length > 0 && m.End > qualifierStart && m.End <= start)
            {
                qualifier = Qualifier.Exact;
                qualifierStart = m.End;
                flags |= NumberFlags.Revision;
                break;
            }
        }

        for (var k = qualifierStart - 1; k >= Math.Max(sentence.FirstToken, qualifierStart - 7); k--)
        {
            // "rose to 11 on Thursday after another woman died": the revision is the number it reaches, not one after it
            if (tokens[k].Kind == TokenKind.Number || lex.NumberWords.ContainsKey(tokens[k].Lower) || tokens[k].Lower is "," or ";")
            {
                break;
            }

            if (lex.RevisionMarkers.MatchAt(tokens, k, qualifierStart).Length > 0)
            {
                flags |= NumberFlags.Revision;
                break;
            }
        }

        // «до 23 возросло количество пострадавших», «до 12 зросла кількість загиблих»: the total reached, told before its verb
        // (read as the qualifier "up to" when a word comes before it)
        if (start > sentence.FirstToken && tokens[start - 1].Lower == "to" && end < sentence.EndToken && lex.RevisionVerbs.Contains(tokens[end].Lower))
        {
            qualifier = Qualifier.Exact;
            qualifierStart = start - 1;
            flags |= NumberFlags.Revision;
        }

        // "has risen by 2 to 10": "by 2" is the increment, "to 10" (or "at 10") the new total.
        if (qualifierStart > sentence.FirstToken)
        {
            var prev = tokens[qualifierStart - 1].Lower;
            if (prev is "to" or "at" && (flags & NumberFlags.Revision) == 0 && RevisionVerbWithin(lex, tokens, qualifierStart - 2, sentence.FirstToken, 5))
            {
                flags |= NumberFlags.Revision;
            }
            else if (prev == "by" && RevisionVerbWithin(lex, tokens, qualifierStart - 2, sentence.FirstToken, 2))
            {
                flags |= NumberFlags.Increment;
                flags &= ~NumberFlags.Revision;
            }
        }

        for (var k = qualifierStart - 1; k >= Math.Max(sentence.FirstToken, qualifierStart - 4); k--)
        {
            if (tokens[k].Lower is "initially" or "earlier" or "first" or "previously" or "originally")
            {
                flags |= NumberFlags.Initial;
                break;
            }
        }

        document.Numbers.Add(new NumberMention(start, end, value, qualifier, flags, qualifierStart));
    }

    private static bool RevisionVerbWithin(Lexicon lex, List<Token> tokens, int from, int floor, int span)
    {
        for (var k = from; k >= Math.Max(floor, from - span + 1); k--)
        {
            if (lex.RevisionVerbs.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Number || tokens[k].Lower is "." or ";")
            {
                return false;
            }
        }

        return false;
    }

    private static NumberFlags NonCountFlags(AnnotatedDocument document, SentenceSpan sentence, int start, int end, long value)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        if (end < sentence.EndToken)
        {
            var next = tokens[end];
            if (lex.UnitWords.Contains(next.Lower) || lex.Months.ContainsKey(next.Lower))
            {
                return NumberFlags.NonCount;
            }

            if (next.Lower == "-" && end + 1 < sentence.EndToken &&
                (lex.UnitWords.Contains(tokens[end + 1].Lower) || tokens[end + 1].Lower is "year" or "month"))
            {
                return NumberFlags.NonCount;
            }

            // "10th": a suffix glued to the digits
            if (next.Kind == TokenKind.Word && next.Start == tokens[end - 1].End && tokens[end - 1].Kind == TokenKind.Number)
            {
                return NumberFlags.NonCount;
            }
        }

        // "Kh-101", "S-300", "Shahed-136", "Tu-95": a model name, not a count.
        if (start >= sentence.FirstToken + 2 && tokens[start - 1].Lower is "-" or "/" && tokens[start - 1].End == tokens[start].Start &&
            tokens[start - 2].End == tokens[start - 1].Start && tokens[start - 2].Kind is TokenKind.Word or TokenKind.Number)
        {
            return NumberFlags.NonCount;
        }

        // «станом на 12: 31 поранення отримали…»: the minutes of a clock time written with a space after the colon
        if (start >= sentence.FirstToken + 2 && tokens[start - 1].Lower == ":" && tokens[start - 2].Kind == TokenKind.Number &&
            tokens[start - 2].End - tokens[start - 2].Start <= 2 && tokens[start].Kind == TokenKind.Number && end == start + 1 &&
            tokens[start].End - tokens[start].Start == 2 && value <= 59)
        {
            return NumberFlags.NonCount;
        }

        if (start > sentence.FirstToken)
        {
            var prev = tokens[start - 1];
            // "Oct. 14", also with the abbreviation's full stop before a line break
            var abbreviatedMonth = prev.Lower == "." && start > sentence.FirstToken + 1 && lex.Months.ContainsKey(tokens[start - 2].Lower) &&
                                   lex.Abbreviations.Contains(tokens[start - 2].Lower);
            if (abbreviatedMonth || lex.Months.ContainsKey(prev.Lower) || prev.Lower is "minus" or "plus" or "no" or "number" or "#" or "$" or "€" or "£" or "№" or "article" or "part" or "paragraph" or "building" or "house" or "route" or "hospital" or "school" or "lyceum" or "unit" or "brigade" or "battalion")
            {
                return NumberFlags.NonCount;
            }
        }

        // "aged 63 and 70", "aged 2 to 15", "aged between 2 and 15", "ages 5-17", "women aged 40, 50, 51 and 58"
        for (var k = start - 1; k >= Math.Max(sentence.FirstToken, start - 16); k--)
        {
            var w = tokens[k];
            if (lex.AgeMarkers.Contains(w.Lower))
            {
                return NumberFlags.NonCount;
            }

            if (!(w.Kind == TokenKind.Number || lex.NumberWords.ContainsKey(w.Lower) || w.Lower is "and" or "to" or "between" or "," or "-" or "—" or "from"))
            {
                break;
            }
        }

        // years: "in 2022", "since 2014"
        if (tokens[start].Kind == TokenKind.Number && end == start + 1 && value is >= 1900 and <= 2100 &&
            !tokens[start].Lower.Contains(',', StringComparison.Ordinal))
        {
            return NumberFlags.NonCount;
        }

        return NumberFlags.None;
    }
}
