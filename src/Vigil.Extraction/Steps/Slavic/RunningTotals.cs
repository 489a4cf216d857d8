using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Число пострадавших, таким образом, возросло до пяти человек» after a day of single casualties in several villages: a running
/// count of the region's day, no one village's figure, though the shared steps give it to the village named last. A count that
/// "rose to N" in a sentence naming no settlement, in a Russian report that says someone was hurt or killed in two or more settlements, is kept as a low claim. In a report about one town the risen count stays that town's updated figure.
/// </summary>
internal sealed class RunningTotals : IPipelineStep
{
    private static readonly string[] RiseStems = ["возросл", "выросл", "увеличил"];
    private static readonly string[] HurtStems = ["пострада", "ранен", "травм", "погиб", "убит", "гибел"];

    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.Past || c.SubCount || c.BoundPlace is not null || !RisesTo(document, c) || Settlements(document, c.Sentence).Any())
            {
                continue;
            }

            // the settlements where the report's own news (recaps aside) says someone was hurt or killed; the villages' counts are
            // often told in words the count steps do not read («он также пострадал»), so the words, not the counts, decide
            var elsewhere = Enumerable.Range(0, document.Sentences.Count)
                .Where(s => s != c.Sentence && s < document.Roles.Count && document.Roles[s] is SentenceRole.Main or SentenceRole.RoundUp &&
                            SaysHurt(document, s))
                .SelectMany(s => Settlements(document, s))
                .Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (elsewhere >= 2)
            {
                casualties[i] = c with { SubCount = true, SeveralPlaces = true };
            }
        }
    }

    private static bool SaysHurt(AnnotatedDocument document, int sentence)
    {
        var span = document.Sentences[sentence];
        var text = document.Text[span.Start..span.End];
        return HurtStems.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the number is the goal of a verb of rising: «возросло до пяти», «увеличилось до 18».</summary>
    private static bool RisesTo(AnnotatedDocument document, CasualtyMention c)
    {
        var first = document.Sentences[c.Sentence].FirstToken;
        if (c.NumberToken < first + 2 || document.OriginalLower(c.NumberToken - 1) != "до")
        {
            return false;
        }

        var verb = document.OriginalLower(c.NumberToken - 2);
        return RiseStems.Any(s => verb.StartsWith(s, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Settlements(AnnotatedDocument document, int sentence) =>
        document.PlacesIn(sentence)
            .Where(p => p.Place.Kind is null or PlaceKind.City or PlaceKind.Settlement or PlaceKind.CityDistrict &&
                        !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start))
            .Select(static p => p.Place.Name);

    private static CasualtyField Family(CasualtyField field) => field switch
    {
        CasualtyField.ChildrenKilled => CasualtyField.Killed,
        CasualtyField.ChildrenInjured => CasualtyField.Injured,
        _ => field,
    };

}
