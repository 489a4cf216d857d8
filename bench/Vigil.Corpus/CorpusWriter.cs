using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Corpus;

/// <summary>
/// Writes the reports as `vigil ingest` reads them (JSON Lines, or a folder of front-matter .md
/// files, a thousand to a subfolder) and the truth file beside them, one line per report, as they stream past.
/// </summary>
internal sealed class CorpusWriter : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Cyrillic stays readable UTF-8 rather than \u escapes; the files are not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly CorpusOptions _options;
    private readonly FileStream? _corpus;
    private readonly FileStream _truth;
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private readonly Utf8JsonWriter _json;
    private long _written;

    public CorpusWriter(CorpusOptions options)
    {
        _options = options;
        if (options.Format == CorpusFormat.Jsonl)
        {
            CreateParent(options.Out);
            _corpus = new FileStream(options.Out, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        }
        else
        {
            Directory.CreateDirectory(options.Out);
        }

        CreateParent(options.TruthPath);
        _truth = new FileStream(options.TruthPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        _json = new Utf8JsonWriter(_buffer, JsonOptions);
    }

    public void Write(GeneratedReport report)
    {
        _written++;
        if (_corpus is not null)
        {
            WriteJsonLine(report);
        }
        else
        {
            WriteFile(report);
        }

        WriteTruth(report);
    }

    private void WriteJsonLine(GeneratedReport report)
    {
        Begin();
        _json.WriteString("url", report.Url);
        _json.WriteString("title", report.Title);
        _json.WriteString("published", Timestamp(report.Published));
        if (report.Updated is { } updated)
        {
            _json.WriteString("updated", Timestamp(updated));
        }

        _json.WriteString("source", report.Source);
        _json.WriteString("language", report.Language);
        _json.WriteString("text", report.Text);
        End(_corpus!);
    }

    private void WriteFile(GeneratedReport report)
    {
        var folder = Path.Combine(_options.Out, ((_written - 1) / 1000).ToString("D4", CultureInfo.InvariantCulture));
        if ((_written - 1) % 1000 == 0)
        {
            Directory.CreateDirectory(folder);
        }

        var path = Path.Combine(folder, _written.ToString("D7", CultureInfo.InvariantCulture) + ".md");
        var updated = report.Updated is { } u ? $"updated: {Timestamp(u)}\n" : "";
        File.WriteAllText(path,
            $"---\ntitle: \"{report.Title}\"\npublished: {Timestamp(report.Published)}\n{updated}source: {report.Source}\nurl: {report.Url}\nlanguage: {report.Language}\n---\n{report.Text}\n");
    }

    private void WriteTruth(GeneratedReport report)
    {
        var t = report.Truth;
        Begin();
        _json.WriteNumber("n", _written);
        _json.WriteString("url", report.Url);
        _json.WriteNumber("version", t.Version);
        _json.WriteString("language", report.Language);
        _json.WriteString("kind", t.Kind);
        if (t.Attack is { } a)
        {
            _json.WriteString("attack", a.Id);
            _json.WriteString("place", a.Place.Name);
            _json.WriteString("place_id", a.Place.Id);
            _json.WriteString("admin1_code", a.Place.OblastCode);
            _json.WriteString("date", a.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _json.WriteString("weapon", WeaponName(a.Weapon));
            Figure("killed", t.Stated.Killed);
            Figure("injured", t.Stated.Injured);
            Figure("children_killed", t.Stated.ChildrenKilled);
            Figure("children_injured", t.Stated.ChildrenInjured);
            if (t.KilledQualifier is not null || t.InjuredQualifier is not null)
            {
                _json.WriteStartObject("qualifiers");
                if (t.KilledQualifier is not null)
                {
                    _json.WriteString("killed", t.KilledQualifier);
                }

                if (t.InjuredQualifier is not null)
                {
                    _json.WriteString("injured", t.InjuredQualifier);
                }

                _json.WriteEndObject();
            }
        }

        if (t.Recap is { } p)
        {
            _json.WriteStartObject("recap");
            _json.WriteString("attack", p.Id);
            _json.WriteString("place", p.Place.Name);
            _json.WriteString("date", p.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Figure("killed", p.Final.Killed > 0 ? p.Final.Killed : null);
            Figure("injured", p.Final.Killed > 0 ? null : p.Final.Injured);
            _json.WriteEndObject();
        }

        if (t.Tally is { } tally)
        {
            _json.WriteStartObject("air_defense");
            _json.WriteString("date", t.TallyDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _json.WriteNumber("drones_launched", tally.DronesLaunched);
            _json.WriteNumber("drones_intercepted", tally.DronesDown);
            _json.WriteNumber("missiles_launched", tally.MissilesLaunched);
            _json.WriteNumber("missiles_intercepted", tally.MissilesDown);
            _json.WriteEndObject();
        }

        _json.WriteStartArray("constructs");
        foreach (var construct in t.Constructs)
        {
            _json.WriteStringValue(construct);
        }

        _json.WriteEndArray();
        End(_truth);
    }

    private void Figure(string name, int? value)
    {
        if (value is { } v)
        {
            _json.WriteNumber(name, v);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
    }

    private void End(Stream stream)
    {
        _json.WriteEndObject();
        _json.Flush();
        stream.Write(_buffer.WrittenSpan);
        stream.WriteByte((byte)'\n');
    }

    internal static string WeaponName(Weapon weapon) => weapon switch
    {
        Weapon.Drone => "drone",
        Weapon.Missile => "missile",
        Weapon.GlideBomb => "glide_bomb",
        Weapon.Artillery => "artillery",
        _ => "mlrs",
    };

    private static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }
    }

    public void Dispose()
    {
        _json.Dispose();
        _corpus?.Dispose();
        _truth.Dispose();
    }
}
