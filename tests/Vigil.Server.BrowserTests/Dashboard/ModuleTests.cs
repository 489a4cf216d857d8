using System.Text.Json;

namespace Vigil.Server.BrowserTests.Dashboard;

/// <summary>
/// The dashboard's own modules, imported into the served page and called with inputs the sample
/// store does not produce (overlapping and shifted evidence, figures with a `why`, claims with a
/// confidence): the same module instances the page uses, in the same browser.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ModuleTests(DashboardServer server)
{
    [Fact]
    public async Task Highlight_OverlappingShiftedAndMissingEvidence_OneMarkPerSentenceTextUnchanged()
    {
        await using var browser = await server.NewPageAsync();
        await DashboardPage.OpenOverviewAsync(browser.Page);

        var json = await browser.Page.EvaluateAsync<string>("""
            async () => {
              const { locateSpans, highlight } = await import('/app/evidence.js');
              const text = 'First sentence. Two killed and five injured. Last <b>bold</b>.';
              const spans = locateSpans(text, [
                { key: 'whole', evidence: { start: 16, end: 44, text: 'Two killed and five injured.' } },
                { key: 'nested', evidence: { start: 16, end: 26, text: 'Two killed' } },
                { key: 'shifted', evidence: { start: 0, end: 5, text: 'Last <b>bold</b>.' } },
                { key: 'absent', evidence: { start: 0, end: 3, text: 'not in the text' } },
              ]);
              const div = document.createElement('div');
              div.append(highlight(text, spans, 't'));
              return JSON.stringify({
                marks: [...div.querySelectorAll('mark')].map((m) => [m.textContent, m.dataset.claims]),
                same: div.textContent === text,
                elements: div.querySelectorAll('b').length,
              });
            }
            """);

        using var result = JsonDocument.Parse(json);
        var marks = result.RootElement.GetProperty("marks").EnumerateArray()
            .Select(m => (Text: m[0].GetString(), Claims: m[1].GetString()))
            .ToList();
        Assert.Equal([("Two killed and five injured.", "whole nested"), ("Last <b>bold</b>.", "shifted")], marks);
        Assert.True(result.RootElement.GetProperty("same").GetBoolean());
        Assert.Equal(0, result.RootElement.GetProperty("elements").GetInt32());
    }

    [Fact]
    public async Task RenderIncident_WhyAndConfidencePresent_ShowsBoth()
    {
        await using var browser = await server.NewPageAsync();
        await DashboardPage.OpenOverviewAsync(browser.Page);

        var json = await browser.Page.EvaluateAsync<string>("""
            async () => {
              const { renderIncident } = await import('/app/incident.js');
              const claimant = { name: 'Serhii Kravets', role: 'governor', kind: 'local_authority' };
              const incident = {
                id: 'x', date: '2025-09-18', date_precision: 'day', weapons: ['drone'], attacker: 'RU', report_count: 1,
                place: { name: 'Kharkiv', admin1: 'Kharkiv Oblast', admin1_code: 'UA-63', kind: 'city', resolved: true, precision: 'point' },
                figures: { killed: { value: 3, qualifier: 'at_least', low: 2, high: 3, contested: false, current_revision: 0,
                  why: 'the regional administration spoke last', history: [
                    { value: 3, qualifier: 'at_least', published: '2025-09-18T12:00:00+03:00', claimant, source: 'RMA', superseded: false } ] } },
                claims: [ { report_key: 'k', report_version: 1, field: 'killed', value: 3, qualifier: 'at_least', scope: 'incident', claimant,
                  confidence: { level: 'medium', reasons: ['one source'] }, evidence: { start: 0, end: 21, text: 'At least three killed' } } ],
                reports: [ { id: 'r1', key: 'k', version: 1, title: 'Night attack' } ],
              };
              const reports = new Map([['r1', { id: 'r1', version: 1, text: 'At least three killed overnight.' }]]);
              const node = document.createElement('div');
              renderIncident(node, incident, reports, { backHref: '?', onBack() {} });
              return JSON.stringify({
                why: node.querySelector('td.why')?.textContent,
                value: node.querySelector('tr[data-field="killed"] td')?.textContent,
                confidence: node.querySelector('.confidence')?.textContent,
                mark: node.querySelector('.report-text mark')?.textContent,
              });
            }
            """);

        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;
        Assert.Equal("the regional administration spoke last", root.GetProperty("why").GetString());
        Assert.Equal("at least 3", root.GetProperty("value").GetString());
        Assert.Equal("Confidence: medium (one source)", root.GetProperty("confidence").GetString());
        Assert.Equal("At least three killed", root.GetProperty("mark").GetString());
    }

    [Fact]
    public async Task RenderIncident_UkrainianInterface_WhyAndReasonsInUkrainian()
    {
        await using var browser = await server.NewPageAsync();
        await DashboardPage.OpenOverviewAsync(browser.Page);

        var json = await browser.Page.EvaluateAsync<string>("""
            async () => {
              const { setLanguage } = await import('/app/i18n.js');
              const { renderIncident } = await import('/app/incident.js');
              await setLanguage('uk');
              const claimant = { name: 'Ivan Fedorov', role: 'head of the regional military administration', kind: 'local_authority' };
              const history = [{ value: 4, qualifier: 'exact', published: '2025-09-18T12:00:00+03:00', claimant, source: 'RMA', superseded: false }];
              const incident = {
                id: 'x', date: '2025-09-18', date_precision: 'day', weapons: ['drone'], attacker: 'RU', report_count: 1,
                place: { name: 'Zaporizhzhia', admin1: 'Zaporizhzhia Oblast', admin1_code: 'UA-23', kind: 'city', resolved: true, precision: 'point' },
                figures: {
                  killed: { value: 4, qualifier: 'exact', low: 3, high: 4, current_revision: 0, history,
                    why: "an attributed exact figure given later, within the earlier lower bound 'at least 3' of a more authoritative claimant (local authority)" },
                  injured: { value: 9, qualifier: 'exact', low: 9, high: 9, current_revision: 0, history, why: 'the most authoritative claimant (emergency service)' },
                  missing: { value: 1, qualifier: 'exact', low: 1, high: 1, current_revision: 0, history, why: 'a reason fusion may add one day' },
                  children_injured: { value: null, qualifier: null, low: null, high: null, current_revision: null, history,
                    why: "no current value: the 2 claims are all low-confidence, read by the extractor as not the incident's figure" },
                },
                claims: [ { report_key: 'k', report_version: 1, field: 'killed', value: 4, qualifier: 'exact', scope: 'incident', claimant,
                  confidence: { level: 'high', reasons: ['attributed', 'in_lead', 'a_future_reason'] }, evidence: { start: 0, end: 12, text: 'Four killed.' } } ],
                reports: [ { id: 'r1', key: 'k', version: 1, title: 'Night attack' } ],
              };
              const node = document.createElement('div');
              renderIncident(node, incident, new Map([['r1', { id: 'r1', version: 1, text: 'Four killed.' }]]), { backHref: '?', onBack() {} });
              const why = (field) => node.querySelector(`tr[data-field="${field}"] td.why`)?.textContent;
              const placeless = document.createElement('div');
              renderIncident(placeless, { ...incident, place: null }, new Map(), { backHref: '?', onBack() {} });
              const result = JSON.stringify({ killed: why('killed'), injured: why('injured'), missing: why('missing'), lowOnly: why('children_injured'),
                confidence: node.querySelector('.confidence')?.textContent, who: node.querySelector('tr[data-field="killed"] td.who')?.textContent,
                placeless: placeless.querySelector('h1')?.textContent });
              await setLanguage('en');
              return result;
            }
            """);

        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;
        Assert.Equal("пізніша точна цифра з названим джерелом, що не суперечить попередній нижній межі «щонайменше 3» авторитетнішого джерела (місцева влада)",
            root.GetProperty("killed").GetString());
        Assert.Equal("найавторитетніше джерело (рятувальна служба)", root.GetProperty("injured").GetString());
        // the claimant's role from the extractor's closed list, and an incident no report placed, in the interface's language
        Assert.Equal("Ivan Fedorov (начальник обласної військової адміністрації)", root.GetProperty("who").GetString());
        Assert.Equal("Місце не вказано", root.GetProperty("placeless").GetString());
        // A sentence the interface does not know yet is shown as fusion wrote it, never blank.
        Assert.Equal("a reason fusion may add one day", root.GetProperty("missing").GetString());
        Assert.Equal("поточного значення немає: усі 2 твердження мають низьку довіру, екстрактор вважає їх не цифрою інциденту", root.GetProperty("lowOnly").GetString());
        Assert.Equal("Достовірність: висока (джерело назване; на початку звіту; a_future_reason)", root.GetProperty("confidence").GetString());
    }
}
