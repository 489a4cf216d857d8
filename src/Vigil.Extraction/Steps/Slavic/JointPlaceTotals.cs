using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer.Text;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Двоє людей дістали поранень внаслідок атак на Запорізький та Пологівський райони», «Двоє мирних жителів постраждали …: в
/// Олексієво-Дружківці та в Добропіллі»: a count stated for two places joined by «та/і» is their total, no one place's figure
/// (specs/realtext/uk/README.md: a total explicitly over several named settlements is not listed). The shared steps see two places
/// only when the gazetteer knows both; a village it lacks or a raion adjective it cannot read left the whole count on the other
/// place (set H uk-h-013, set B uk-b-036: two outlets). Marks such counts low (several places), as PairedPlaceTotals does for Russian.
/// </summary>
internal sealed class JointPlaceTotals : IPipelineStep
{
    // plural area nouns: «райони», «у … районах», «районів», «громад», «областях» name more than one area
    private static readonly HashSet<string> PluralAreas = new(StringComparer.Ordinal)
    {
        "райони", "районах", "районів", "громадах", "громад", "областях", "областей",
    };

    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "та", "і", "й" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "в", "у", "на", "по" };

    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        foreach (var s in casualties.Where(static c => c.BoundPlace is null && !c.Past && !c.SubCount).Select(static c => c.Sentence).Distinct().ToList())
        {
            if (!Joint(document, s))
            {
                continue;
            }

            for (var i = 0; i < casualties.Count; i++)
            {
                if (casualties[i] is { BoundPlace: null, Past: false, SubCount: false } c && c.Sentence == s)
                {
                    casualties[i] = c with { SubCount = true, SeveralPlaces = true };
                }
            }
        }
    }

    private static bool Joint(AnnotatedDocument document, int s)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (PluralAreas.Contains(Original(document, k)) && k >= sentence.FirstToken + 3 && Joins.Contains(Original(document, k - 2)) &&
                tokens[k - 1].Capitalized && tokens[k - 3].Capitalized)
            {
                return true; // «на Запорізький та Пологівський райони»
            }
        }

        foreach (var p in document.PlacesIn(s))
        {
            if (p.Place.Kind is not (null or PlaceKind.City or PlaceKind.Settlement or PlaceKind.Raion) || document.TitlePlaces.Contains(p.Start) ||
                document.DatelinePlaces.Contains(p.Start))
            {
                continue;
            }

            // the place after the join («в Олексієво-Дружківці та в Добропіллі»), or before it, is a second settlement
            if (SecondAfter(document, p, sentence) || SecondBefore(document, p, sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SecondAfter(AnnotatedDocument document, PlaceMention p, SentenceSpan sentence)
    {
        var k = p.End;
        if (k >= sentence.EndToken || !Joins.Contains(Original(document, k)))
        {
            return false;
        }

        k++;
        if (k < sentence.EndToken && Prepositions.Contains(Original(document, k)))
        {
            k++;
        }

        return k < sentence.EndToken && OtherSettlement(document, k, p);
    }

    private static bool SecondBefore(AnnotatedDocument document, PlaceMention p, SentenceSpan sentence)
    {
        var k = p.Start - 1;
        if (k >= sentence.FirstToken && Prepositions.Contains(Original(document, k)))
        {
            k--;
        }

        if (k <= sentence.FirstToken || !Joins.Contains(Original(document, k)))
        {
            return false;
        }

        // the word before the join: a capitalised Cyrillic name, possibly hyphenated («Олексієво-Дружківці»)
        var w = k - 1;
        var other = document.Places.FirstOrDefault(o => o.End == k);
        if (other is not null)
        {
            return !string.Equals(other.Place.Name, p.Place.Name, StringComparison.OrdinalIgnoreCase) && !IsArea(other);
        }

        return document.Tokens[w].Kind == TokenKind.Word && document.Tokens[w].Capitalized && Original(document, w).Length > 3 &&
               (w - 1 < sentence.FirstToken || Prepositions.Contains(Original(document, w - 1)) || Original(document, w - 1) == "-");
    }

    private static bool OtherSettlement(AnnotatedDocument document, int k, PlaceMention p)
    {
        if (document.PlaceAt(k) is { } other)
        {
            return !string.Equals(other.Place.Name, p.Place.Name, StringComparison.OrdinalIgnoreCase) && !IsArea(other);
        }

        var t = document.Tokens[k];
        return t.Kind == TokenKind.Word && t.Capitalized && Original(document, k).Length > 3 && Transliteration.HasCyrillic(Original(document, k));
    }

    // «Харкові та області»: the city and its region are one incident's place, not two
    private static bool IsArea(PlaceMention p) => p.Place.Kind is PlaceKind.Oblast;

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End].ToLowerInvariant();
}
