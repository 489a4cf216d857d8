namespace Vigil.Core;

/// <summary>
/// A report as received: its text exactly as read plus metadata. Identified by <see cref="Key"/>:
/// the canonical URL where it has one, else <c>sha256:</c> of the text, so re-ingesting is a no-op
/// and an edited article at the same URL becomes a new version of the same report.
/// <see cref="Updated"/> is when this version was last modified, where the source says so (an
/// edited article keeps its <see cref="Published"/> time and gains a later <see cref="Updated"/>).
/// </summary>
public sealed record Report(
    string Key,
    string Text,
    string ContentHash,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string Language,
    string Format,
    string? Origin,
    DateTimeOffset? Updated = null);
