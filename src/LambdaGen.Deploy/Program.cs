using LambdaGen.Deploy.Engine;

namespace LambdaGen.Deploy;

/// <summary>The tool's entry point: parse, run the engine, exit 0 (all deployed) or 1 (any failed).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await RunAsync(args, Console.Out, cancel.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the tool as the command line would, writing to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var log = new ConsoleDeployLog(output);
        DeployOptions options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (CommandLineException ex)
        {
            if (!ex.IsHelp)
            {
                log.Error(null, "LGD001", ex.Message);
            }
            output.WriteLine(CommandLine.Usage);
            return ex.IsHelp ? 0 : 2;
        }

        try
        {
            DeployResult result = await new DeployEngine(options, log).RunAsync(cancellationToken).ConfigureAwait(false);
            return result.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Error(null, "LGD002", "Deploy cancelled; functions already started may be part-way through an update.");
            return 1;
        }
    }
}
