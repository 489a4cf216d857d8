using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Люди неушкоджені», «люди внаслідок атаки не постраждали»: "the people were not hurt" with the adjective of no harm, or with
/// a short phrase between the subject and the negated verb, is the same zero as the lexicon's «люди не постраждали» (killed 0 and
/// injured 0), which matches only the three words side by side (set H: uk-h-008, h-009, two outlets). The predicate must follow
/// within seven words or commas, none of them a number or another break, and nothing before it may say the information is pending.
/// «Люди не поранені» denies wounds only: injured 0, the dead not stated (uk-p-014).
/// </summary>
internal sealed class PeopleUnharmed : IPipelineStep
{
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "люди", "людей", "мешканці", "жителі" };

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (document.Zeros.Any(z => z.Sentence == s) || document.Casualties.Any(c => c.Sentence == s))
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!Subjects.Contains(document.OriginalLower(i)) || Unharmed(document, i + 1, sentence.EndToken) is not { } denied ||
                    lex.ZeroBlockers.Contains(tokens, sentence.FirstToken, i))
                {
                    continue;
                }

                if (denied == CasualtyKind.Casualties)
                {
                    document.Zeros.Add(new ZeroMention(s, CasualtyField.Killed));
                }

                document.Zeros.Add(new ZeroMention(s, CasualtyField.Injured));
                break;
            }
        }
    }

    /// <summary>What the words after the subject deny: all harm (Casualties) or wounds only (Injured); null when they deny nothing.</summary>
    private static CasualtyKind? Unharmed(AnnotatedDocument document, int from, int end)
    {
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(end, from + 7); k++)
        {
            var word = document.OriginalLower(k);
            if (word.StartsWith("неушкоджен", StringComparison.Ordinal) || word.StartsWith("непостражд", StringComparison.Ordinal))
            {
                return CasualtyKind.Casualties;
            }

            if (word == "не" && k + 1 < end && document.Lexicon.CasualtyCues.TryGetValue(tokens[k + 1].Lower, out var kind) &&
                kind is CasualtyKind.Injured or CasualtyKind.Casualties)
            {
                // (the gloss reads «постраждали» as hurt too: the word as written tells a wound from any harm)
                return CasualtyRecognizer.WoundsOnlyAsWritten(document, k + 1, k + 2) ? CasualtyKind.Injured : CasualtyKind.Casualties;
            }

            // «Люди, за попередніми даними, не постраждали»: a parenthetical between commas may stand in the gap
            if (tokens[k].Kind != TokenKind.Word && tokens[k].Lower != ",")
            {
                return null;
            }
        }

        return null;
    }

}
