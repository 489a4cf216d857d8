using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Storage.Feeds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Application.Watch;

/// <summary>
/// FEEDS.yaml (docs/watch.md): a <c>feeds:</c> list of mappings with <c>name</c>, <c>url</c>,
/// <c>kind</c> (rss, atom, json, telegram-preview), optional <c>interval</c> (<c>90s</c>, <c>5m</c>,
/// <c>1h30m</c>, or seconds; default 10m), <c>source</c> and <c>language</c>. Parsed with
/// YamlDotNet's node model, so every error names its line and field; unknown fields are errors
/// (a misspelt <c>intervall</c> must not silently mean the default).
/// </summary>
public static partial class FeedsFile
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "name", "url", "kind", "interval", "source", "language" };

    /// <summary>Reads the file at <paramref name="path"/>; a missing or unreadable file is an error too.</summary>
    public static FeedsFileResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return FeedsFileResult.Fail($"{path}: cannot read: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Parses FEEDS.yaml text; <paramref name="name"/> names it in errors.</summary>
    public static FeedsFileResult Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return FeedsFileResult.Fail($"{name}:{Line(e.Start)}: not valid YAML: {FirstLine(e.Message)}");
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return FeedsFileResult.Fail($"{name}:1: expected a mapping with a 'feeds' list");
        }

        foreach (var key in root.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: "feeds" })
            {
                return FeedsFileResult.Fail($"{name}:{Line(key.Start)}: unknown field '{Scalar(key)}' (expected 'feeds')");
            }
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("feeds"), out var feedsNode))
        {
            return FeedsFileResult.Fail($"{name}:{Line(root.Start)}: missing field 'feeds'");
        }

        if (feedsNode is not YamlSequenceNode list || list.Children.Count == 0)
        {
            return FeedsFileResult.Fail($"{name}:{Line(feedsNode.Start)}: field 'feeds': expected a list of feeds");
        }

        var feeds = new List<FeedDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Children)
        {
            var feed = ParseFeed(item, name, out var error);
            if (feed is null)
            {
                return FeedsFileResult.Fail(error!);
            }

            if (!seen.Add(feed.Name))
            {
                return FeedsFileResult.Fail($"{name}:{Line(item.Start)}: field 'name': '{feed.Name}' is used by another feed");
            }

            feeds.Add(feed);
        }

        return new FeedsFileResult(feeds, null);
    }

    /// <summary>An interval as FEEDS.yaml writes it: <c>45s</c>, <c>5m</c>, <c>2h</c>, <c>1h30m</c>, <c>1d</c>, or whole seconds.</summary>
    public static TimeSpan? ParseInterval(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds is > 0 and <= 7 * 86400 ? TimeSpan.FromSeconds(seconds) : null;
        }

        var match = IntervalPattern().Match(trimmed);
        if (!match.Success || trimmed.Length == 0)
        {
            return null;
        }

        double Part(int group) => match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var total = TimeSpan.FromDays(Part(1)) + TimeSpan.FromHours(Part(2)) + TimeSpan.FromMinutes(Part(3)) + TimeSpan.FromSeconds(Part(4));
        return total > TimeSpan.Zero && total <= TimeSpan.FromDays(7) ? total : null;
    }

    private static FeedDefinition? ParseFeed(YamlNode item, string file, out string? error)
    {
        error = null;
        if (item is not YamlMappingNode map)
        {
            error = $"{file}:{Line(item.Start)}: each feed must be a mapping with name, url and kind";
            return null;
        }

        var values = new Dictionary<string, (string? Value, Mark Start)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var field = Scalar(key) ?? string.Empty;
            if (!Fields.Contains(field))
            {
                error = $"{file}:{Line(key.Start)}: unknown field '{field}' (expected name, url, kind, interval, source, language)";
                return null;
            }

            if (value is not YamlScalarNode scalar)
            {
                error = $"{file}:{Line(value.Start)}: field '{field}': expected a single value";
                return null;
            }

            values[field] = (scalar.Value, value.Start);
        }

        string? Required(string field)
        {
            if (values.TryGetValue(field, out var found) && !string.IsNullOrWhiteSpace(found.Value))
            {
                return found.Value.Trim();
            }

            return null;
        }

        var at = (string field) => values.TryGetValue(field, out var found) ? Line(found.Start) : Line(map.Start);
        var name = Required("name");
        var label = name is null ? string.Empty : $" (feed '{name}')";
        if (name is null)
        {
            error = $"{file}:{at("name")}: field 'name': missing";
            return null;
        }

        if (!NamePattern().IsMatch(name))
        {
            error = $"{file}:{at("name")}: field 'name': '{name}' must be letters, digits, '.', '_' or '-' (at most 64)";
            return null;
        }

        var url = Required("url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"{file}:{at("url")}: field 'url'{label}: {(url is null ? "missing" : $"'{url}' is not an absolute http(s) URL")}";
            return null;
        }

        var kind = Required("kind");
        if (kind is null || !FeedKinds.All.Contains(kind))
        {
            error = $"{file}:{at("kind")}: field 'kind'{label}: {(kind is null ? "missing" : $"'{kind}' is not one of")} {string.Join(", ", FeedKinds.All)}";
            return null;
        }

        var interval = DefaultInterval;
        if (values.TryGetValue("interval", out var intervalText))
        {
            if (ParseInterval(intervalText.Value) is not { } parsed)
            {
                error = $"{file}:{at("interval")}: field 'interval'{label}: '{intervalText.Value}' is not a duration such as 90s, 5m, 1h30m (at most 7d)";
                return null;
            }

            interval = parsed;
        }

        var language = Required("language");
        if (language is not null && !LanguagePattern().IsMatch(language))
        {
            error = $"{file}:{at("language")}: field 'language'{label}: '{language}' is not a language code such as en, uk, ru";
            return null;
        }

        return new FeedDefinition(name, url, kind, interval, Required("source"), language);
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string Line(Mark mark) => mark.Line.ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the file:line is ours already.
        var text = message.Split('\n')[0];
        var colon = text.IndexOf("): ", StringComparison.Ordinal);
        return colon >= 0 ? text[(colon + 3)..].Trim() : text.Trim();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[a-z]{2,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^(?:(\d{1,3})d)?(?:(\d{1,4})h)?(?:(\d{1,5})m)?(?:(\d{1,6})s)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IntervalPattern();
}

/// <summary>The feeds of a FEEDS.yaml, or the one-line error naming the line and field that is wrong.</summary>
public sealed record FeedsFileResult(IReadOnlyList<FeedDefinition> Feeds, string? Error)
{
    public static FeedsFileResult Fail(string error) => new([], error);
}
