using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «со ссылкой на главу администрации Владимира Леонтьева»: a forename that is also a town (Владимир → Volodymyr, Ярослав,
/// Николай) followed by a surname is a person, in a Russian report; the place mention is dropped, so that the toll of the
/// sentence stays with the place the report is about.
/// </summary>
internal sealed class ForenameNotPlace : IPipelineStep
{
    // Forenames in any case that the gazetteer also knows as towns.
    private static readonly string[] Forenames =
    [
        "владимир", "владимира", "владимиру", "владимиром", "владимире", "ярослав", "ярослава", "ярославу", "ярославом",
        "николай", "николая", "николаю", "николаем", "богдан", "богдана", "богдану", "богданом",
    ];

    // Surname endings of every case («Леонтьева», «Зеленского», «Шевченко»).
    private static readonly string[] SurnameEndings =
    [
        "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына", "ову", "еву", "ину", "овым", "евым", "иным", "ому", "ого", "ий", "ый",
        "ским", "ский", "ского", "енко", "ко", "ук", "юк", "ич", "ича", "ичу", "ян", "яна",
    ];

    public void Run(AnnotatedDocument document)
    {
        if (!string.Equals(document.Info.Language, "ru", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = document.Tokens;
        document.Places.RemoveAll(p => p.End - p.Start == 1 && p.End < tokens.Count &&
            tokens[p.End].Sentence == tokens[p.Start].Sentence &&
            Forenames.Contains(Original(document, p.Start).ToLowerInvariant()) &&
            Original(document, p.End) is { Length: > 3 } next && char.IsUpper(next[0]) &&
            SurnameEndings.Any(e => next.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];
}
