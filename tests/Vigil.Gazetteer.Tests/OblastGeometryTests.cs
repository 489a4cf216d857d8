namespace Vigil.Gazetteer.Tests;

public sealed class OblastGeometryTests
{
    [Theory]
    [InlineData(49.98, 36.25, "UA-63")] // Kharkiv
    [InlineData(46.48, 30.74, "UA-51")] // Odesa
    [InlineData(50.45, 30.52, "UA-30")] // Kyiv city, not Kyiv Oblast around it
    [InlineData(50.90, 34.80, "UA-59")] // Sumy
    [InlineData(44.95, 34.10, "UA-43")] // Simferopol
    public void OblastAt_CityCentre_ItsOblast(double lat, double lon, string iso)
    {
        Assert.Equal(iso, OblastGeometry.Default.OblastAt(lat, lon));
    }

    [Theory]
    [InlineData(50.60, 36.58)] // Belgorod, Russia
    [InlineData(52.23, 21.01)] // Warsaw
    public void OblastAt_OutsideUkraine_Null(double lat, double lon)
    {
        Assert.Null(OblastGeometry.Default.OblastAt(lat, lon));
    }

    [Fact]
    public void Default_AllOblastLevelRegions_27()
    {
        Assert.Equal(27, OblastGeometry.Default.Codes.Count());
    }

    [Fact]
    public void OblastAt_GazetteerCities_AgreeWithTheirOblast()
    {
        // The polygons and GeoNames' admin codes come from different sources; nearly every city must agree.
        var cities = Gazetteer.Default.Places.Where(p => p.Country == "UA" && p.Kind == Vigil.Core.PlaceKind.City).ToList();
        int agree = cities.Count(c => OblastGeometry.Default.OblastAt(c.Lat, c.Lon) is { } iso
            && (iso == c.Admin1Code || (iso, c.Admin1Code) is ("UA-32", "UA-30") or ("UA-30", "UA-32") or ("UA-43", "UA-40") or ("UA-40", "UA-43")));

        Assert.True(agree >= cities.Count * 0.97, $"{agree} of {cities.Count} cities inside their oblast polygon");
    }
}
