using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer.Text;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «В Таганроге и Бессергеневке ранены трое», «Четверо пострадали в Харькове и области»: a count stated for a place and a second
/// place joined to it by «и» is their total (specs/realtext/ru/README.md, set C: a figure stated for several places together
/// belongs to none of them). The shared steps see two places only when the gazetteer knows both; a village it lacks, or «области»,
/// left the whole count on the first place, at high confidence. Russian only (LanguagePack registers it for ru): such a count is kept as a low claim, never a figure.
/// </summary>
internal sealed class PairedPlaceTotals : IPipelineStep
{
    // The second member when it is the area around the first: «в Харькове и области», «в Белгороде и районе».
    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal)
    {
        "области", "район", "районе", "районах", "округе", "пригороде", "пригородах", "окрестностях", "пригород",
    };

    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        foreach (var sentence in casualties.Where(static c => !c.Past && !c.SubCount).Select(static c => c.Sentence).Distinct().ToList())
        {
            if (!NamesPair(document, sentence))
            {
                continue;
            }

            for (var i = 0; i < casualties.Count; i++)
            {
                if (casualties[i] is { Past: false, SubCount: false } c && c.Sentence == sentence)
                {
                    casualties[i] = c with { SubCount = true, SeveralPlaces = true };
                }
            }
        }
    }

    /// <summary>Whether a settlement of the sentence is followed by «и» and a second place: a capitalised word in an oblique case, or the area around it.</summary>
    private static bool NamesPair(AnnotatedDocument document, int sentence)
    {
        var end = document.Sentences[sentence].EndToken;
        foreach (var p in document.PlacesIn(sentence))
        {
            if (p.Place.Kind is not (null or PlaceKind.City or PlaceKind.Settlement) || p.End + 1 >= end ||
                document.TitlePlaces.Contains(p.Start) || document.DatelinePlaces.Contains(p.Start) || Original(document, p.End) != "и")
            {
                continue;
            }

            var second = document.Tokens[p.End + 1];
            var word = Original(document, p.End + 1);
            if (AreaWords.Contains(word) ||
                second.Capitalized && second.Kind == TokenKind.Word && word.Length > 3 && Transliteration.HasCyrillic(word) &&
                (word.EndsWith('е') || word.EndsWith('у') || word.EndsWith("ом", StringComparison.Ordinal) || word.EndsWith("ой", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End].ToLowerInvariant();
}
