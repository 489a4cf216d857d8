using System.Globalization;
using System.Reflection;

namespace Vigil.Storage;

/// <summary>One schema migration: its version (the file's NNNN prefix), its name and its SQL.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Reads a store's <c>Migrations/NNNN_name.sql</c> scripts embedded in its assembly, ordered by
/// version: each database project keeps its own SQL, and they share how it is found and ordered.
/// </summary>
public static class EmbeddedMigrations
{
    /// <summary>Every embedded <c>.sql</c> resource under <paramref name="resourcePrefix"/>, by version.</summary>
    public static IReadOnlyList<Migration> Load(Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[resourcePrefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture);
            migrations.Add(new Migration(version, name, ReadResource(assembly, resource)));
        }

        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"no embedded migrations under {resourcePrefix}");
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        return migrations;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded migration {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
