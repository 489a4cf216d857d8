using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer.Text;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Двоє людей дістали поранень внаслідок атак на Запорізький та Пологівський райони», «Двоє мирних жителів постраждали …: в
/// Олексієво-Дружківці та в Добропіллі», «В Таганроге и Бессергеневке ранены трое»: a count stated for two places joined by
/// «та/і/и» is their total, no one place's figure (specs/realtext/uk/README.md and ru/README.md: a total explicitly over several
/// named settlements is not listed). The shared steps see two places only when the gazetteer knows both; a village it lacks or a
/// raion adjective it cannot read left the whole count on the other place, at high confidence (uk set H uk-h-013, set B uk-b-036;
/// ru set C). Such a count is kept as a low claim (several places), never a figure.
/// </summary>
internal sealed class JointPlaceTotals(string language) : IPipelineStep
{
    /// <param name="Joins">The conjunctions joining the two places.</param>
    /// <param name="Prepositions">A preposition repeated after the join («в … та в …»).</param>
    /// <param name="PluralAreas">Plural area nouns after two adjectives: «на Запорізький та Пологівський райони».</param>
    /// <param name="AreaSeconds">
    /// Words after the join naming the area around the place, counted as a second place («в Харькове и области», «по Харкову і
    /// області»: the city's and its region's toll together, no one place's; uk set L, 2026-12-04, with no change on the other sets).
    /// </param>
    /// <param name="CaseEndings">The endings a capitalised word the gazetteer lacks must have to be read as a second place (none: any).</param>
    private sealed record Words(
        HashSet<string> Joins,
        HashSet<string> Prepositions,
        HashSet<string> PluralAreas,
        HashSet<string> AreaSeconds,
        string[] CaseEndings);

    private static readonly Dictionary<string, Words> ByLanguage = new(StringComparer.Ordinal)
    {
        ["uk"] = new(
            new(StringComparer.Ordinal) { "та", "і", "й" },
            new(StringComparer.Ordinal) { "в", "у", "на", "по" },
            new(StringComparer.Ordinal) { "райони", "районах", "районів", "громадах", "громад", "областях", "областей" },
            new(StringComparer.Ordinal) { "область", "області" },
            []),
        ["ru"] = new(
            new(StringComparer.Ordinal) { "и" },
            new(StringComparer.Ordinal),
            new(StringComparer.Ordinal),
            new(StringComparer.Ordinal) { "области", "район", "районе", "районах", "округе", "пригороде", "пригородах", "окрестностях", "пригород" },
            ["е", "у", "ом", "ой"]),
    };

    private readonly Words _words = ByLanguage[language];

    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        // (each sentence's counts looked at once: a long report stays linear)
        foreach (var indices in Enumerable.Range(0, casualties.Count).GroupBy(i => casualties[i].Sentence))
        {
            var s = indices.Key;
            var inSentence = indices.Select(i => casualties[i]).ToList();
            // («пятеро в Донецке, по одному в Александровке и Макеевке»: a count given to each of the places, read as such by the shared
            // step, where every count of the sentence is bound to its place)
            if (!inSentence.Any(static c => !c.Past && !c.SubCount) || !Joint(document, s) ||
                (inSentence.Any(c => CasualtyRecognizer.DistributiveBefore(document, c.NumberToken)) &&
                 inSentence.All(c => c.BoundPlace is not null || !PlacedCount(document, c))))
            {
                continue;
            }

            foreach (var i in indices)
            {
                if (casualties[i] is { Past: false, SubCount: false } c)
                {
                    casualties[i] = c with { SubCount = true, SeveralPlaces = true };
                }
            }
        }
    }

    /// <summary>«Чотири поранення зафіксовано у Райгородку»: a count followed closely by "in" and a capitalised name (a place the
    /// gazetteer may lack) is one place's, not the sentence's total.</summary>
    private static bool PlacedCount(AnnotatedDocument document, CasualtyMention c)
    {
        var tokens = document.Tokens;
        var end = document.Sentences[c.Sentence].EndToken;
        for (var k = c.NumberToken + 1; k < Math.Min(end - 1, c.NumberToken + 5); k++)
        {
            if (tokens[k].Lower == "in" && tokens[k + 1].Capitalized)
            {
                return true;
            }
        }

        return false;
    }

    private bool Joint(AnnotatedDocument document, int s)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken + 3; k < sentence.EndToken; k++)
        {
            if (_words.PluralAreas.Contains(document.OriginalLower(k)) && _words.Joins.Contains(document.OriginalLower(k - 2)) &&
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

    private bool SecondAfter(AnnotatedDocument document, PlaceMention p, SentenceSpan sentence)
    {
        var k = p.End;
        if (k >= sentence.EndToken || !_words.Joins.Contains(document.OriginalLower(k)))
        {
            return false;
        }

        k++;
        if (k < sentence.EndToken && _words.AreaSeconds.Contains(document.OriginalLower(k)))
        {
            return true;
        }

        if (k < sentence.EndToken && _words.Prepositions.Contains(document.OriginalLower(k)))
        {
            k++;
        }

        return k < sentence.EndToken && OtherSettlement(document, k, p);
    }

    private bool SecondBefore(AnnotatedDocument document, PlaceMention p, SentenceSpan sentence)
    {
        var k = p.Start - 1;
        if (k >= sentence.FirstToken && _words.Prepositions.Contains(document.OriginalLower(k)))
        {
            k--;
        }

        if (k <= sentence.FirstToken || !_words.Joins.Contains(document.OriginalLower(k)))
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

        return Unknown(document, w) && (w - 1 < sentence.FirstToken || _words.Prepositions.Contains(document.OriginalLower(w - 1)) || document.OriginalLower(w - 1) == "-");
    }

    private bool OtherSettlement(AnnotatedDocument document, int k, PlaceMention p) =>
        document.PlaceAt(k) is { } other
            ? !string.Equals(other.Place.Name, p.Place.Name, StringComparison.OrdinalIgnoreCase) && !IsArea(other)
            : Unknown(document, k);

    /// <summary>A capitalised Cyrillic word the gazetteer lacks, in the case a place after a preposition takes.</summary>
    private bool Unknown(AnnotatedDocument document, int k)
    {
        var t = document.Tokens[k];
        var word = document.OriginalLower(k);
        return t.Kind == TokenKind.Word && t.Capitalized && word.Length > 3 && Transliteration.HasCyrillic(word) &&
               (_words.CaseEndings.Length == 0 || _words.CaseEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)));
    }

    // «Харкові та області»: the city and its region are one incident's place, not two
    private static bool IsArea(PlaceMention p) => p.Place.Kind is PlaceKind.Oblast;

}
