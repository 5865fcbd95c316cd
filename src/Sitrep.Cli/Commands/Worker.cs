using System.Diagnostics;
using System.Globalization;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// One worker's loop: claim a batch, code each document and commit it (or its failure) on its own, repeat.
/// It times its store calls apart from coding, to tell how much of a run the database takes.
/// </summary>
public sealed class Worker(IWorkQueue queue, int batchSize, TimeSpan poll, bool exitWhenIdle, string language)
{
    private readonly Dictionary<string, Pipeline> _pipelines = new(StringComparer.Ordinal);
    private readonly Stopwatch _total = new();
    private readonly Stopwatch _database = new();

    public int Coded { get; private set; }
    public int Failed { get; private set; }
    public int Lost { get; private set; }

    public void Run(CancellationToken stopping)
    {
        _total.Start();
        PipelineFor(language); // loaded before claiming, so no lease runs out while the resources load
        while (!stopping.IsCancellationRequested)
        {
            var batch = Timed(() => queue.Claim(batchSize));
            if (batch.Count == 0)
            {
                if (exitWhenIdle && !Timed(queue.HasUnfinishedWork)) break;
                stopping.WaitHandle.WaitOne(poll);
                continue;
            }
            var done = 0;
            for (; done < batch.Count && !stopping.IsCancellationRequested; done++) Process(batch[done]);
            if (done < batch.Count) Timed(() => queue.Release(batch.Skip(done).Select(d => d.Id).ToList()));
        }
        _total.Stop();
    }

    public string Summary()
    {
        var seconds = _total.Elapsed.TotalSeconds;
        var share = seconds > 0 ? _database.Elapsed.TotalSeconds / seconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"worker: {Coded} coded, {Failed} failed, {Lost} lost to other workers in {seconds:F1} s (database {share:P0} of the time, {_database.Elapsed.TotalSeconds:F1} s)");
    }

    private void Process(Document document)
    {
        CodedDocument coded;
        Pipeline pipeline;
        try
        {
            pipeline = PipelineFor(document.Language);
            coded = pipeline.Run(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(document, $"coding failed: {e.GetType().Name}: {e.Message}");
            return;
        }
        try
        {
            if (Timed(() => queue.Complete(coded, pipeline.CoderVersion))) Coded++;
            else Lost++;
        }
        catch (StoreException e)
        {
            Fail(document, e.Message);
        }
    }

    private void Fail(Document document, string reason)
    {
        if (Timed(() => queue.Fail(document.Id, reason))) Failed++;
        else Lost++;
    }

    private Pipeline PipelineFor(string language)
    {
        if (!_pipelines.TryGetValue(language, out var pipeline))
            _pipelines[language] = pipeline = Pipeline.Build(language);
        return pipeline;
    }

    private T Timed<T>(Func<T> call)
    {
        _database.Start();
        try { return call(); }
        finally { _database.Stop(); }
    }
}
