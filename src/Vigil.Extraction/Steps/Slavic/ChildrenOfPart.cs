using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Ще 22 постраждали, серед них 17 довелося ушпиталити, в тому числі трьох дітей»: the children are counted
/// among the hospitalised, a part of the injured, so they are a part of a part and say nothing of how many
/// of the 22 were children (specs/realtext/uk/README.md). A children figure that follows a hospital or
/// condition count in its sentence, with no other casualty word between them, is such a sub-count.
/// A hospital count said to be "of them" («13 з них госпіталізували», «одного з них госпіталізували», «5 із них у лікарнях»)
/// is a part of a count stated before, even when that count was not read: never the injured figure.
/// </summary>
internal sealed class ChildrenOfPart : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.PartCount && OfThem(document, c.NumberToken))
            {
                casualties[i] = c with { PartCount = false, SubCount = true };
            }
        }

        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.Field is not (CasualtyField.ChildrenInjured or CasualtyField.ChildrenKilled) || c.SubCount)
            {
                continue;
            }

            // «чоловік та жінка загинули, їх 4-річній дитині надано допомогу на місці»: the child was treated, not killed
            if (c.Field == CasualtyField.ChildrenKilled && TreatedAfter(document, c.NumberToken))
            {
                casualties[i] = c with { Field = CasualtyField.ChildrenInjured };
                continue;
            }

            var part = casualties.Where(o => o.Sentence == c.Sentence && (o.SubCount || o.PartCount) && o.NumberToken < c.NumberToken &&
                                             o.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured)
                .OrderByDescending(o => o.NumberToken).FirstOrDefault();
            if (part is null || CueBetween(document, part.NumberToken + 1, c.NumberToken))
            {
                continue;
            }

            casualties[i] = c with { SubCount = true };
        }
    }

    /// <summary>"of them" / "of whom" (the glosses of «з них», «із них», «из них») right after the count's number.</summary>
    private static bool OfThem(AnnotatedDocument document, int number)
    {
        var tokens = document.Tokens;
        var at = document.NumberIndexAt(number) is var n and >= 0 ? document.Numbers[n].End : number + 1;
        return at + 1 < tokens.Count && tokens[at].Sentence == tokens[number].Sentence && tokens[at].Lower == "of" &&
               tokens[at + 1].Lower is "them" or "whom";
    }

    /// <summary>A treatment phrase («надано допомогу», «госпіталізували») within a few words after the child, in its sentence.</summary>
    private static bool TreatedAfter(AnnotatedDocument document, int number)
    {
        var tokens = document.Tokens;
        var sentence = tokens[number].Sentence;
        var end = number + 1;
        while (end < tokens.Count && tokens[end].Sentence == sentence)
        {
            end++;
        }

        for (var k = number + 1; k < Math.Min(end, number + 5); k++)
        {
            if (document.Lexicon.Discourse.PartCount.MatchAt(tokens, k, end).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…17 ушпиталено, а серед поранених троє дітей": a casualty word between them makes the children the injured's.</summary>
    private static bool CueBetween(AnnotatedDocument document, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // the part's own verb ("ушпиталити", read as "hospitalised") is not another count's
            if (document.Tokens[k].Lower is not ("hospitalised" or "hospitalized") &&
                document.Lexicon.CasualtyCues.TryGetValue(document.Tokens[k].Lower, out var kind) &&
                kind is CasualtyKind.Injured or CasualtyKind.Killed or CasualtyKind.Casualties)
            {
                return true;
            }
        }

        return false;
    }
}
