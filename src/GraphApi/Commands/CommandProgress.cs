using System.Diagnostics;
using Spectre.Console;

namespace GraphApi.Commands;

/// <summary>
/// How a long-running command shows where it is: Spectre.Console's progress bars when it writes to an
/// interactive terminal, plain lines otherwise (a log file, CI, a pipe), so that nothing is lost to
/// escape codes. Each step prints one line when it starts and one when it is done, with its time.
/// </summary>
public sealed class CommandProgress
{
    private readonly TextWriter? _plain;

    private CommandProgress(TextWriter? plain) => _plain = plain;

    /// <summary>Bars when <paramref name="output"/> is the console and the console is an interactive terminal.</summary>
    public static CommandProgress For(TextWriter output) =>
        output == Console.Out && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            ? new CommandProgress(null)
            : new CommandProgress(output);

    public T Step<T>(string description, Func<T> work) =>
        StepAsync<T>(description, _ => Task.FromResult(work())).GetAwaiter().GetResult();

    /// <summary>A step that reports how many of its parts are done, e.g. files.</summary>
    public void Step(string description, Action<IProgress<(int Done, int Total)>> work) =>
        StepAsync(description, report =>
        {
            work(report);
            return Task.FromResult(0);
        }).GetAwaiter().GetResult();

    /// <summary>A step that reports how many of its parts are done, e.g. batches or files.</summary>
    public async Task<T> StepAsync<T>(string description, Func<IProgress<(int Done, int Total)>, Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        if (_plain is { } lines)
        {
            lines.WriteLine($"{description} ...");
            var last = -1;
            var result = await work(new SynchronousProgress(part =>
            {
                // One line per tenth, so that a long step shows it moves without flooding a log.
                var tenth = part.Total == 0 ? 10 : part.Done * 10 / part.Total;
                if (tenth == last) return;
                last = tenth;
                lines.WriteLine($"{description}: {part.Done} of {part.Total}");
            }));
            lines.WriteLine($"{description}: done in {clock.Elapsed.TotalSeconds:0.0} s");
            return result;
        }
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                task.IsIndeterminate = true;
                var result = await work(new SynchronousProgress(part =>
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(part.Total, 1);
                    task.Value = part.Done;
                }));
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                return result;
            });
    }

    // Progress<T> posts to the thread pool, so its last report could arrive after the step's "done" line.
    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
