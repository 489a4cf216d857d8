namespace Vigil.Corpus.Tests;

public sealed class CorpusOptionsTests
{
    [Fact]
    public void Parse_AllOptions_ReadsThem()
    {
        var (options, error) = CorpusOptions.Parse(["--count", "1000", "--seed", "42", "--out", "x.jsonl", "--format", "folder",
            "--languages", "en,UK", "--days", "30", "--start", "2024-02-01", "--revisions", "0.1"]);

        Assert.Null(error);
        Assert.Equal(new CorpusOptions(1000, 42, "x.jsonl", CorpusFormat.Folder, options!.Languages, 30, new DateOnly(2024, 2, 1), 0.1), options);
        Assert.Equal(["en", "uk"], options.Languages);
        Assert.Equal("x.jsonl.truth.jsonl", options.TruthPath);
    }

    [Theory]
    [InlineData(new[] { "--seed", "1", "--out", "x" }, "missing --count")]
    [InlineData(new[] { "--count", "0", "--seed", "1", "--out", "x" }, "--count: '0' is not an integer from 1 to 100000000")]
    [InlineData(new[] { "--count", "5", "--seed", "-3", "--out", "x" }, "--seed: '-3' is not a non-negative integer")]
    [InlineData(new[] { "--count", "5", "--seed", "1", "--out", "x", "--languages", "en,de" }, "--languages: 'de' is not one of en, uk, ru")]
    [InlineData(new[] { "--count", "5", "--seed", "1", "--out", "x", "--format", "csv" }, "--format: 'csv' is not jsonl or folder")]
    [InlineData(new[] { "--count", "5", "--seed", "1", "--out", "x", "--start", "1/2/2025" }, "--start: '1/2/2025' is not a date like 2025-01-01")]
    [InlineData(new[] { "--count", "5", "--seed", "1", "--out", "x", "--revisions", "0.9" }, "--revisions: '0.9' is not a fraction between 0 and 0.5")]
    [InlineData(new[] { "--count", "5", "--bogus", "1" }, "unknown option '--bogus'")]
    [InlineData(new[] { "--count" }, "--count: missing value")]
    public void Parse_BadArgument_NamesIt(string[] args, string expected)
    {
        var (options, error) = CorpusOptions.Parse(args);

        Assert.Null(options);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
