using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Vigil.Ingestion.Readers;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion;

/// <summary>
/// Reads files, folders, http(s) addresses and streams into reports, picking the reader by content and extension.
/// Every input yields results, never exceptions: one bad file, feed item or line becomes a failed
/// <see cref="ReadResult"/> with its origin and a one-line reason, and the batch goes on.
/// Folders are walked recursively in ordinal path order; inside them only known extensions are read
/// and hidden entries (".name") are skipped. A file named explicitly is read whatever its extension.
/// </summary>
public static class ReportReaders
{
    private const int SniffBytes = 8 * 1024;

    private static readonly System.Buffers.SearchValues<char> ElementNameEnd = System.Buffers.SearchValues.Create(" \t\r\n/>");

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

    private static readonly Dictionary<string, string> MediaTypeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/html"] = ".html",
        ["application/xhtml+xml"] = ".html",
        ["application/rss+xml"] = ".rss",
        ["application/atom+xml"] = ".atom",
        ["application/xml"] = ".xml",
        ["text/xml"] = ".xml",
        ["application/json"] = ".json",
        ["application/x-ndjson"] = ".jsonl",
        ["application/jsonl"] = ".jsonl",
        ["text/plain"] = ".txt",
        ["text/markdown"] = ".md",
    };

    private static readonly Lazy<HttpClient> SharedHttpClient = new(() =>
    {
        var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Vigil", "0.1"));
        return client;
    });

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

            var results = IsUrl(input.Path)
                ? ReadUrlAsync(new Uri(input.Path), SharedHttpClient.Value, options, cancellationToken).ToBlockingEnumerable(cancellationToken)
                : ReadFile(input.Path, options, cancellationToken);
            foreach (var result in results)
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
            if (IsUrl(path) || File.Exists(path))
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

    /// <summary>Whether an input is an http(s) address (a feed or an article to download) rather than a path.</summary>
    public static bool IsUrl(string input) =>
        input is not null
        && (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(input, UriKind.Absolute, out _);

    /// <summary>
    /// Downloads a feed, article or file and reads it like a file. The reader is chosen by content,
    /// with the Content-Type (or the URL's extension) as a tie-breaker; an article with no canonical
    /// URL of its own is identified by the address it came from. HTTP errors, time-outs and bodies
    /// over <see cref="ReaderOptions.MaxDocumentBytes"/> are failures of that input only.
    /// </summary>
    public static async IAsyncEnumerable<ReadResult> ReadUrlAsync(
        Uri url,
        HttpClient client,
        ReaderOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(client);
        options ??= ReaderOptions.Default;
        var origin = url.OriginalString;
        var download = await DownloadAsync(url, client, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        if (download.Error is not null)
        {
            yield return ReadResult.Failure(origin, download.Error);
            yield break;
        }

        var extension = download.MediaType is not null && MediaTypeExtensions.TryGetValue(download.MediaType, out var byType)
            ? byType
            : Path.GetExtension(url.AbsolutePath);
        using var stream = new MemoryStream(download.Body!, writable: false);
        foreach (var result in ReadStreamCore(stream, origin, null, extension, options, cancellationToken, download.FinalUrl ?? url))
        {
            yield return result;
        }
    }

    private readonly record struct Download(byte[]? Body, string? MediaType, Uri? FinalUrl, string? Error);

    private static async Task<Download> DownloadAsync(Uri url, HttpClient client, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new Download(null, null, null, string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            var tooLarge = string.Create(CultureInfo.InvariantCulture, $"download larger than {maxBytes} bytes");
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return new Download(null, null, null, tooLarge);
            }

            using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return new Download(null, null, null, tooLarge);
                }

                buffer.Write(chunk, 0, read);
            }

            return new Download(buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, response.RequestMessage?.RequestUri, null);
        }
        catch (HttpRequestException ex)
        {
            return new Download(null, null, null, "download failed: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Download(null, null, null, "download timed out");
        }
    }

    private static List<InputFile> WalkFolder(string folder)
    {
        try
        {
            var enumeration = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                IgnoreInaccessible = false,
                ReturnSpecialDirectories = false,
            };
            var files = Directory.EnumerateFiles(folder, "*", enumeration)
                .Where(file => Extensions.ContainsKey(Path.GetExtension(file)) && !IsHidden(folder, file))
                .Order(StringComparer.Ordinal)
                .ToList();
            return files.Select(file => new InputFile(file, null)).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new InputFile(folder, "cannot list folder: " + ex.Message)];
        }
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
        CancellationToken cancellationToken,
        Uri? fetchedFrom = null)
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

        foreach (var result in ReadDocument(bytes.Value, origin, format.Value, extension, options, fetchedFrom))
        {
            yield return result;
        }
    }

    private static IEnumerable<ReadResult> ReadDocument(ReadOnlyMemory<byte> bytes, string origin, InputFormat format, string? extension, ReaderOptions options, Uri? fetchedFrom)
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

                if (format != InputFormat.Html)
                {
                    return [FrontMatterTextReader.Read(text, origin, IsMarkdown(extension), options)];
                }

                // A Telegram channel's web preview is many posts, not one article.
                return TelegramPreviewReader.LooksLikePreview(text)
                    ? TelegramPreviewReader.Read(text, origin, options)
                    : [HtmlArticleReader.Read(text, origin, options, fetchedFrom)];
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

    /// <summary>The root element (past the XML declaration, comments and doctype) is rss, feed or rdf:RDF.</summary>
    private static bool LooksLikeFeed(ReadOnlySpan<char> sample)
    {
        var rest = sample;
        while (true)
        {
            var open = rest.IndexOf('<');
            if (open < 0 || open + 1 >= rest.Length)
            {
                return false;
            }

            rest = rest[(open + 1)..];
            if (rest[0] is '?' or '!')
            {
                continue;
            }

            var end = rest.IndexOfAny(ElementNameEnd);
            var name = end < 0 ? rest : rest[..end];
            return name.Equals("rss", StringComparison.OrdinalIgnoreCase)
                || name.Equals("feed", StringComparison.OrdinalIgnoreCase)
                || name.Equals("rdf:RDF", StringComparison.OrdinalIgnoreCase);
        }
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
        var tooLarge = string.Create(CultureInfo.InvariantCulture, $"file larger than {maxBytes} bytes (limit for whole-file formats)");
        try
        {
            if (headLength < head.Length)
            {
                // The sniffing read already reached the end: most reports are smaller than the head.
                return headLength > maxBytes ? Fail(tooLarge, out failure) : head.AsMemory(0, headLength);
            }

            if (stream.CanSeek)
            {
                var total = headLength + (stream.Length - stream.Position);
                if (total > maxBytes)
                {
                    return Fail(tooLarge, out failure);
                }

                var whole = new byte[total];
                head.AsSpan(0, headLength).CopyTo(whole);
                stream.ReadExactly(whole, headLength, whole.Length - headLength);
                return whole;
            }

            using var buffer = new MemoryStream();
            buffer.Write(head, 0, headLength);
            var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        return Fail(tooLarge, out failure);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
            }

            return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (IOException ex)
        {
            return Fail("cannot read: " + ex.Message, out failure);
        }
    }

    private static ReadOnlyMemory<byte>? Fail(string reason, out string? failure)
    {
        failure = reason;
        return null;
    }
}

/// <summary>A file a read will visit, or a path that could not be used and why.</summary>
public readonly record struct InputFile(string Path, string? Error);
