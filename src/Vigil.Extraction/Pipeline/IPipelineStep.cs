namespace Vigil.Extraction.Pipeline;

/// <summary>One small step of the extraction pipeline: reads the layers earlier steps added, adds its own.</summary>
internal interface IPipelineStep
{
    void Run(AnnotatedDocument document);
}
