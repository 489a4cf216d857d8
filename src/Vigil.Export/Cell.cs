using System.Globalization;

namespace Vigil.Export;

internal enum CellKind
{
    Null,
    Text,
    Integer,
    Real,
    Boolean,
}

/// <summary>One typed value of a flat incident row: text in CSV, a JSON value in GeoJSON properties.</summary>
internal readonly struct Cell
{
    private Cell(CellKind kind, string? text = null, double number = 0, bool flag = false)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Flag = flag;
    }

    public CellKind Kind { get; }

    public string? Text { get; }

    public double Number { get; }

    public bool Flag { get; }

    public static Cell Null => default;

    public static Cell Of(string? text) => text is null ? Null : new Cell(CellKind.Text, text);

    public static Cell Of(int? value) => value is { } v ? new Cell(CellKind.Integer, number: v) : Null;

    public static Cell Of(double? value) => value is { } v ? new Cell(CellKind.Real, number: v) : Null;

    public static Cell Of(bool value) => new(CellKind.Boolean, flag: value);

    /// <summary>The value as CSV text (before quoting): numbers invariant, booleans <c>true</c>/<c>false</c>, null empty.</summary>
    public string Format() => Kind switch
    {
        CellKind.Text => Text!,
        CellKind.Integer => ((long)Number).ToString(CultureInfo.InvariantCulture),
        CellKind.Real => Number.ToString("R", CultureInfo.InvariantCulture),
        CellKind.Boolean => Flag ? "true" : "false",
        _ => string.Empty,
    };
}
