using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// "with the Kursk-Rylsk highway coming under fire", «на трасі Харків – Суми»: a road is named by the towns at its ends, and
/// neither town is where the strike was. Both names are dropped from the places layer, before discourse and incidents read it,
/// so that the report's own place (Lgov, named beside the highway) keeps the toll.
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

        foreach (var first in document.Places)
        {
            // the first end, a dash, then a capitalised second end (a place, or a town the gazetteer does not know)
            // (the place layer may keep the hyphen in the first end's span: "Kursk-" of "Kursk-Rylsk")
            var dash = first.End - 1 > first.Start && IsDash(tokens[first.End - 1].Lower) ? first.End - 1 : first.End;
            if (dash + 1 >= tokens.Count || !IsDash(tokens[dash].Lower) || !tokens[dash + 1].Capitalized ||
                tokens[dash + 1].Sentence != tokens[first.Start].Sentence)
            {
                continue;
            }

            var second = byStart.GetValueOrDefault(dash + 1);
            var secondEnd = second?.End ?? dash + 2;
            var roadBefore = Enumerable.Range(Math.Max(0, first.Start - 2), first.Start - Math.Max(0, first.Start - 2))
                .Any(k => roads.Contains(tokens[k].Lower));
            var roadAfter = Enumerable.Range(secondEnd, Math.Min(2, tokens.Count - secondEnd))
                .Any(k => roads.Contains(tokens[k].Lower));
            if (roadBefore || roadAfter)
            {
                dropped.Add(first.Start);
                if (second is not null)
                {
                    dropped.Add(second.Start);
                }
            }
        }

        if (dropped.Count > 0)
        {
            document.Places.RemoveAll(p => dropped.Contains(p.Start));
        }
    }

    private static bool IsDash(string token) => token is "-" or "–" or "—";
}
