namespace Vigil.Export;

/// <summary>Counts what a streaming export wrote, read once the stream is drained.</summary>
internal sealed class ExportCounter
{
    public int Written { get; set; }

    public int Omitted { get; set; }

    public ExportSummary Summary => new(Written, Omitted);
}
