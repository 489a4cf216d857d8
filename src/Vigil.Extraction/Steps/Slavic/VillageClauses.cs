using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «У с. Ківшарівка постраждав 45-річний чоловік; в с. Руська Лозова постраждав 70-річний чоловік; в с. Грушівка постраждали …»:
/// the oblast's daily post gives each village its own clause, opened by «у/в» and the village, closed by «;». The shared clause
/// rule binds such clauses only when a comma follows the place ("In Kharkiv, …; in Kherson, …"), which Ukrainian does not write,
/// so every count of the sentence was read as stated for all its villages and kept low (set H: uk-h-028, h-029, two outlets'
/// copies of the Kharkiv governor's post). With two or more such clauses in one sentence, a count not yet bound to a place is
/// bound to the settlement opening its own clause; a clause naming a second settlement binds nothing.
/// </summary>
internal sealed class VillageClauses : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        foreach (var s in casualties.Where(static c => c.BoundPlace is null && !c.Past).Select(static c => c.Sentence).Distinct().ToList())
        {
            var clauses = Clauses(document, s);
            if (clauses.Count(static c => c.Place is not null) < 2)
            {
                continue;
            }

            for (var i = 0; i < casualties.Count; i++)
            {
                if (casualties[i] is { BoundPlace: null, Past: false } c && c.Sentence == s &&
                    clauses.LastOrDefault(k => k.Start <= c.NumberToken && c.NumberToken < k.End) is { Place: { } place })
                {
                    casualties[i] = c with { BoundPlace = place };
                }
            }
        }
    }

    private sealed record Clause(int Start, int End, PlaceMention? Place);

    /// <summary>The sentence cut at «;»: each part with the settlement it opens with, when it names no other.</summary>
    private static List<Clause> Clauses(AnnotatedDocument document, int s)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        var parts = new List<Clause>();
        var start = sentence.FirstToken;
        for (var k = sentence.FirstToken; k <= sentence.EndToken; k++)
        {
            if (k < sentence.EndToken && tokens[k].Lower != ";")
            {
                continue;
            }

            parts.Add(new Clause(start, k, OpeningPlace(document, start, k)));
            start = k + 1;
        }

        return parts;
    }

    private static bool Area(AnnotatedDocument document, PlaceMention p)
    {
        var tokens = document.Tokens;
        var last = document.Text[tokens[p.End - 1].Start..tokens[p.End - 1].End];
        var after = p.End < tokens.Count ? document.Text[tokens[p.End].Start..tokens[p.End].End] : "";
        return last.StartsWith("громад", StringComparison.OrdinalIgnoreCase) || last.StartsWith("район", StringComparison.OrdinalIgnoreCase) ||
               after.StartsWith("громад", StringComparison.OrdinalIgnoreCase) || after.StartsWith("район", StringComparison.OrdinalIgnoreCase);
    }

    private static PlaceMention? OpeningPlace(AnnotatedDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        var k = start;
        // an opening quotation mark or list bullet before «у»
        while (k < end && tokens[k].Kind != TokenKind.Word && tokens[k].Kind != TokenKind.Number)
        {
            k++;
        }

        if (k + 1 >= end || tokens[k].Lower != "in")
        {
            return null;
        }

        PlaceMention? place = null;
        for (var j = k + 1; j < Math.Min(end, k + 6) && place is null; j++)
        {
            place = document.PlaceAt(j);
        }

        if (place is null || place.Place.Kind is not (null or PlaceKind.City or PlaceKind.Settlement) || place.End > end)
        {
            return null;
        }

        // «у с. Сподобівка … та с. Балка»: a clause of two settlements is stated for both
        // (a hromada or raion adjective after the village, «Куп'янської громади», names its area, not a second settlement)
        var others = document.Places.Count(p => p.Start >= place.End && p.End <= end && p.Place.Kind is null or PlaceKind.City or PlaceKind.Settlement &&
                                                 !string.Equals(p.Place.Name, place.Place.Name, StringComparison.OrdinalIgnoreCase) && !Area(document, p));
        return others == 0 ? place : null;
    }
}
