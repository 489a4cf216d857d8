using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «В пос. Ковшаровка Купянской громады погиб 48-летний мужчина; в г. Купянск пострадала 72-летняя женщина»: a regional round-up
/// gives each settlement its clause, opened by «в» and the place (often after «с.», «пос.», «г.»), with the hromada in the
/// genitive and the verb after it, never the comma the shared step's "In X, …; in Y, …" reading waits for. When a sentence has two
/// or more such clauses naming different places, each count of a clause is bound to its clause's place instead of being the
/// several places' undivided toll. Russian only (LanguagePack registers it for ru).
/// </summary>
internal sealed class ClausePlaces : IPipelineStep
{
    // how far after «в» the place may start: «в пос. Купянск-Узловой» (abbreviation and its full stop)
    private const int PlaceReach = 3;

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Casualties.Where(static c => c.BoundPlace is null).Select(static c => c.Sentence).Distinct().ToList())
        {
            var span = document.Sentences[sentence];
            var clauses = new List<(int Start, int End, PlaceMention Place)>();
            var start = span.FirstToken;
            for (var k = span.FirstToken; k <= span.EndToken; k++)
            {
                if (k < span.EndToken && tokens[k].Lower != ";")
                {
                    continue;
                }

                if (OpeningPlace(document, start, k) is { } place)
                {
                    clauses.Add((start, k, place));
                }

                start = k + 1;
            }

            if (clauses.Count < 2 || clauses.Select(c => c.Place.Place.Name).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            // a clause with a count no casualty was read from («два 3-летних и 6-летний мальчики») is read only in part: the
            // sentence's figures stay the several places' doubtful toll rather than become short counts of its towns
            var read = document.Casualties.Where(c => c.Sentence == sentence).Select(static c => c.NumberToken).ToHashSet();
            if (clauses.Any(clause => document.Numbers.Any(n => n.IsCount && n.Start > clause.Place.End && n.Start < clause.End && !read.Contains(n.Start))))
            {
                continue;
            }

            for (var i = 0; i < document.Casualties.Count; i++)
            {
                var c = document.Casualties[i];
                if (c.Sentence != sentence || c.BoundPlace is not null)
                {
                    continue;
                }

                foreach (var clause in clauses)
                {
                    if (c.NumberToken > clause.Place.End && c.NumberToken < clause.End)
                    {
                        document.Casualties[i] = c with { BoundPlace = clause.Place, SeveralPlaces = false };
                    }
                }
            }
        }
    }

    /// <summary>The place right after the clause's opening «в»/«во» (after quotation marks and «также»), when the clause names no other place first.</summary>
    private static PlaceMention? OpeningPlace(AnnotatedDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        var k = start;
        while (k < end && (tokens[k].Kind == TokenKind.Punct || Raw(document, k) is "также" or "а"))
        {
            k++;
        }

        if (k >= end || Raw(document, k) is not ("в" or "во"))
        {
            return null;
        }

        var place = document.PlacesIn(tokens[k].Sentence).FirstOrDefault(p => p.Start > k && p.Start < end);
        // «в пос. Купянск-Узловой» read as «Купянск-»: a hyphenated name the gazetteer cut short is not the clause's place
        return place is not null && place.Start - k <= PlaceReach && !document.Text[tokens[place.Start].Start..tokens[place.End - 1].End].EndsWith('-') &&
               !Enumerable.Range(k + 1, place.Start - k - 1).Any(j => tokens[j].Kind == TokenKind.Number)
            ? place
            : null;
    }

    private static string Raw(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End].ToLowerInvariant();
}
