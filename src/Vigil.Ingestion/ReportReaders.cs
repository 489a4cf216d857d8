using System.Globalization;
using System.Text;
using Vigil.Ingestion.Readers;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion;

/// <summary>
/// Reads files, folders and streams into reports, picking the reader by extension and content.
/// Every input yields results, never exceptions: one bad file, feed item or line becomes a failed
/// <see cref="ReadResult"/> with its origin and a one-line reason, and the batch goes on.
/// Folders are walked recursively in ordinal path order; inside them only known extensions are read
/// and hidden entries (".name") are skipped. A file named explicitly is read whatever its extension.
/// </summary>
public static class ReportReaders
{
    private const int SniffBytes = 8 * 1024;

    private static readonly Dictionary<string, InputFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".md"] = InputFormat.Text,
        [".markdown"] = InputFormat.Text,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".xml"] = InputFormat.Feed,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".json"] = InputFormat.TelegramExport,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
    };

    /// <summary>Extensions a folder walk reads.</summary>
    public static IReadOnlyCollection<string> KnownExtensions => Extensions.Keys;

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Read(paths, ReaderOptions.Default, cancellationToken);

    /// <summary>Reads every file and folder in <paramref name="paths"/>, in the order given (folders in ordinal order inside).</summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var input in ExpandInputs(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input.Error is not null)
            {
                yield return ReadResult.Failure(input.Path, input.Error);
                continue;
            }

            foreach (var result in ReadFile(input.Path, options, cancellationToken))
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// The files <see cref="Read(IEnumerable{string}, ReaderOptions, CancellationToken)"/> will read, in
    /// order (folders expanded), with an error for a path that does not exist; for progress bars.
    /// </summary>
    public static IEnumerable<InputFile> ExpandInputs(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new InputFile(path, null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in WalkFolder(path))
                {
                    yield return file;
                }
            }
            else
            {
                yield return new InputFile(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<InputFile> WalkFolder(string folder)
    {
        List<string> files;
        try
        {
            var enumeration = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                IgnoreInaccessible = false,
                ReturnSpecialDirectories = false,
            };
            files = Directory.EnumerateFiles(folder, "*", enumeration)
                .Where(file => Extensions.ContainsKey(Path.GetExtension(file)) && !IsHidden(folder, file))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
            return [new InputFile(folder, "cannot list folder: " + ex.Message)];
        }

        return files.Select(file => new InputFile(file, null));
    }

    private static bool IsHidden(string folder, string file) =>
        Path.GetRelativePath(folder, file)
            .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part.StartsWith('.'));

    /// <summary>Reads one file; the format is sniffed from its content, with the extension as a tie-breaker.</summary>
    public static IEnumerable<ReadResult> ReadFile(string path, ReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream? stream = null;
        string? error = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = "cannot open: " + ex.Message;
        }

        if (stream is null)
        {
            return [ReadResult.Failure(path, error ?? "cannot open")];
        }

        return ReadOwnedStream(stream, path, Path.GetExtension(path), options ?? ReaderOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Reads a stream (standard input, a download). <paramref name="origin"/> names it in results;
    /// <paramref name="format"/> forces a reader, otherwise the content (and <paramref name="extension"/>) decide.
    /// The stream is not disposed.
    /// </summary>
    public static IEnumerable<ReadResult> ReadStream(
        Stream stream,
        string origin,
        InputFormat? format = null,
        string? extension = null,
        ReaderOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        return ReadStreamCore(stream, origin, format, extension, options ?? ReaderOptions.Default, cancellationToken);
    }

    /// <summary>Reads text already in memory, e.g. for tests and <c>vigil extract -</c>.</summary>
    public static IEnumerable<ReadResult> ReadString(string content, string origin, InputFormat? format = null, string? extension = null, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = new MemoryStream(StrictText.Utf8.GetBytes(content), writable: false);
        return ReadStream(stream, origin, format, extension, options);
    }

    private static IEnumerable<ReadResult> ReadOwnedStream(Stream stream, string origin, string extension, ReaderOptions options, CancellationToken cancellationToken)
    {
        using (stream)
        {
            foreach (var result in ReadStreamCore(stream, origin, null, extension, options, cancellationToken))
            {
                yield return result;
            }
        }
    }

    private static IEnumerable<ReadResult> ReadStreamCore(
        Stream stream,
        string origin,
        InputFormat? forced,
        string? extension,
        ReaderOptions options,
        CancellationToken cancellationToken)
    {
        byte[] head;
        int headLength;
        string? failure = null;
        try
        {
            head = new byte[SniffBytes];
            headLength = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        }
        catch (IOException ex)
        {
            head = [];
            headLength = 0;
            failure = "cannot read: " + ex.Message;
        }

        if (failure is not null)
        {
            yield return ReadResult.Failure(origin, failure);
            yield break;
        }

        var headSpan = head.AsSpan(0, headLength);
        var format = forced ?? Sniff(headSpan, extension, out failure);
        if (format is null)
        {
            yield return ReadResult.Failure(origin, failure ?? "unrecognised content");
            yield break;
        }

        if (format == InputFormat.JsonLines)
        {
            using var whole = new PrefixedStream(head.AsMemory(0, headLength), stream);
            foreach (var result in JsonLinesReader.Read(whole, origin, options, cancellationToken))
            {
                yield return result;
            }

            yield break;
        }

        var bytes = ReadWhole(head, headLength, stream, options.MaxDocumentBytes, out failure);
        if (bytes is null)
        {
            yield return ReadResult.Failure(origin, failure ?? "cannot read");
            yield break;
        }

        foreach (var result in ReadDocument(bytes.Value, origin, format.Value, extension, options))
        {
            yield return result;
        }
    }

    private static IEnumerable<ReadResult> ReadDocument(ReadOnlyMemory<byte> bytes, string origin, InputFormat format, string? extension, ReaderOptions options)
    {
        switch (format)
        {
            case InputFormat.Feed:
                return FeedXmlReader.Read(bytes, origin, options);
            case InputFormat.TelegramExport:
                return TelegramExportReader.Read(bytes[StrictText.DetectBom(bytes.Span).Length..], origin, options);
            default:
                var text = StrictText.TryDecode(bytes.Span, out var error);
                if (text is null)
                {
                    return [ReadResult.Failure(origin, error ?? "not text")];
                }

                return format == InputFormat.Html
                    ? [HtmlArticleReader.Read(text, origin, options)]
                    : [FrontMatterTextReader.Read(text, origin, IsMarkdown(extension), options)];
        }
    }

    private static bool IsMarkdown(string? extension) =>
        string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase)
        || string.Equals(extension, ".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Decides the reader from the first bytes: markup is a feed when its root is rss/feed/RDF, else
    /// HTML; JSON is a Telegram export when it is one object with a "messages" array near the top,
    /// else JSON Lines; NUL bytes (without a UTF-16 BOM) are binary junk; anything else is text.
    /// </summary>
    internal static InputFormat? Sniff(ReadOnlySpan<byte> head, string? extension, out string? failure)
    {
        failure = null;
        var (bomLength, encoding) = StrictText.DetectBom(head);
        if (bomLength == 0 && head.IndexOf((byte)0) >= 0)
        {
            failure = "binary content (NUL bytes), not a report";
            return null;
        }

        var known = extension is not null && Extensions.TryGetValue(extension, out var byExtension) ? byExtension : (InputFormat?)null;
        string sample;
        try
        {
            // The head may end inside a multi-byte character: decode leniently, for sniffing only.
            sample = encoding is UTF8Encoding ? Encoding.UTF8.GetString(head[bomLength..]) : Encoding.Unicode.GetString(head[bomLength..]);
        }
        catch (ArgumentException)
        {
            sample = string.Empty;
        }

        var trimmed = sample.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            failure = "empty file";
            return null;
        }

        if (trimmed[0] == '<')
        {
            return LooksLikeFeed(trimmed) ? InputFormat.Feed : InputFormat.Html;
        }

        if (trimmed[0] is '{' or '[')
        {
            if (known == InputFormat.JsonLines)
            {
                return InputFormat.JsonLines;
            }

            if (LooksLikeJsonLines(trimmed))
            {
                return InputFormat.JsonLines;
            }

            return trimmed[0] == '{' && (known == InputFormat.TelegramExport || trimmed.Contains("\"messages\"", StringComparison.Ordinal))
                ? InputFormat.TelegramExport
                : InputFormat.JsonLines;
        }

        return InputFormat.Text;
    }

    private static bool LooksLikeFeed(ReadOnlySpan<char> sample)
    {
        var limit = sample.Length > 2048 ? sample[..2048] : sample;
        return limit.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || limit.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || limit.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>More than one line, each opening with '{': objects one per line.</summary>
    private static bool LooksLikeJsonLines(ReadOnlySpan<char> sample)
    {
        var newline = sample.IndexOf('\n');
        return newline > 0 && sample[..newline].TrimEnd().EndsWith("}") && sample[(newline + 1)..].TrimStart().StartsWith("{");
    }

    private static ReadOnlyMemory<byte>? ReadWhole(byte[] head, int headLength, Stream stream, long maxBytes, out string? failure)
    {
        failure = null;
        using var buffer = new MemoryStream();
        buffer.Write(head, 0, headLength);
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    failure = string.Create(CultureInfo.InvariantCulture, $"file larger than {maxBytes} bytes (limit for whole-file formats)");
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException ex)
        {
            failure = "cannot read: " + ex.Message;
            return null;
        }

        if (buffer.Length > maxBytes)
        {
            failure = string.Create(CultureInfo.InvariantCulture, $"file larger than {maxBytes} bytes (limit for whole-file formats)");
            return null;
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary>A file a read will visit, or a path that could not be used and why.</summary>
public readonly record struct InputFile(string Path, string? Error);
