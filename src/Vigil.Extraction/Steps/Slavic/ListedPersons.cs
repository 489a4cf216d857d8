using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «поранено чотирирічну дівчинку, її 25-річну маму та 56-річну бабусю», «госпіталізовані 4-річна дівчинка, її мати та бабуся»:
/// single persons listed after a casualty cue, joined by commas and «та»/«і», share the cue. The shared step reads the first
/// and, in English order, "and her grandfather" after it, but a comma list of three leaves the rest uncounted. Each person
/// of the list right after a counted one (only a comma or "and" between) is counted with the same verb: killed or injured,
/// a child by noun or age as a child. Ukrainian and Russian alike.
/// </summary>
internal sealed class ListedPersons : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        var numbers = document.Numbers;
        var added = new List<CasualtyMention>();
        foreach (var first in document.Casualties.Where(c => c.Field != CasualtyField.Missing && !c.SubCount && !c.PartCount && !c.Past))
        {
            var at = numbers.FindIndex(n => n.Start == first.NumberToken);
            // (a group counted by its ages may head the list too: «48-летний и 40-летний мужчины и 17-летний парень»)
            if (at < 0 || (numbers[at].Flags & NumberFlags.Article) == 0 ||
                (numbers[at].Value != 1 && (numbers[at].Flags & (NumberFlags.AdultByAge | NumberFlags.ChildByAge)) == 0))
            {
                continue;
            }

            var previous = numbers[at];
            var sentence = document.Sentences[tokens[previous.Start].Sentence];
            for (var k = at + 1; k < numbers.Count; k++)
            {
                var next = numbers[k];
                // the noun a single-person count stands on may follow it ("her" + "mother"): the gap starts after that noun
                var gapStart = previous.End < sentence.EndToken && IsPersonWord(document, previous.End) ? previous.End + 1 : previous.End;
                if (tokens[next.Start].Sentence != tokens[previous.Start].Sentence || next.QualifierStart <= gapStart || next.QualifierStart - gapStart > 3 ||
                    !Enumerable.Range(gapStart, next.QualifierStart - gapStart).All(j => tokens[j].Lower is "and" or "," or "her" or "his" or "their") ||
                    (next.Flags & NumberFlags.Article) == 0 || next.Value < 1)
                {
                    break;
                }

                // an item the shared step already counted ("her 25-year-old mother") carries the list on
                if (counted.Contains(next.Start))
                {
                    previous = next;
                    continue;
                }

                // «загинуло немовля, мати дитини поранена»: a person with a verb of their own is no item of the list
                if (OwnCue(document, next, sentence))
                {
                    break;
                }

                var child = (next.Flags & NumberFlags.ChildByAge) != 0 || NounPhrase.Of(document, next, sentence.EndToken).Head == HeadClass.Child;
                var killed = first.Field is CasualtyField.Killed or CasualtyField.ChildrenKilled;
                var field = killed ? (child ? CasualtyField.ChildrenKilled : CasualtyField.Killed) : child ? CasualtyField.ChildrenInjured : CasualtyField.Injured;
                // an item may be a group counted by its ages («76-річний чоловік, 88-річна та 66-річна жінки»: AgeListCounts)
                added.Add(first with { Field = field, Value = (int)next.Value, Flags = next.Flags, NumberToken = next.Start });
                counted.Add(next.Start);
                previous = next;
            }
        }

        foreach (var mention in added)
        {
            var at = document.Casualties.FindIndex(c => c.NumberToken > mention.NumberToken);
            document.Casualties.Insert(at < 0 ? document.Casualties.Count : at, mention);
        }
    }

    private static bool OwnCue(AnnotatedDocument document, NumberMention n, SentenceSpan sentence)
    {
        for (var j = n.End; j < Math.Min(sentence.EndToken, n.End + 3); j++)
        {
            var w = document.Tokens[j].Lower;
            if (w is "," or "and")
            {
                return false;
            }

            if (document.Lexicon.CasualtyCues.ContainsKey(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonWord(AnnotatedDocument document, int token) =>
        document.Lexicon.PersonNouns.Contains(document.Tokens[token].Lower) || document.Lexicon.ChildNouns.Contains(document.Tokens[token].Lower);
}
