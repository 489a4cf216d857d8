using System.Diagnostics;
using System.Globalization;
using Vigil.Corpus;

// Generates a synthetic corpus of attack reports with its truth file; see docs/benchmarks.md.
var (options, error) = CorpusOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("Vigil.Corpus: " + error);
    return 2;
}

var clock = Stopwatch.StartNew();
var places = new PlacePool(Vigil.Gazetteer.Gazetteer.Default);
var generator = new CorpusGenerator(options, places);
long count = 0;
using (var writer = new CorpusWriter(options))
{
    foreach (var report in generator.Generate())
    {
        writer.Write(report);
        count++;
    }
}

var seconds = clock.Elapsed.TotalSeconds;
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {count} reports ({generator.Attacks} attacks over {places.Places.Count} places, {generator.Revisions} revised versions, {generator.Bulletins} air-force bulletins) to {options.Out} and {options.TruthPath} in {seconds:F1} s ({count / seconds:F0} reports/s)"));
return 0;
