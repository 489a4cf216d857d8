namespace Vigil.Gazetteer.Build;

/// <summary>Buckets points in 0.1° cells so "what is within a few km" does not scan every row.</summary>
internal sealed class SpatialGrid<T>
{
    private const double Cell = 0.1;
    private readonly Dictionary<(int, int), List<T>> _cells = [];
    private readonly Func<T, (double Lat, double Lon)> _position;

    public SpatialGrid(IEnumerable<T> items, Func<T, (double Lat, double Lon)> position)
    {
        _position = position;
        foreach (var item in items)
        {
            var (lat, lon) = position(item);
            var key = CellOf(lat, lon);
            if (!_cells.TryGetValue(key, out var list))
            {
                _cells[key] = list = [];
            }

            list.Add(item);
        }
    }

    public IEnumerable<T> Near(double lat, double lon, double km)
    {
        var (cy, cx) = CellOf(lat, lon);
        // 0.1° of latitude is 11 km; of longitude at 52°N, 7 km: two cells around reach 14 km.
        for (int dy = -2; dy <= 2; dy++)
        {
            for (int dx = -2; dx <= 2; dx++)
            {
                if (!_cells.TryGetValue((cy + dy, cx + dx), out var list))
                {
                    continue;
                }

                foreach (var item in list)
                {
                    var (ilat, ilon) = _position(item);
                    if (Geo.DistanceKm(lat, lon, ilat, ilon) <= km)
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    private static (int, int) CellOf(double lat, double lon) => ((int)Math.Floor(lat / Cell), (int)Math.Floor(lon / Cell));
}
