using Vigil.Core;
using Vigil.Extraction.Rules;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «На жаль, є загиблий й постраждалий», «есть погибший и раненый», «є поранена»: after «є»/«есть» ("there is") a casualty
/// noun in the singular is one person, as "a dead man and a wounded one" would be. No number stands there, so nothing was
/// counted. The plural («є загиблі та поранені») says there are some, not how many, and stays uncounted.
/// </summary>
internal sealed class ThereIsOneCasualty : IPipelineStep
{
    private static readonly HashSet<string> ThereIs = new(StringComparer.Ordinal) { "є", "есть", "имеется", "имеются" };

    // the singular endings of the casualty nouns, which are adjectives in form: загиблий, поранена, погибший, пострадавшая
    private static readonly string[] SingularEndings = ["ий", "ій", "ый", "ой", "ая", "а"];

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!ThereIs.Contains(document.OriginalLower(i)))
            {
                continue;
            }

            var s = tokens[i].Sentence;
            var k = i + 1;
            while (k < tokens.Count && tokens[k].Sentence == s && SingularCasualty(document, k) is { } field && !counted.Contains(k))
            {
                var mention = new CasualtyMention(s, field, 1, Qualifier.Exact, NumberFlags.Article, k, null, false);
                var at = document.Casualties.FindIndex(c => c.NumberToken > k);
                document.Casualties.Insert(at < 0 ? document.Casualties.Count : at, mention);
                counted.Add(k);
                // «загиблий й постраждалий», «погибший и раненый»: the second of a pair joined by "and"
                if (k + 2 < tokens.Count && tokens[k + 1].Lower == "and" && tokens[k + 2].Sentence == s)
                {
                    k += 2;
                    continue;
                }

                break;
            }
        }
    }

    private static CasualtyField? SingularCasualty(AnnotatedDocument document, int token)
    {
        var t = document.Tokens[token];
        if (t.Kind != TokenKind.Word || !document.Lexicon.CasualtyCues.TryGetValue(t.Lower, out var kind) ||
            kind is not (CasualtyKind.Killed or CasualtyKind.Injured))
        {
            return null;
        }

        var word = document.OriginalLower(token);
        return SingularEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))
            ? kind == CasualtyKind.Killed ? CasualtyField.Killed : CasualtyField.Injured
            : null;
    }

}
