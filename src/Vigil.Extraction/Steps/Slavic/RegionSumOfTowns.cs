using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Два мирных жителя погибли в Белгородской области … в селе Новостроевка-Первая мужчина погиб … в селе Белянка … привело к
/// гибели ещё одного местного жителя»: a governor's lead gives the region's toll, bound to the oblast, then the villages' own. The
/// shared steps keep a count bound to a place as that place's, so the oblast became an incident of its own with the villages'
/// dead counted twice. A count bound to an oblast or raion that equals the sum of the same field's counts in two or more
/// settlements of the report is their total (as a raion's is in the assembler): a low claim, never a figure. Russian only.
/// </summary>
internal sealed class RegionSumOfTowns : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.Past || c.SubCount || c.Value < 2 || c.BoundPlace?.Place.Kind is not (PlaceKind.Oblast or PlaceKind.Raion))
            {
                continue;
            }

            var parts = casualties.Where(o => o != c && o.Field == c.Field && !o.Past && !o.SubCount && o.Sentence != c.Sentence &&
                                              Settlement(document, o) is not null).ToList();
            if (parts.Select(o => Settlement(document, o)).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2 && parts.Sum(static o => o.Value) == c.Value)
            {
                casualties[i] = c with { SubCount = true, WideArea = true };
            }
        }
    }

    /// <summary>The one settlement a count is bound to or its sentence names; null when none or several.</summary>
    private static string? Settlement(AnnotatedDocument document, CasualtyMention c)
    {
        if (c.BoundPlace is { } bound)
        {
            return bound.Place.Kind is PlaceKind.City or PlaceKind.Settlement or null ? bound.Place.Name : null;
        }

        var towns = document.PlacesIn(c.Sentence)
            .Where(p => !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start) && p.Place.Kind is PlaceKind.City or PlaceKind.Settlement or null)
            .Select(static p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return towns is [var only] ? only : null;
    }
}
