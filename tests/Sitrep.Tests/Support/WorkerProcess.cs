using System.Diagnostics;
using System.Text;

namespace Sitrep.Tests.Support;

/// <summary>A real `sitrep worker` process (the built CLI beside the tests), its output collected as it runs.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();

    private WorkerProcess(Process process) => _process = process;

    public static WorkerProcess Start(string storeUrl, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "worker", "--store", storeUrl, .. options])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var worker = new WorkerProcess(new Process { StartInfo = info });
        worker._process.ErrorDataReceived += (_, e) => { lock (worker._error) worker._error.AppendLine(e.Data); };
        worker._process.OutputDataReceived += (_, _) => { };
        worker._process.Start();
        worker._process.BeginErrorReadLine();
        worker._process.BeginOutputReadLine();
        return worker;
    }

    /// <summary>SIGKILL on Linux: the worker gets no chance to clean up.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Waits for the worker to stop by itself and returns its exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill();
            throw new TimeoutException($"the worker did not stop within {timeout}; it wrote: {Error}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public string Error
    {
        get { lock (_error) return _error.ToString(); }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
