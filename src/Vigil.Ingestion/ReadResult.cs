using Vigil.Core;

namespace Vigil.Ingestion;

/// <summary>
/// The outcome of reading one input item: a <see cref="Core.Report"/>, or the reason it could not be
/// read. <see cref="Origin"/> names where it came from: the path as given, plus <c>#N</c> for an item
/// inside a file (JSON Lines: line number; feed: item number; Telegram export: message id).
/// </summary>
public readonly record struct ReadResult(Report? Report, string Origin, string? Error)
{
    public bool IsSuccess => Report is not null;

    public static ReadResult Success(Report report) =>
        new(report ?? throw new ArgumentNullException(nameof(report)), report.Origin ?? string.Empty, null);

    public static ReadResult Failure(string origin, string error) => new(null, origin, error);

    public override string ToString() => IsSuccess ? $"{Origin}: {Report!.Key}" : $"{Origin}: {Error}";
}
