using System.CommandLine;
using System.Globalization;
using System.Text;
using Vigil.Cli.Output;
using Vigil.Extraction;
using Vigil.Extraction.Output;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil extract [FILE|-]… [--published YYYY-MM-DD] [--format json|table|jsonl]</c>: reads reports
/// and prints what was extracted (the <c>vigil.extraction/1</c> contract). No database needed.
/// Several files or a folder go with <c>--format jsonl</c> (one object a line, with its path). Bad
/// input gets one line on stderr and exit code 2; the rest of a batch is still processed.
/// </summary>
internal static class ExtractCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Report files (UTF-8 text, optional front matter), folders of them, or - for stdin (the default)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD; relative dates (\"on Tuesday\", \"overnight\") resolve against it. Overrides front matter." };
        var format = new Option<string>("--format") { Description = "json (one report), table (for people) or jsonl (one object a line, for several reports)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table", "jsonl");
        var command = new Command("extract", "Extract incidents, air-defence tallies, statements, events and statistics from English, Ukrainian and Russian reports (language from front matter or guessed), with evidence") { inputs, published, format };
        command.SetAction(parseResult => Run(parseResult.GetValue(inputs) ?? [], parseResult.GetValue(published), parseResult.GetValue(format) ?? "json"));
        return command;
    }

    private static int Run(string[] inputs, string? publishedText, string format)
    {
        DateOnly? published = null;
        if (publishedText is not null)
        {
            if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
            {
                Console.Error.WriteLine($"vigil extract: --published '{publishedText}' is not a date of the form YYYY-MM-DD");
                return 2;
            }

            published = p;
        }

        var files = new List<string>();
        var exit = 0;
        foreach (var input in inputs.Length == 0 ? ["-"] : inputs)
        {
            if (input == "-")
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                Console.Error.WriteLine($"vigil extract: {input}: no such file or folder");
                exit = 2;
            }
        }

        if (files.Count > 1 && format == "json")
        {
            Console.Error.WriteLine($"vigil extract: {files.Count} reports given; use --format jsonl (one object a line) or --format table for several");
            return 2;
        }

        var extractor = new Extractor(Vigil.Gazetteer.Gazetteer.Default);
        using var stdout = Console.OpenStandardOutput();
        foreach (var file in files)
        {
            if (!TryRead(file, out var text, out var error))
            {
                Console.Error.WriteLine($"vigil extract: {DisplayName(file)}: {error}");
                exit = 2;
                continue;
            }

            var report = ReportText.Parse(text);
            if (report.Error is not null)
            {
                Console.Error.WriteLine($"vigil extract: {DisplayName(file)}: {report.Error}");
                exit = 2;
                continue;
            }

            var document = report.Document with { Published = published ?? report.Document.Published };
            var result = extractor.Extract(report.MaskedText, document);
            switch (format)
            {
                case "table":
                    ExtractionTable.Write(result, DisplayName(file));
                    break;
                case "jsonl":
                    ExtractionJsonWriter.Write(stdout, result, indented: false, path: DisplayName(file));
                    stdout.WriteByte((byte)'\n');
                    break;
                default:
                    ExtractionJsonWriter.Write(stdout, result, indented: true);
                    stdout.WriteByte((byte)'\n');
                    break;
            }

            stdout.Flush();
        }

        return exit;
    }

    private static string DisplayName(string file) => file == "-" ? "<stdin>" : file;

    private static bool TryRead(string file, out string text, out string? error)
    {
        text = "";
        error = null;
        byte[] bytes;
        try
        {
            if (file == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read: {e.Message}";
            return false;
        }

        var payload = bytes.AsSpan();
        if (payload.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            payload = payload[3..]; // offsets count from the first character after a UTF-8 byte-order mark
        }

        try
        {
            text = StrictUtf8.GetString(payload);
        }
        catch (DecoderFallbackException e)
        {
            error = $"not valid UTF-8 text (invalid bytes at offset {e.Index})";
            return false;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            error = "binary content (NUL bytes), not text";
            return false;
        }

        return true;
    }
}
