using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Ранения получили четыре человека», «травмы получила 70-летняя женщина»: Russian puts the injury and its verb before the
/// people counted, an order the shared casualty step does not read (it looks for the verb after its subject, or a verb cue
/// right before the number, which would also take «от полученных ранений мужчина погиб» as wounded). Only the noun and the
/// finite verb right before the number, in either order («получили ранения двое человек»), count the number as injured.
/// Ukrainian writes both orders («поранення отримали двоє», «отримали поранення 63-річна жінка», «зазнали поранень 13-річна
/// дівчина та її дідусь»), and the people after the cue may be a list joined by «та»/«і»: each count of the list is read, a child
/// by noun or age as a child.
/// </summary>
internal sealed class InjuriesReceived : IPipelineStep
{
    // (burns are wounds: «ранения и ожоги получили три местных жителя», «получила ожоги женщина»)
    private static readonly string[] Injuries = ["ранения", "ранение", "травмы", "травму", "увечья", "баротравму", "баротравмы", "ожоги", "ожог"];
    private static readonly string[] Received = ["получили", "получил", "получила", "получило"];
    private static readonly string[] InjuriesUk = ["поранення", "поранень", "травми", "травм", "травму", "баротравму", "баротравми", "опіки", "опіків"];
    private static readonly string[] ReceivedUk = ["отримали", "отримала", "отримав", "отримало", "дістали", "дістала", "дістав", "зазнали", "зазнала", "зазнав", "зазнало"];

    public void Run(AnnotatedDocument document)
    {
        if (string.Equals(document.Info.Language, "uk", StringComparison.Ordinal))
        {
            RunUkrainian(document);
            return;
        }

        if (!string.Equals(document.Info.Language, "ru", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = document.Tokens;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        foreach (var number in document.Numbers)
        {
            var verb = SeverityBefore(document, AdjectivesBefore(document, MoreBefore(document, number.QualifierStart), RussianAdjectiveEndings)) - 1;
            if (!number.IsCount || counted.Contains(number.Start) || verb < 1 ||
                tokens[verb].Sentence != tokens[number.Start].Sentence || tokens[verb - 1].Sentence != tokens[number.Start].Sentence ||
                !((Received.Contains(document.OriginalLower(verb)) && Injuries.Contains(document.OriginalLower(WoundBeforeSeverity(document, verb) - 1))) ||
                  (Injuries.Contains(document.OriginalLower(verb)) && Received.Contains(document.OriginalLower(verb - 1)))) ||
                document.Weapons.Any(w => w.Start >= number.End && w.Start <= number.End + 1))
            {
                continue;
            }

            // («травмы получили трое подростков»: children by noun or age are children injured, as in Ukrainian)
            var child = (number.Flags & NumberFlags.ChildByAge) != 0 ||
                        NounPhrase.Of(document, number, document.Sentences[tokens[number.Start].Sentence].EndToken).Head == HeadClass.Child;
            var mention = new CasualtyMention(tokens[number.Start].Sentence, child ? CasualtyField.ChildrenInjured : CasualtyField.Injured,
                (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, null, false);
            var at = document.Casualties.FindIndex(c => c.NumberToken > number.Start);
            document.Casualties.Insert(at < 0 ? document.Casualties.Count : at, mention);
        }
    }

    private static void RunUkrainian(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        NumberMention? previous = null;
        foreach (var number in document.Numbers.ToList())
        {
            var s = tokens[number.Start].Sentence;
            var cue = SeverityBefore(document, MoreBefore(document, AdjectivesBefore(document, number.QualifierStart, UkrainianAdjectiveEndings))) - 2;
            var afterCue = cue >= 0 && tokens[cue].Sentence == s && tokens[cue + 1].Sentence == s &&
                           ((ReceivedUk.Contains(document.OriginalLower(cue)) && InjuriesUk.Contains(document.OriginalLower(cue + 1))) ||
                            (InjuriesUk.Contains(document.OriginalLower(cue)) && ReceivedUk.Contains(document.OriginalLower(cue + 1))) ||
                            (ReceivedUk.Contains(document.OriginalLower(cue + 1)) && WoundBeforeSeverity(document, cue + 1) is var w && w < cue + 1 &&
                             w > 0 && tokens[w - 1].Sentence == s && InjuriesUk.Contains(document.OriginalLower(w - 1))));
            // «отримав уламкове поранення 17-річний хлопець»: the kind of wound stands between the verb and the wound
            var kindOfWound = !afterCue && cue >= 1 && tokens[cue - 1].Sentence == s && tokens[cue + 1].Sentence == s &&
                              ReceivedUk.Contains(document.OriginalLower(cue - 1)) && InjuriesUk.Contains(document.OriginalLower(cue + 1)) &&
                              IsWoundAdjective(document, cue);
            afterCue |= kindOfWound;
            // «… 13-річна дівчина та її дідусь»: the next of a list after the cue, joined by "and" or a comma only
            var listed = !afterCue && previous is { } p && tokens[p.Start].Sentence == s && number.QualifierStart > p.End &&
                         number.QualifierStart - p.End <= 2 && Enumerable.Range(p.End, number.QualifierStart - p.End).All(k => tokens[k].Lower is "and" or ",");
            // «смертельні поранення дістав 60-річний чоловік»: fatal wounds are a death (specs/realtext/uk conventions)
            var fatal = afterCue && cue > 0 && document.OriginalLower(kindOfWound ? cue : cue - 1).StartsWith("смертельн", StringComparison.Ordinal);
            if (!afterCue && !listed)
            {
                previous = null;
                continue;
            }

            if (!number.IsCount || counted.Contains(number.Start) || document.Weapons.Any(w => w.Start >= number.End && w.Start <= number.End + 1))
            {
                previous = counted.Contains(number.Start) ? previous : null;
                continue;
            }

            var sentence = document.Sentences[s];
            var child = (number.Flags & NumberFlags.ChildByAge) != 0 || NounPhrase.Of(document, number, sentence.EndToken).Head == HeadClass.Child;
            var value = (int)Math.Min(number.Value, int.MaxValue);
            // «поранення отримали 58 та 49-річні жінки»: two ages sharing one "-year" are two people, not 58
            if (number.End + 3 < sentence.EndToken && tokens[number.End].Lower == "and" && tokens[number.End + 1].Kind == TokenKind.Number &&
                tokens[number.End + 2].Lower == "-" && tokens[number.End + 3].Lower == "year")
            {
                child = number.Value < 18 && long.TryParse(tokens[number.End + 1].Lower, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age < 18;
                value = 2;
                document.RemoveNumbersAt(number.End + 1);
                counted.Add(number.End + 1);
            }

            var field = fatal ? (child ? CasualtyField.ChildrenKilled : CasualtyField.Killed) : child ? CasualtyField.ChildrenInjured : CasualtyField.Injured;
            var mention = new CasualtyMention(s, field, value,
                number.Qualifier, number.Flags, number.Start, null, false);
            var at = document.Casualties.FindIndex(c => c.NumberToken > number.Start);
            document.Casualties.Insert(at < 0 ? document.Casualties.Count : at, mention);
            counted.Add(number.Start);
            previous = fatal ? null : number;
        }
    }

    /// <summary>
    /// «ранения различной степени тяжести получили трое», «поранення різного ступеня тяжкості отримали»: the wound's severity
    /// between the wound and its verb; where the verb would start had it not been written (the verb's own index otherwise).
    /// </summary>
    private static int WoundBeforeSeverity(AnnotatedDocument document, int verb)
    {
        var start = SeverityBefore(document, verb);
        return start < verb && start > 0 && document.Tokens[start - 1].Sentence == document.Tokens[verb].Sentence ? start : verb;
    }

    /// <summary>
    /// Whether a finite verb and then the wound it received end right before <paramref name="end"/>, the severity after them
    /// («получили ранения различной степени тяжести», «отримали поранення»). Participles are no verb here («от полученных
    /// ранений мужчина погиб» is a death); the wound before its verb («смертельні поранення отримав юнак», two ages sharing
    /// one "-year") is left to <see cref="Run"/>.
    /// </summary>
    internal static bool VerbThenWoundEndsAt(AnnotatedDocument document, int end)
    {
        // (read for every word left of every count: the glossed wound or the severity's last word first, before any word as written)
        if (end < 2 || end > document.Tokens.Count || !(document.Tokens[end - 1].Lower == "injuries" || IsWritten(document, end - 1, "тяжести", "тяжкості")))
        {
            return false;
        }

        var cue = SeverityBefore(document, end) - 2;
        if (cue < 0 || end >= document.Tokens.Count || document.Tokens[cue].Sentence != document.Tokens[end].Sentence)
        {
            return false;
        }

        var (verb, wound) = (document.OriginalLower(cue), document.OriginalLower(cue + 1));
        return (Received.Contains(verb) && Injuries.Contains(wound)) || (ReceivedUk.Contains(verb) && InjuriesUk.Contains(wound));
    }

    private static bool IsWritten(AnnotatedDocument document, int token, string first, string second)
    {
        var t = document.Tokens[token];
        var word = document.Text.AsSpan(t.Start, t.End - t.Start);
        return word.Equals(first, StringComparison.OrdinalIgnoreCase) || word.Equals(second, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>«ранения получил ещё один мирный житель», «поранення отримав ще один чоловік»: "one more" between the cue and the count.</summary>
    private static int MoreBefore(AnnotatedDocument document, int start) =>
        start > 0 && document.Tokens[start - 1].Sentence == document.Tokens[start].Sentence && document.OriginalLower(start - 1) is "еще" or "ещё" or "ще"
            ? start - 1
            : start;

    private static readonly string[] Severities = ["разной", "различной", "средней", "легкой", "лёгкой", "тяжелой", "тяжёлой", "різного", "різних", "середнього", "легкого", "важкого", "тяжкого"];

    /// <summary>
    /// «получили ранения различной степени тяжести 19 человек», «отримали поранення різного ступеня тяжкості 12 людей»: the
    /// severity after the wound is the wound's; where the cue would end without it.
    /// </summary>
    private static int SeverityBefore(AnnotatedDocument document, int start)
    {
        var tokens = document.Tokens;
        return start >= 3 && tokens[start - 3].Sentence == tokens[start].Sentence &&
               document.OriginalLower(start - 1) is "тяжести" or "тяжкості" && document.OriginalLower(start - 2) is "степени" or "ступеня" or "ступенів" &&
               Severities.Contains(document.OriginalLower(start - 3))
            ? start - 3
            : start;
    }

    private static readonly string[] RussianAdjectiveEndings = ["ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие"];
    private static readonly string[] UkrainianAdjectiveEndings = ["ий", "ій", "ва", "на", "ла", "ня", "ні", "ві", "лі"];

    /// <summary>
    /// «травмы получила пожилая женщина», «поранення отримала місцева мешканка»: up to two lowercase adjectives between the cue and
    /// the person counted belong to the person; where the cue would end, had they not been written.
    /// </summary>
    private static int AdjectivesBefore(AnnotatedDocument document, int start, string[] endings)
    {
        var k = start;
        while (k > 0 && start - k < 2 && document.Tokens[k - 1] is { Kind: TokenKind.Word, Capitalized: false } t &&
               document.Tokens[k - 1].Sentence == document.Tokens[start].Sentence && t.End - t.Start >= 5 &&
               document.OriginalLower(k - 1) is var w && endings.Any(e => w.EndsWith(e, StringComparison.Ordinal)) &&
               !Received.Contains(w) && !ReceivedUk.Contains(w) && !Injuries.Contains(w) && !InjuriesUk.Contains(w))
        {
            k--;
        }

        return k;
    }

    /// <summary>A lower-case adjective of a wound's kind or number («уламкові», «осколкове», «численні», «тяжкі», «смертельні»).</summary>
    private static bool IsWoundAdjective(AnnotatedDocument document, int token) =>
        document.Tokens[token] is { Kind: TokenKind.Word, Capitalized: false } t && t.End - t.Start >= 5 &&
        document.OriginalLower(token) is var w && (w.EndsWith('і') || w.EndsWith('е')) && !InjuriesUk.Contains(w) && !ReceivedUk.Contains(w);

}
