namespace Vigil.Gazetteer.Build;

/// <summary>Everything the derivation reads, as text: the fetched sources and the curated tables under data/curated.</summary>
public sealed record BuildInputs(
    string Cities500Tsv,
    string CitiesJson,
    string Admin2Json,
    string RegionsTsv,
    string RenamedTsv,
    string CityDistrictsTsv,
    string NotPlacesTxt,
    string OblastGeoJson,
    string RaionsTsv = "",
    string CorrectionsTsv = "");

/// <summary>The derived files, as text, ready to write (the caller gzips places.tsv).</summary>
public sealed record BuildOutputs(string PlacesTsv, string OblastsGeoJson, IReadOnlyList<string> Warnings);
