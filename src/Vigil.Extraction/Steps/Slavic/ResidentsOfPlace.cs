using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Двое жителей Никополя пострадали», «три жителя Горловки в ДНР пострадали», «одна жительница Суджи погибла», «житель Горловки
/// получил ранения»: Russian names the town in the genitive between the people counted and the verb, where English writes
/// "residents of Nikopol". The shared
/// casualty step looks for the verb right after the noun and read no count at all. A count of people followed by a town (and at
/// most an area and its abbreviation in brackets) and then a casualty verb is that town's toll. The place may be a noun only
/// («трое жителей города получили ранения», «двоє жителів села загинули»), and the verb a received injury («получили ранения»,
/// «отримали поранення»). Russian and Ukrainian (LanguagePack).
/// </summary>
internal sealed class ResidentsOfPlace : IPipelineStep
{
    // how many tokens may stand between the town and the verb: «в Донецкой Народной Республике (ДНР)»
    private const int Reach = 8;

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        foreach (var number in document.Numbers)
        {
            // («житель Горловки получил ранения»: one person read from the noun itself ends on it)
            var noun = (number.Flags & NumberFlags.Article) != 0 && number.End > number.Start && lex.PersonNouns.Contains(tokens[number.End - 1].Lower)
                ? number.End - 1
                : number.End;
            if (!number.IsCount || number.Value <= 0 || counted.Contains(number.Start) || noun + 2 >= tokens.Count ||
                tokens[noun].Sentence != tokens[number.Start].Sentence || !lex.PersonNouns.Contains(tokens[noun].Lower))
            {
                continue;
            }

            // «жителей Никополя», «жителей села Ивановка», «жителей города»
            var town = document.PlaceAt(noun + 1);
            var placeNoun = town is null && lex.Words.ResidentsPlaceNouns.Contains(document.OriginalLower(noun + 1));
            if (placeNoun)
            {
                town = document.PlaceAt(noun + 2);
            }
            else if (town is null && !OwnerNoun(document, noun + 1))
            {
                continue;
            }

            var sentence = tokens[number.Start].Sentence;
            var k = town?.End ?? noun + 2;
            var limit = Math.Min(tokens.Count, k + Reach);
            while (k < limit && tokens[k].Sentence == sentence && tokens[k].Lower is not ("killed" or "injured" or "received" or "suffered"))
            {
                if (document.PlaceAt(k) is { } other)
                {
                    k = other.End;
                }
                else if (document.OriginalLower(k) is "в" or "(" or ")" || (tokens[k].Capitalized && tokens[k].Kind == TokenKind.Word))
                {
                    k++;
                }
                else
                {
                    break;
                }
            }

            // («получили ранения», «отримали поранення», «дістала поранення»: a received injury is the injured's verb)
            // (the kind of wound may stand between: «получил осколочные ранения», «отримала мінно-вибухову травму»)
            var received = k < tokens.Count && tokens[k].Lower is "received" or "suffered" &&
                           Enumerable.Range(k + 1, Math.Max(0, Math.Min(tokens.Count, k + 5) - (k + 1)))
                               .TakeWhile(j => tokens[j].Sentence == sentence && (tokens[j].Kind == TokenKind.Word || tokens[j].Lower == "-"))
                               .Any(j => tokens[j].Lower is "injuries" or "injury" or "wounds");
            if (k >= tokens.Count || tokens[k].Sentence != sentence || (tokens[k].Lower is not ("killed" or "injured") && !received))
            {
                continue;
            }

            // (after a thing the people belong to, only the verb itself: «пасажирів маршрутки травмовані»)
            if (town is null && !placeNoun && k != noun + 2)
            {
                continue;
            }

            var field = tokens[k].Lower == "killed" ? CasualtyField.Killed : CasualtyField.Injured;
            var mention = new CasualtyMention(sentence, field, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, town, false);
            var at = document.Casualties.FindIndex(c => c.NumberToken > number.Start);
            document.Casualties.Insert(at < 0 ? document.Casualties.Count : at, mention);
        }
    }

    private static readonly string[] GenitiveEndings = ["а", "я", "и", "і", "ї", "у", "ю", "ів", "їв", "ей", "ов", "ев"];

    /// <summary>
    /// «шестеро пасажирів маршрутки травмовані», «двое сотрудников предприятия погибли»: a lowercase word right after the people
    /// counted names what they belong to (a bus, a firm), in the genitive; it is neither a verb nor a cue of its own.
    /// </summary>
    private static bool OwnerNoun(AnnotatedDocument document, int k)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        // (a genitive ending, and no day: not «одна людина там постраждала», «двоє людей вчора загинули»)
        return k + 1 < tokens.Count && tokens[k].Sentence == tokens[k + 1].Sentence && tokens[k].Kind == TokenKind.Word && !tokens[k].Capitalized &&
               GenitiveEndings.Any(document.OriginalLower(k).EndsWith) && !document.DatesIn(tokens[k].Sentence).Any(d => d.Start <= k && k < d.End) &&
               tokens[k].Lower is not ("killed" or "injured" or "received" or "suffered") && !lex.CasualtyCues.ContainsKey(tokens[k].Lower) &&
               !lex.Auxiliaries.Contains(tokens[k].Lower) && !lex.PersonNouns.Contains(tokens[k].Lower);
    }
}
