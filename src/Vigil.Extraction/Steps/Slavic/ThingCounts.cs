using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Постраждали»/«пострадали» is said of houses and cars as much as of people: «постраждали п'ять
/// автомобілів», «пошкоджено 15 житлових будинків». A number whose noun (right after it, or after one
/// adjective) is a damaged thing of the lexicon's damage list counts things, never people; nor does "one of"
/// a thing («в одном из районов города есть пострадавшие»). A bare count joined to a count of things and going straight on to
/// the verb («5 частных домов разрушены и около 40 пострадали») leaves the things' noun out: it counts things too.
/// </summary>
internal sealed class ThingCounts : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var damaged = new HashSet<int>(); // the numbers this step found counting damaged things
        for (var i = 0; i < document.Numbers.Count; i++)
        {
            var n = document.Numbers[i];
            if (!n.IsCount || (n.Flags & NumberFlags.Article) != 0)
            {
                continue;
            }

            // "в одном из районов города", "одна з локацій": one of some things, not one person
            if (n.Value == 1 && n.End + 1 < tokens.Count && tokens[n.End].Lower == "of" && tokens[n.End + 1].Kind == TokenKind.Word &&
                !lex.PersonNouns.Contains(tokens[n.End + 1].Lower) && !lex.ChildNouns.Contains(tokens[n.End + 1].Lower) &&
                !lex.MilitaryNouns.Contains(tokens[n.End + 1].Lower) && !lex.CasualtyCues.ContainsKey(tokens[n.End + 1].Lower) &&
                tokens[n.End + 1].Lower is not ("them" or "whom" or "who"))
            {
                document.Numbers[i] = n with { Flags = n.Flags | NumberFlags.NonCount };
                continue;
            }

            var limit = Math.Min(tokens.Count, n.End + 2);
            for (var k = n.End; k < limit; k++)
            {
                var w = tokens[k].Lower;
                if (tokens[k].Kind != TokenKind.Word || lex.PersonNouns.Contains(w) || lex.ChildNouns.Contains(w) ||
                    lex.MilitaryNouns.Contains(w) || lex.CasualtyCues.ContainsKey(w))
                {
                    break;
                }

                // the noun itself, or the noun after one adjective ("15 житлових будинків"), never past a preposition ("двоє у лікарні")
                if (k > n.End && tokens[n.End].Lower.Length < 4)
                {
                    break;
                }

                if (lex.Damage.MatchAt(tokens, k, limit).Length > 0)
                {
                    document.Numbers[i] = n with { Flags = n.Flags | NumberFlags.NonCount };
                    damaged.Add(i);
                    break;
                }
            }

            if (damaged.Contains(i - 1) && document.Numbers[i].IsCount && ElidedThing(document, document.Numbers[i - 1], n))
            {
                document.Numbers[i] = n with { Flags = n.Flags | NumberFlags.NonCount };
            }
        }
    }

    /// <summary>
    /// «5 домов разрушены и около 40 пострадали»: <paramref name="n"/> has no noun (its verb follows it) and comes after "and" (or
    /// a comma) closing the clause of <paramref name="things"/>, a count of things of the same sentence, with no person between.
    /// </summary>
    private static bool ElidedThing(AnnotatedDocument document, NumberMention things, NumberMention n)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        if (tokens[things.Start].Sentence != tokens[n.Start].Sentence ||
            n.End >= tokens.Count || !lex.CasualtyCues.ContainsKey(tokens[n.End].Lower) || n.QualifierStart - things.End > 6)
        {
            return false;
        }

        var joined = false;
        for (var k = things.End; k < n.QualifierStart; k++)
        {
            var w = tokens[k].Lower;
            if (lex.PersonNouns.Contains(w) || lex.ChildNouns.Contains(w))
            {
                return false;
            }

            joined |= w is "and" or ","; // (the Slavic conjunctions read as "and")
        }

        return joined;
    }
}
