using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// "A 34-year-old man suffered burns. He died on the way to hospital.", «Мужчина получил ранения. Он скончался в больнице»: one
/// person counted wounded whom the next sentence, opening on him or her, says died is one killed, not one injured (the
/// same-sentence case is read where the count is). Only a lone wounded person, no one killed beside, no count in the next
/// sentence, and the two sentences in one paragraph (words.json <c>diedNextSentence</c>, as written, within its first words).
/// Wounds the count's own sentence calls fatal ("injuries incompatible with life", «дістали травми, несумісні з життям»;
/// words.json <c>fatalWounds</c>) are deaths too, where the sentence counts the wounded once.
/// </summary>
internal sealed class DiedInTheNextSentence : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var phrases = document.Lexicon.Words.DiedNextSentence;
        var casualties = document.Casualties;
        if (casualties.Count == 0)
        {
            return;
        }

        var bySentence = casualties.GroupBy(static c => c.Sentence).ToDictionary(static g => g.Key, static g => g.ToList());
        FatalWounds(document, bySentence);
        var counted = document.Numbers.Where(static n => n.IsCount).Select(n => document.Tokens[n.Start].Sentence).ToHashSet();
        foreach (var (s, inSentence) in bySentence)
        {
            if (s + 1 >= document.Sentences.Count || bySentence.ContainsKey(s + 1) ||
                inSentence.Any(static c => c.Field is CasualtyField.Killed or CasualtyField.ChildrenKilled) ||
                inSentence.Where(static c => c.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured).ToList() is not [{ Value: 1 } wounded] ||
                (wounded.Flags & NumberFlags.Article) == 0 || counted.Contains(s + 1))
            {
                continue;
            }

            var next = document.Sentences[s + 1];
            if (IncidentAssembler.StartsParagraph(document, next) || !OpensWith(document, next, phrases))
            {
                continue;
            }

            casualties[casualties.IndexOf(wounded)] = wounded with
            {
                Field = wounded.Field == CasualtyField.ChildrenInjured ? CasualtyField.ChildrenKilled : CasualtyField.Killed,
            };
        }
    }

    private static void FatalWounds(AnnotatedDocument document, Dictionary<int, List<CasualtyMention>> bySentence)
    {
        var casualties = document.Casualties;
        foreach (var (s, inSentence) in bySentence)
        {
            var sentence = document.Sentences[s];
            // (one count of the wounded, with or without its children: "seven died of their wounds and 20 were hurt" is not all deaths)
            var wounded = inSentence.Where(static c => c.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured).ToList();
            if (wounded.Count == 0 || wounded.Count(static c => c.Field == CasualtyField.Injured) > 1 || wounded.Count(static c => c.Field == CasualtyField.ChildrenInjured) > 1 ||
                !document.AnyWrittenIn(document.Lexicon.Words.FatalWounds, sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            foreach (var c in wounded)
            {
                var i = casualties.IndexOf(c);
                casualties[i] = c with { Field = c.Field == CasualtyField.ChildrenInjured ? CasualtyField.ChildrenKilled : CasualtyField.Killed };
                inSentence[inSentence.IndexOf(c)] = casualties[i];
            }
        }
    }

    // ("But, unfortunately, he died on the way": a few words may come first)
    private static bool OpensWith(AnnotatedDocument document, SentenceSpan sentence, IReadOnlyList<string[]> phrases)
    {
        for (var k = sentence.FirstToken; k < Math.Min(sentence.EndToken, sentence.FirstToken + 6); k++)
        {
            if (phrases.Any(p => k + p.Length <= sentence.EndToken && document.WrittenAt(p, k)))
            {
                return true;
            }
        }

        return false;
    }
}
