namespace Vigil.Server.BrowserTests;

/// <summary>
/// A report whose title, source and text carry markup that would run if the dashboard ever
/// inserted them as HTML: each payload sets <c>window.__pwned</c>. Written for these tests.
/// </summary>
internal static class HostileReport
{
    public const string Title = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> Night attack on Sumy";
    public const string Source = "<b onmouseover=\"window.__pwned = 3\">Hostile Wire</b>";
    public const string ScriptInText = "<script>window.__pwned = 5</script>";

    public static string Write(string folder)
    {
        var path = Path.Combine(folder, "hostile-sumy.md");
        File.WriteAllText(path, $"""
            ---
            title: {Title}
            published: 2025-09-20T10:00:00+03:00
            source: {Source}
            url: https://hostile.example/news/sumy-night-attack
            ---
            <img src=x onerror="window.__pwned = 4">Russian drones struck Sumy overnight. Two people were killed and five were injured in the attack, the head of the regional military administration said on Telegram. {ScriptInText}

            """);
        return path;
    }
}
