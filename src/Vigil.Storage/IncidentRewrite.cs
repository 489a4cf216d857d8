namespace Vigil.Storage;

/// <summary>Whether a re-fused incident differs from the stored one, so that an update writes only what changed.</summary>
public static class IncidentRewrite
{
    /// <summary>
    /// True when the stored incident of the same id has the same document (every column is derived
    /// from it) and the same member cells.
    /// </summary>
    public static bool Unchanged(IndexedIncident refused, string? storedDocument, IEnumerable<IndexCell> storedCells)
    {
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(storedCells);
        return string.Equals(refused.Incident.Document, storedDocument, StringComparison.Ordinal)
            && refused.Cells.ToHashSet().SetEquals(storedCells);
    }
}
