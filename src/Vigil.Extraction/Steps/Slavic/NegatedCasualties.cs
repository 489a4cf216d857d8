using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Пассажирка и водитель не травмировались», «мужчина не пострадал»: a person named and then said NOT to be hurt. The shared
/// casualty step reads the person noun as one (or, coupled, two) and the verb as the injury, and has no negation (English writes
/// "no one was hurt", a zero phrase). A count whose verb follows «не» within the same clause is no casualty but that field's zero
/// for the place the sentence is about (the sets' reading of «водитель не пострадал», «пассажирка и водитель не травмировались»:
/// ru-c-004, ru-h-016; specs/realtext/ru/README.md, set C: a zero said of one person is that place's only). Russian only
/// (LanguagePack registers it for ru).
/// </summary>
internal sealed class NegatedCasualties : IPipelineStep
{
    private const int Reach = 6;

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        foreach (var c in document.Casualties.Where(c => c.Value > 0 && !c.Past && Negated(document, tokens, c.NumberToken)).ToList())
        {
            document.Casualties.Remove(c);
            var field = c.Field switch
            {
                CasualtyField.ChildrenKilled => CasualtyField.Killed,
                CasualtyField.ChildrenInjured => CasualtyField.Injured,
                _ => c.Field,
            };
            if (field is CasualtyField.Killed or CasualtyField.Injured && !document.Zeros.Any(z => z.Sentence == c.Sentence && z.Field == field))
            {
                var at = document.Zeros.FindIndex(z => z.Sentence > c.Sentence);
                document.Zeros.Insert(at < 0 ? document.Zeros.Count : at, new ZeroMention(c.Sentence, field));
            }
        }
    }

    /// <summary>Whether «не» and a casualty verb follow the counted person before any other count, clause mark or verb of its own.</summary>
    private static bool Negated(AnnotatedDocument document, List<Token> tokens, int number)
    {
        var sentence = tokens[number].Sentence;
        for (var k = number + 1; k < Math.Min(tokens.Count - 1, number + Reach); k++)
        {
            var t = tokens[k];
            if (t.Sentence != sentence || t.Kind == TokenKind.Number || t.Lower is "," or ";" or ":" or "—" or "." ||
                t.Lower is "killed" or "injured")
            {
                return false;
            }

            if (string.Equals(document.Text[t.Start..t.End], "не", StringComparison.OrdinalIgnoreCase))
            {
                return tokens[k + 1].Sentence == sentence && tokens[k + 1].Lower is "killed" or "injured";
            }
        }

        return false;
    }
}
