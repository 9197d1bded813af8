using Microsoft.Diagnostics.Tracing.Etlx;

namespace GraphApi.Benchmarks;

/// <summary>
/// Reads an EventPipe CPU-sampling trace (.nettrace) of the API and prints, for a time window,
/// the methods most often on the stack (inclusive share of samples): which layer costs what.
/// </summary>
public static class TraceSummary
{
    public static void Print(string path, double fromSeconds, double toSeconds, int top)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(path);
        using var log = new TraceLog(etlx);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var samples = 0;
        foreach (var sample in log.Events)
        {
            if (sample.ProviderName != "Microsoft-DotNETCore-SampleProfiler") continue;
            var at = sample.TimeStampRelativeMSec / 1000;
            if (at < fromSeconds || at > toSeconds) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var frame = sample.CallStack(); frame is not null; frame = frame.Caller)
            {
                var name = frame.CodeAddress.FullMethodName;
                if (string.IsNullOrEmpty(name) || !seen.Add(name)) continue;
                inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
            }
            if (seen.Count > 0) samples++;
        }
        Console.WriteLine($"{samples} samples with managed frames between {fromSeconds:N1} s and {toSeconds:N1} s");
        foreach (var (name, count) in inclusive.OrderByDescending(p => p.Value).Where(p => !p.Key.StartsWith("System.Threading", StringComparison.Ordinal)).Take(top))
            Console.WriteLine($"{100.0 * count / Math.Max(1, samples),5:N1}%  {(name.Length > 150 ? name[..150] : name)}");
    }
}
