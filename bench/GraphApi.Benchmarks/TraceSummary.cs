using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace GraphApi.Benchmarks;

/// <summary>
/// Reads an EventPipe CPU-sampling trace (.nettrace) of the API and prints, for a time window,
/// the methods most often on the stack (inclusive share of samples): which layer costs what.
/// </summary>
public static class TraceSummary
{
    /// <summary>Each window is <c>name:from:to</c> in seconds since the trace began.</summary>
    public static void Print(string path, IEnumerable<string> windows, int top)
    {
        var etlx = Path.ChangeExtension(path, ".etlx");
        if (!File.Exists(etlx)) TraceLog.CreateFromEventPipeDataFile(path, etlx);
        using var log = new TraceLog(etlx);
        foreach (var window in windows)
        {
            var parts = window.Split(':');
            Console.WriteLine($"== {parts[0]}");
            Print(log, double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture), top);
        }
    }

    private static void Print(TraceLog log, double fromSeconds, double toSeconds, int top)
    {
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
