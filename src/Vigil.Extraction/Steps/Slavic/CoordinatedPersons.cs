using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «чоловік та жінка загинули», «ще одна жінка та чоловік отримали поранення»: two persons joined by "and" before one plural
/// verb. The shared step reads the verb with the nearer person only, so the toll came out as one. The person before "and",
/// counted as one and claimed by no casualty, is counted for the same field (a child for the children's field), and the
/// persons named one by one add up as they do when the verb comes first («поранено жінку та хлопця»). Run by
/// <see cref="RegionalTotals"/>, before it weighs the counts.
/// </summary>
internal static class CoordinatedPersons
{
    public static void Add(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var added = new List<CasualtyMention>();
        foreach (var c in document.Casualties)
        {
            var and = c.NumberToken - 1;
            if ((c.Flags & NumberFlags.Article) == 0 || c.Value != 1 || and < 2 || tokens[and].Lower != "and" ||
                tokens[and].Sentence != c.Sentence || !(lex.PersonNouns.Contains(tokens[and - 1].Lower) || lex.ChildNouns.Contains(tokens[and - 1].Lower)))
            {
                continue;
            }

            // the number counting the person before "and": the person itself ("чоловік"), or "одна" before "жінка"
            var before = document.Numbers.LastOrDefault(n => n.IsCount && n.Value == 1 && n.Start < and && n.Start >= and - 2 &&
                                                             tokens[n.Start].Sentence == c.Sentence);
            if (before == default || document.Casualties.Any(o => o.NumberToken == before.Start) || added.Any(o => o.NumberToken == before.Start))
            {
                continue;
            }

            var child = lex.ChildNouns.Contains(tokens[and - 1].Lower) || (before.Flags & NumberFlags.ChildByAge) != 0;
            var field = c.Field switch
            {
                CasualtyField.Killed or CasualtyField.ChildrenKilled => child ? CasualtyField.ChildrenKilled : CasualtyField.Killed,
                CasualtyField.Injured or CasualtyField.ChildrenInjured => child ? CasualtyField.ChildrenInjured : CasualtyField.Injured,
                _ => (CasualtyField?)null,
            };
            if (field is { } f)
            {
                added.Add(c with { Field = f, NumberToken = before.Start, Flags = before.Flags | NumberFlags.Article, Qualifier = before.Qualifier });
            }
        }

        document.Casualties.AddRange(added);
    }
}
