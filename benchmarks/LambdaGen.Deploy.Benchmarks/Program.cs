using System.Globalization;
using System.Runtime.InteropServices;

namespace LambdaGen.Deploy.Benchmarks;

/// <summary>
/// Prints two tables from one run: packaging a publish folder (LambdaGen vs <c>zip</c>) and deploying N functions
/// at parallelism 1 vs 4 (create, then update). Timings are printed, never asserted; the exit code is 1 only
/// when a case failed to do its work (a deploy that did not converge, zip failing).
/// </summary>
public static class Program
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> Main(string[] args)
    {
        BenchmarkSettings settings;
        try
        {
            settings = BenchmarkSettings.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        string work = Path.Combine(Path.GetTempPath(), "lgdeploy-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            Console.WriteLine($"LambdaGen.Deploy benchmarks{(settings.Quick ? " (--quick)" : "")}");
            Console.WriteLine($"  machine: {Environment.ProcessorCount} logical CPU(s), {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}");
            Console.WriteLine();

            if (settings.RunPackaging)
            {
                RunPackaging(settings, work);
                Console.WriteLine();
            }
            if (settings.RunDeploy)
            {
                await RunDeployAsync(settings, work);
                Console.WriteLine();
            }
            Console.WriteLine($"  load average at the end: {LoadAverage()}");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            Console.Error.WriteLine("benchmark failed: " + ex.Message);
            return 1;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void RunPackaging(BenchmarkSettings settings, string work)
    {
        string publish = Path.Combine(work, "publish-folder");
        SyntheticPublishFolder.Stats stats = SyntheticPublishFolder.Create(publish, settings.PublishFolderBytes, BenchmarkSettings.Seed);
        PackagingBenchmark.Result result = PackagingBenchmark.Run(publish, work, settings.PackagingRuns);

        Console.WriteLine($"Packaging a {Mb(stats.Bytes)} publish folder ({stats.Files} files, seed {BenchmarkSettings.Seed}): median of {settings.PackagingRuns} run(s) after 1 warm-up");
        var rows = new List<IReadOnlyList<string>>();
        foreach (PackagingBenchmark.Measurement? m in new[] { result.Ours, result.Zip })
        {
            if (m is null)
            {
                continue;
            }
            rows.Add(new[]
            {
                m.Tool,
                Ms(m.Median),
                Ms(m.Min),
                Mb(m.OutputBytes),
                (m.OutputBytes / (double)stats.Bytes).ToString("0.000", Invariant),
                m.Entries.ToString(Invariant),
                result.Zip is null ? "-" : Ratio(m.Median.TotalMilliseconds / result.Zip.Median.TotalMilliseconds),
                result.Zip is null ? "-" : Ratio(m.OutputBytes / (double)result.Zip.OutputBytes),
            });
        }
        Console.WriteLine(TextTable.Format(new[] { "tool", "median", "min", "output", "out/in", "file entries", "time vs zip", "size vs zip" }, rows));
        Console.WriteLine($"  LambdaGen packager output identical across runs: {(result.Deterministic ? "yes" : "NO")}");
        if (result.ZipNote is not null)
        {
            Console.WriteLine("  " + result.ZipNote);
        }
    }

    private static async Task RunDeployAsync(BenchmarkSettings settings, string work)
    {
        // Warm-up (JIT, HTTP stack, the verifier): one function, untimed, so parallelism 1 does not pay for it.
        await DeployBenchmark.RunAsync(settings with { Functions = 1 }, 1, Path.Combine(work, "warm-up"), configured: settings.RunConfigured);
        Console.WriteLine($"Deploying {settings.Functions} functions to the in-process control plane: SettleDelay {Ms(settings.SettleDelay)}, "
            + $"poll every {Ms(settings.PollInterval)}, SigV4 {(settings.VerifySignatures ? "verified by botocore" : "not verified")}; one run each after a 1-function warm-up");
        var rows = new List<IReadOnlyList<string>>();
        if (settings.RunPlain)
        {
            var p1 = await DeployBenchmark.RunAsync(settings, 1, work);
            var p4 = await DeployBenchmark.RunAsync(settings, 4, work);
            rows.Add(Row("create", p1.Create, p4.Create, null));
            rows.Add(Row("update (configuration + code)", p1.Update, p4.Update, null));
        }
        if (settings.RunConfigured)
        {
            var p1 = await DeployBenchmark.RunAsync(settings, 1, work, configured: true);
            var p4 = await DeployBenchmark.RunAsync(settings, 4, work, configured: true);
            rows.Add(Row("configured: create", p1.Create, p4.Create, $"{p1.Configured!.Value.Create} / {p4.Configured!.Value.Create}"));
            rows.Add(Row("configured: update (+ provisioned concurrency)", p1.Update, p4.Update, $"{p1.Configured!.Value.Update} / {p4.Configured!.Value.Update}"));
        }
        Console.WriteLine(TextTable.Format(new[] { "run", "parallelism 1", "parallelism 4", "p1 / p4", "requests", "as declared" }, rows));
        if (settings.RunConfigured)
        {
            Console.WriteLine($"  configured: each function has Publish, a URL on alias live, aliases live (provisioned concurrency 2, then 3) and canary,");
            Console.WriteLine($"  reserved concurrency {ConfiguredProject.ReservedConcurrency} and an async invoke config; \"as declared\" counts the functions the plane holds exactly so");
            Console.WriteLine($"  (p1 / p4). 0 means this deploy does not apply those operations yet: the row then times CreateFunction/Update*/PublishVersion only.");
        }

        static IReadOnlyList<string> Row(string name, DeployBenchmark.RunResult one, DeployBenchmark.RunResult four, string? asDeclared) => new[]
        {
            name,
            Seconds(one.Wall),
            Seconds(four.Wall),
            Ratio(one.Wall.TotalMilliseconds / four.Wall.TotalMilliseconds),
            $"{one.Requests} / {four.Requests}",
            asDeclared ?? "-",
        };
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", Invariant) + " ms";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", Invariant) + " s";

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", Invariant) + " MB";

    private static string Ratio(double r) => r.ToString("0.00", Invariant) + "x";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
