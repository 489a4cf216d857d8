using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;
using Vigil.Gazetteer;

namespace Vigil.Extraction;

/// <summary>
/// Reads one report and says, with evidence, what happened: incidents, air-defence tallies,
/// quoted statements, non-attack events and cumulative statistics (the <c>vigil.extraction/1</c>
/// contract). The rules are chosen by the report's language (<see cref="DocumentInfo.Language"/>):
/// a language pack is a folder of data (<c>Rules/&lt;lang&gt;/</c>) plus the steps that cannot be data
/// (word order); a language with no pack is read with the English one. Pure (no I/O, no clock),
/// thread-safe and reusable: build one and share it.
/// </summary>
public sealed class Extractor
{
    // Packs load on first use: an English run never pays for the Ukrainian and Russian rules.
    private readonly Dictionary<string, Lazy<LanguagePack>> _packs = new(StringComparer.Ordinal);
    private readonly LanguagePack _english;

    public Extractor(IGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _english = LanguagePack.English(gazetteer);
        _packs[_english.Language] = new Lazy<LanguagePack>(_english);
        foreach (var language in Lexicon.Available.Where(l => l != "en").Order(StringComparer.Ordinal))
        {
            _packs[language] = new Lazy<LanguagePack>(() => LanguagePack.For(language, Lexicon.For(language)!, gazetteer));
        }
    }

    /// <summary>The languages with a rule pack of their own.</summary>
    public IReadOnlyCollection<string> Languages => _packs.Keys;

    private LanguagePack PackFor(string? language) =>
        language is not null && _packs.TryGetValue(language.Trim().ToLowerInvariant(), out var pack) ? pack.Value : _english;

    /// <summary>Extracts from <paramref name="text"/> exactly as read; evidence offsets are UTF-16 offsets into it.</summary>
    public ExtractionResult Extract(string text, DocumentInfo document) => Extract(text, document, null);

    /// <summary>
    /// As <see cref="Extract(string, DocumentInfo)"/>, and fills <paramref name="figureFeatures"/> (when given) with what the
    /// incident assembler knew of each incident claim, keyed by <see cref="AnnotatedDocument.FigureKey"/>: the real-text
    /// scorer's figure table, on which confidence is calibrated (docs/extraction.md "Confidence").
    /// </summary>
    internal ExtractionResult Extract(string text, DocumentInfo document, Dictionary<string, IReadOnlyDictionary<string, string>>? figureFeatures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var pack = PackFor(document.Language);
        var annotated = new AnnotatedDocument(text, document, pack.Lexicon) { FigureFeatures = figureFeatures };
        foreach (var step in pack.Steps)
        {
            step.Run(annotated);
        }

        return new ExtractionResult(document, annotated.Incidents, annotated.AirDefenseTallies, annotated.Statements,
            annotated.Events, annotated.Statistics);
    }

    /// <summary>Only the first two steps (sentences and tokens): the baseline the benchmark compares against.</summary>
    internal int Tokenize(string text)
    {
        var annotated = new AnnotatedDocument(text, DocumentInfo.Plain(null), _english.Lexicon);
        _english.Steps[0].Run(annotated);
        _english.Steps[1].Run(annotated);
        return annotated.Tokens.Count;
    }
}
