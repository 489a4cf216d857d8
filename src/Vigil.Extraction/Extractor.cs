using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;
using Vigil.Extraction.Steps;
using Vigil.Gazetteer;

namespace Vigil.Extraction;

/// <summary>
/// Reads one English report and says, with evidence, what happened: incidents, air-defence tallies,
/// quoted statements, non-attack events and cumulative statistics (the <c>vigil.extraction/1</c>
/// contract). Pure (no I/O, no clock), thread-safe and reusable: build one and share it.
/// </summary>
public sealed class Extractor
{
    private readonly IReadOnlyList<IPipelineStep> _steps;
    private readonly Lexicon _lexicon;

    public Extractor(IGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _lexicon = Lexicon.English;
        // Data flows one way: each step reads what the steps before it added.
        _steps =
        [
            new SentenceSplitter(),
            new Tokenizer(),
            new NumberRecognizer(),
            new DateRecognizer(),
            new ClaimantRecognizer(),
            new PlaceRecognizer(gazetteer),
            new WeaponRecognizer(),
            new StatementRecognizer(),
            new AirDefenseRecognizer(),
            new CasualtyRecognizer(),
            new EventRecognizer(),
            new IncidentAssembler(gazetteer),
            new TallyAssembler(),
            new ChannelClaimant(),
        ];
    }

    /// <summary>Extracts from <paramref name="text"/> exactly as read; evidence offsets are UTF-16 offsets into it.</summary>
    public ExtractionResult Extract(string text, DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var annotated = new AnnotatedDocument(text, document, _lexicon);
        foreach (var step in _steps)
        {
            step.Run(annotated);
        }

        return new ExtractionResult(document, annotated.Incidents, annotated.AirDefenseTallies, annotated.Statements,
            annotated.Events, annotated.Statistics);
    }

    /// <summary>Only the first two steps (sentences and tokens): the baseline the benchmark compares against.</summary>
    internal int Tokenize(string text)
    {
        var annotated = new AnnotatedDocument(text, DocumentInfo.Plain(null), _lexicon);
        _steps[0].Run(annotated);
        _steps[1].Run(annotated);
        return annotated.Tokens.Count;
    }
}
