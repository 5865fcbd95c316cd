using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Tests.Support;

/// <summary>
/// Debian's chromium, headless, driven over the DevTools protocol on a WebSocket: navigate, evaluate
/// JavaScript in the page, take screenshots. Each instance has its own profile folder, deleted at dispose.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    public static bool IsInstalled => File.Exists(Executable);

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("sitrep-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={profile}", "--remote-debugging-port=0", "--window-size=1280,900", "about:blank",
                 })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        await browser.ConnectAsync();
        return browser;
    }

    /// <summary>Chromium writes the port it chose to its profile folder; the page target's socket is listed over HTTP.</summary>
    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(portFile) || (await File.ReadAllTextAsync(portFile)).Split('\n')[0].Trim().Length == 0)
        {
            if (DateTime.UtcNow > deadline || _process.HasExited) throw new InvalidOperationException("chromium did not open its DevTools port");
            await Task.Delay(100);
        }
        var port = (await File.ReadAllTextAsync(portFile)).Split('\n')[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        await _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
    }

    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForAsync("document.readyState === 'complete'");
    }

    /// <summary>Evaluates an expression in the page (awaiting it if it is a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        });
        if (result["exceptionDetails"] is { } error) throw new InvalidOperationException($"{expression}: {error.ToJsonString()}");
        return result["result"]!["value"]?.DeepClone();
    }

    public async Task<T> EvaluateAsync<T>(string expression) =>
        (await EvaluateAsync(expression)).Deserialize<T>()!;

    public async Task WaitForAsync(string condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while ((await EvaluateAsync($"!!({condition})"))?.GetValue<bool>() != true)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the page never satisfied: {condition}");
            await Task.Delay(50);
        }
    }

    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)result["data"]!));
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var reply = JsonNode.Parse(await ReceiveAsync(timeout.Token))!;
            if ((int?)reply["id"] != id) continue; // an event, or a late reply to an earlier call
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"]!;
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellation)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult part;
        do
        {
            part = await _socket.ReceiveAsync(buffer, cancellation);
            message.Write(buffer, 0, part.Count);
        } while (!part.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
