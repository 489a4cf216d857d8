using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Russian reports retell a governor's or a news site's count of drones downed over one Russian region or city («над
/// Белгородской областью уничтожили еще семь украинских БПЛА», «всего над территорией города сбито 27 БПЛА»): that
/// region's story, not the other side's nationwide claim. The shared step reads "over the region" in English only, and
/// Russian «над» before a place is no English word. A count is local when «над» (or «над территорией») is followed by
/// one Russian place, or by the region or city itself («над регионом», «над городом»), and the defence ministry speaks
/// neither in that sentence nor in the two before: the ministry's own count over named regions is its tally
/// (specs/realtext/ru conventions).
/// Ukrainian reports do the same for a Ukrainian region («над областю сили ППО знешкодили 14 з 17 ворожих шахедів», «над
/// Київщиною збито 9 дронів»): regional tallies are local (specs/realtext/uk conventions), the count of what was launched at
/// the region in the same sentence with it; the shared step's military-noun reading of «ворожих» used to hide them by accident.
/// A sentence that breaks a count down region by region names no place struck: its regions leave the places layer here.
/// </summary>
internal sealed class RegionalInterceptions : IPipelineStep
{
    // «над регионом», «над территорией города», «над областью»: the place the report is about
    private static readonly HashSet<string> OwnArea = new(StringComparer.Ordinal)
    {
        "регионом", "региона", "городом", "города", "областью", "области", "районом", "района", "округом", "округа",
    };

    private static readonly HashSet<string> OwnAreaUk = new(StringComparer.Ordinal)
    {
        "регіоном", "регіону", "містом", "міста", "областю", "області", "районом", "району", "громадою", "громади",
    };

    // «знищили в області 3 БпЛА», «сбито в регионе»: in the region the report is about
    private static readonly HashSet<string> InOwnArea = new(StringComparer.Ordinal)
    {
        "області", "регіоні", "районі", "місті", "громаді", "области", "регионе", "районе", "городе", "округе",
    };

    // «сил протиповітряної оборони області», «ПВО региона»: the region's own air defence
    private static readonly HashSet<string> DefenceWords = new(StringComparer.Ordinal) { "оборони", "ппо", "обороны", "пво" };

    private static readonly HashSet<string> OfOwnArea = new(StringComparer.Ordinal) { "області", "регіону", "міста", "области", "региона", "города" };

    private static readonly string[] MinistryWords = ["минобороны", "министерств", "мо рф", "ведомств"];

    public void Run(AnnotatedDocument document)
    {
        // (read once the tallies are: a breakdown's regions are where its parts were downed)
        document.Places.RemoveAll(OverflownRegions(document).Contains);
        if (document.Tallies.Count == 0)
        {
            return;
        }

        switch (document.Info.Language)
        {
            case "ru":
                document.Tallies.RemoveAll(t => t.Launched is null && t.Intercepted is not null && OverOnePlace(document, t.Sentence, "RU", OwnArea) &&
                                                !MinistrySpeaks(document, t.Sentence));
                break;
            case "uk":
                // a region's own "14 of 17" is local both ways: what was launched at it and what was downed over it
                var local = document.Tallies.Where(t => OverOnePlace(document, t.Sentence, "UA", OwnAreaUk) && !MinistrySpeaks(document, t.Sentence)).ToList();
                // «Ворог атакував Полтавщину 20 БпЛА. Над областю збито 15»: the launch count just before, aimed at one region, is its too
                document.Tallies.RemoveAll(t => local.Contains(t) ||
                                                (t.Launched is not null && t.Intercepted is null &&
                                                 local.Any(l => l.Weapon == t.Weapon && l.Sentence == t.Sentence + 1) && AimedAtOneRegion(document, t.Sentence)));
                break;
        }
    }

    /// <summary>
    /// «сбито над Белгородской областью, 14 – над Нижегородской, … по одному – над Курской, Орловской … областями»: a sentence that
    /// tells the downed drones region by region («над» twice or more) names where they were downed, not where anything struck; its
    /// places after the first «над» are no incident's (the last list's «Орловской» was read as a village of Sevastopol, and made
    /// the report's place).
    /// </summary>
    private static HashSet<PlaceMention> OverflownRegions(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var result = new HashSet<PlaceMention>();
        foreach (var group in document.Places.GroupBy(p => tokens[p.Start].Sentence))
        {
            var sentence = document.Sentences[group.Key];
            var overs = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
                .Where(k => string.Equals(Original(document, k), "над", StringComparison.OrdinalIgnoreCase) && k + 1 < sentence.EndToken && tokens[k + 1].Capitalized)
                .ToList();
            if (overs.Count >= 2)
            {
                result.UnionWith(group.Where(p => p.Start > overs[0]));
            }
        }

        return result;
    }

    private static bool OverOnePlace(AnnotatedDocument document, int s, string country, HashSet<string> ownArea)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            // («на территории региона было сбито 28 беспилотников»: on the region's territory, as over it)
            var word = Original(document, k).ToLowerInvariant();
            var next = Original(document, k + 1).ToLowerInvariant();
            if ((word is "в" or "у" && InOwnArea.Contains(next)) || (DefenceWords.Contains(word) && OfOwnArea.Contains(next)))
            {
                return true;
            }

            var onTerritory = string.Equals(Original(document, k), "на", StringComparison.OrdinalIgnoreCase) && k + 2 < sentence.EndToken &&
                              Original(document, k + 1).ToLowerInvariant() is "территории" or "території";
            if (!onTerritory && !string.Equals(Original(document, k), "над", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var j = k + 1;
            if ((onTerritory || Original(document, j).ToLowerInvariant() is "территорией" or "територією") && j + 1 < sentence.EndToken)
            {
                j++;
            }

            if (ownArea.Contains(Original(document, j).ToLowerInvariant()))
            {
                return true;
            }

            // «над промышленной зоной Липецка», «над акваторией порта Новороссийска»: a part of one place is that place
            for (var skipped = 0; skipped < 2 && j + 1 < sentence.EndToken && document.PlaceAt(j) is null && !tokens[j].Capitalized &&
                                  tokens[j].Kind != TokenKind.Punct && document.NumberIndexAt(j) < 0; skipped++)
            {
                j++;
            }

            // one place of that side, not the first of a list («над Брянской и Курской областями», «над Курской областью, …»)
            if (document.PlaceAt(j) is { } place && string.Equals(place.Place.Country, country, StringComparison.Ordinal) &&
                (place.End >= sentence.EndToken || tokens[place.End].Lower is not ("and" or ",")) &&
                document.PlacesIn(s).Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AimedAtOneRegion(AnnotatedDocument document, int s)
    {
        var places = document.PlacesIn(s).ToList();
        var sentence = document.Sentences[s];
        var ukraine = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
            .Any(k => Original(document, k).StartsWith("Україн", StringComparison.OrdinalIgnoreCase));
        return !ukraine && places.Count > 0 && places.All(p => p.Place.Country == "UA") &&
               places.Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1;
    }

    private static bool MinistrySpeaks(AnnotatedDocument document, int sentence)
    {
        for (var s = Math.Max(0, sentence - 2); s <= sentence; s++)
        {
            if (document.ClaimantOf(s) is { Adversary: true })
            {
                return true;
            }

            var span = document.Sentences[s];
            var text = document.Text[document.Tokens[span.FirstToken].Start..document.Tokens[span.EndToken - 1].End].ToLowerInvariant();
            if (MinistryWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];
}
