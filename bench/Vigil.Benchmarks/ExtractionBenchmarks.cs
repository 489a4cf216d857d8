using BenchmarkDotNet.Attributes;
using Vigil.Core;
using Vigil.Extraction;

namespace Vigil.Benchmarks;

/// <summary>
/// The extractor on ~600-character reports of the shapes Vigil reads (wire copy, a Telegram post,
/// an air-force bulletin), beside the tokenizer alone (sentence split + tokens) as the baseline.
/// Run: dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Extraction*' --job short
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly string[] Reports =
    [
        "Russian drones struck residential buildings in Kharkiv early Wednesday, killing three people and wounding 21, including four children, " +
        "regional governor Oleh Syniehubov said. Mayor Ihor Terekhov said 12 drones hit the Saltivskyi and Kyivskyi districts overnight. " +
        "\"The city was under attack for almost two hours,\" Terekhov wrote on Telegram. A 72-year-old woman died in hospital. " +
        "Ukraine's air force said Russia launched 110 drones and four missiles overnight, of which 84 drones were shot down.",
        "Odesa. As a result of the night attack by enemy UAVs, two people were killed and nine injured, among them a 14-year-old boy. " +
        "A fire broke out at a port warehouse and several private houses were damaged. Separately, the occupiers shelled Kherson's " +
        "Korabelnyi district in the morning: a 58-year-old man sustained shrapnel wounds. No one was killed in Mykolaiv, the head of " +
        "the regional military administration said. Rescue work is ongoing. Stay in shelters during air raid alerts!",
        "On the night of 17 June (from 18:00 on 16 June), the enemy attacked with 440 strike UAVs and decoy drones and 32 missiles of " +
        "various types. As of 09:00, air defence had shot down or suppressed 428 drones and 30 missiles. Hits were recorded in 6 locations. " +
        "Russia's defence ministry said it destroyed 25 Ukrainian drones over the Belgorod and Kursk regions. The UN monitoring mission " +
        "says more than 12,000 civilians have been killed since the start of the full-scale invasion.",
    ];

    private readonly DocumentInfo _document = DocumentInfo.Plain(new DateOnly(2025, 6, 18));
    private Extractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new Extractor(Vigil.Gazetteer.Gazetteer.Default);
        _ = _extractor.Extract(Reports[0], _document); // load the lexicon and the gazetteer outside the measurement
    }

    [Benchmark(Baseline = true, Description = "tokenize only (3 reports)")]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var report in Reports)
        {
            tokens += _extractor.Tokenize(report);
        }

        return tokens;
    }

    [Benchmark(Description = "extract (3 reports)")]
    public int Extract()
    {
        var found = 0;
        foreach (var report in Reports)
        {
            var result = _extractor.Extract(report, _document);
            found += result.Incidents.Count + result.AirDefense.Count;
        }

        return found;
    }
}
