using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// "with the Kursk-Rylsk highway coming under fire", «на трасі Харків – Суми», «автодороги Казинка — Посохово»: a road is named
/// by the towns at its ends, and neither town is where the strike was. Both names are dropped from the places layer, before
/// discourse and incidents read it, so that the report's own place (Lgov, named beside the highway) keeps the toll. An end an
/// earlier step already read as the road's raion (a Russian report's «трассе … Рыльского района») is kept.
/// </summary>
internal sealed class RoadEnds : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var roads = document.Lexicon.Words.RoadNouns;
        var dropped = new HashSet<int>();
        var byStart = new Dictionary<int, PlaceMention>();
        foreach (var p in document.Places)
        {
            byStart.TryAdd(p.Start, p);
        }

        foreach (var place in document.Places)
        {
            // as the first end: a dash after it, then a capitalised second end (a place, or a town the gazetteer does not know)
            // (the place layer may keep the hyphen in the first end's span: "Kursk-" of "Kursk-Rylsk")
            var dash = place.End - 1 > place.Start && IsDash(tokens[place.End - 1].Lower) ? place.End - 1 : place.End;
            if (dash + 1 < tokens.Count && IsDash(tokens[dash].Lower) && tokens[dash + 1].Capitalized &&
                tokens[dash + 1].Sentence == tokens[place.Start].Sentence)
            {
                var second = byStart.GetValueOrDefault(dash + 1);
                if (RoadBefore(tokens, roads, place.Start) || RoadAfter(tokens, roads, second?.End ?? dash + 2))
                {
                    Drop(place);
                    if (second is not null)
                    {
                        Drop(second);
                    }
                }
            }

            // as the second end of a first the gazetteer does not know: «автодороги Казинка — Посохово»
            if (place.Start >= 2 && IsDash(tokens[place.Start - 1].Lower) && tokens[place.Start - 2].Capitalized &&
                !byStart.ContainsKey(place.Start - 2) && tokens[place.Start - 2].Sentence == tokens[place.Start].Sentence &&
                (RoadBefore(tokens, roads, place.Start - 2) || RoadAfter(tokens, roads, place.End)))
            {
                Drop(place);
            }
        }

        if (dropped.Count > 0)
        {
            document.Places.RemoveAll(p => dropped.Contains(p.Start));
        }

        void Drop(PlaceMention p)
        {
            if (p.Place.Kind is null or PlaceKind.City or PlaceKind.Settlement)
            {
                dropped.Add(p.Start);
            }
        }
    }

    private static bool RoadBefore(List<Token> tokens, HashSet<string> roads, int start)
    {
        for (var k = Math.Max(0, start - 2); k < start; k++)
        {
            if (roads.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RoadAfter(List<Token> tokens, HashSet<string> roads, int end)
    {
        for (var k = end; k < Math.Min(tokens.Count, end + 2); k++)
        {
            if (roads.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDash(string token) => token is "-" or "–" or "—";
}
