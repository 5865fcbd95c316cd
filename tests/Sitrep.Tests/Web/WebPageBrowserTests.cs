using System.Diagnostics;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Web;

/// <summary>
/// The page in Debian's headless chromium against a real server: filter the events table, open a document,
/// check its highlighted spans, prove hostile article text runs nothing, and save screenshots under
/// <c>screenshots/</c> in the test output folder.
/// </summary>
public sealed class WebPageBrowserTests(WebServerFixture web, ITestOutputHelper output) : IClassFixture<WebServerFixture>
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private const string Ready = "document.body.dataset.ready === 'true'";

    [ChromiumFact]
    public async Task ThePageFiltersOpensADocumentHighlightsItsSpansAndRunsNoArticleText()
    {
        var clock = Stopwatch.StartNew();
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(web.Server.Address + "#events");
        await browser.WaitForAsync(Ready + " && document.querySelectorAll('#events-table tbody tr').length > 0");
        var allRows = await browser.EvaluateAsync<int>("document.querySelectorAll('#events-table tbody tr').length");

        // Typing in the place filter narrows the table, through the address, to events at Saraqeb.
        await browser.EvaluateAsync(
            "(() => { const i = document.querySelector('#filters [name=place]'); i.value = 'Saraq'; i.dispatchEvent(new Event('input', { bubbles: true })); })()");
        // The ready flag may still be the unfiltered table's when the address changes: wait for the rows themselves.
        const string rows = "[...document.querySelectorAll('#events-table tbody tr')]";
        await browser.WaitForAsync(
            $"location.hash.includes('place=Saraq') && {Ready} && {rows}.length > 0 && {rows}.every(r => r.cells[4].textContent.includes('Sara'))");
        var places = await browser.EvaluateAsync<string[]>(rows + ".map(r => r.cells[4].textContent)");
        Assert.NotEmpty(places);
        Assert.True(places.Length < allRows, $"{places.Length} rows after filtering, {allRows} before");
        Assert.All(places, p => Assert.Contains("Sara", p));
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "events-filtered.png"));

        // Opening the first document shows its text with spans highlighted by kind, each saying why on hover.
        await browser.EvaluateAsync("document.querySelector('#events-table a.doc-link[href=\"#doc/w1_quotidien\"]').click()");
        await browser.WaitForAsync($"location.hash === '#doc/w1_quotidien' && {Ready} && document.querySelector('#document-text')");
        var kinds = await browser.EvaluateAsync<string[]>("[...new Set([...document.querySelectorAll('#document-text mark.hl')].flatMap(m => m.dataset.kinds.split(' ')))]");
        Assert.Contains("place", kinds);
        Assert.Contains("trigger", kinds);
        Assert.Contains("source", kinds);
        var saraqeb = await browser.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#document-text mark.k-place')].filter(m => m.textContent === 'Saraqeb').map(m => m.title)");
        Assert.Contains(saraqeb, title => title.StartsWith("Place “Saraqeb”", StringComparison.Ordinal) && title.Contains('←'));
        await browser.EvaluateAsync(
            "[...document.querySelectorAll('#document-text mark.k-place')].find(m => m.textContent === 'Saraqeb').dispatchEvent(new MouseEvent('mouseenter'))");
        Assert.Contains("Place “Saraqeb”", await browser.EvaluateAsync<string>("document.getElementById('span-info').textContent"));
        var textShown = await browser.EvaluateAsync<string>("document.getElementById('document-text').textContent");
        Assert.StartsWith("Des avions ont bombardé mardi", textShown);
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "document-spans.png"));

        // A document whose title and text hold <script> and <img onerror> shows them as text and runs none of them.
        await browser.NavigateAsync(web.Server.Address + "#doc/" + WebTestStore.HostileId);
        await browser.WaitForAsync($"{Ready} && document.querySelector('#document-text')");
        Assert.Equal(WebTestStore.HostileTitle, await browser.EvaluateAsync<string>("document.getElementById('document-title').textContent"));
        Assert.Contains("<script>window.__pwned = 'text'</script>", await browser.EvaluateAsync<string>("document.getElementById('document-text').textContent"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('main img, main script').length"));
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "hostile-document.png"));
        await browser.NavigateAsync(web.Server.Address + "#events?place=Homs");
        await browser.WaitForAsync($"{Ready} && document.querySelectorAll('#events-table tbody tr').length > 0");
        Assert.Contains("<script>", await browser.EvaluateAsync<string>("document.getElementById('events-table').textContent"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('main img, main script').length"));
        Assert.Equal("undefined", await browser.EvaluateAsync<string>("typeof window.__pwned"));

        // The other views draw from the same store.
        foreach (var (view, drawn) in new[]
                 {
                     ("timeline", "#timeline rect.bar"), ("map", "#map circle.point"), ("ledger", "#contradictions tbody tr"), ("framing", "#framing rect.bar"),
                 })
        {
            await browser.NavigateAsync(web.Server.Address + "#" + view);
            await browser.WaitForAsync($"{Ready} && document.querySelectorAll('{drawn}').length > 0");
            await browser.ScreenshotAsync(Path.Combine(Screenshots, view + ".png"));
        }
        output.WriteLine($"browser test ran in {clock.Elapsed.TotalSeconds:F1} s; screenshots in {Screenshots}");
        await File.WriteAllTextAsync(Path.Combine(Screenshots, "browser-test-time.txt"), $"{clock.Elapsed.TotalSeconds:F1} s\n");
    }

    [ChromiumFact]
    public async Task TheLedgerShowsTheEventsToldTwiceAPageAtATime()
    {
        const string shown = "[...document.querySelectorAll('#ledger .cluster')].map(c => c.dataset.cluster)";
        const string total = "document.getElementById('ledger-total').textContent";
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(web.Server.Address + "#ledger?size=1");
        await browser.WaitForAsync($"{Ready} && document.getElementById('ledger-total')");
        var first = await browser.EvaluateAsync<string[]>(shown);
        Assert.Matches(@"^Page 1 of ([2-9]|\d\d+) · \d+ events$", await browser.EvaluateAsync<string>(total));

        await browser.EvaluateAsync("[...document.querySelectorAll('#ledger .pager button')].find(b => b.textContent.startsWith('Next')).click()");
        await browser.WaitForAsync($"location.hash.includes('page=2') && {Ready} && {total}.startsWith('Page 2 of')");
        var second = await browser.EvaluateAsync<string[]>(shown);

        Assert.Single(first);
        Assert.Single(second);
        Assert.NotEqual(first, second);
    }
}
