using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// "shelled 12 settlements", "Kherson and eight more settlements", "about 20 other localities": a count of the places hit. The
/// casualty step (a toll over counted places is no one place's) and the incident step (such a sentence is a round-up) read it
/// the same way.
/// </summary>
internal static class PlaceCount
{
    /// <summary>
    /// The token of a plural of places (words.json areaPlurals) starting at <paramref name="first"/>, the first token after a
    /// count, past up to two of "other", "more", "further"; -1 when there is none. "districts" ("two districts of Kharkiv": parts
    /// of one city) and "country" count no places hit.
    /// </summary>
    public static int PluralAfter(AnnotatedDocument document, SentenceSpan sentence, int first)
    {
        var tokens = document.Tokens;
        var j = first;
        while (j < sentence.EndToken && j <= first + 1 && document.Lexicon.Words.MoreWords.Contains(tokens[j].Lower))
        {
            j++;
        }

        return j < sentence.EndToken && document.Lexicon.Words.AreaPlurals.Contains(tokens[j].Lower) &&
               !document.Lexicon.Words.PluralsOfNoPlacesHit.Contains(tokens[j].Lower)
            ? j
            : -1;
    }
}
