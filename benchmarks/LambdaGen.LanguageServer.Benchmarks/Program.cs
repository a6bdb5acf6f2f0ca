using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LambdaGen.EndToEnd.Tests.LanguageServer;

namespace LambdaGen.LanguageServer.Benchmarks;

/// <summary>
/// The time a person typing waits for LambdaGen's squiggle in a real language server (csharp-ls 0.28.0, analyzers on):
/// per project size (10 and 1,000 handlers) and arm (with LambdaGen's analyzer and generator, and the same project
/// without them), the time from didOpen to the first diagnostics of the edited file, then N edits, each one didChange
/// that makes or unmakes a mistake and the time until the publication that shows the change (with LambdaGen: LG0010 on
/// MemorySize = 20000 ↔ 256; without: the compiler's CS0029 on an equivalent one-token edit). Median and p95 per arm;
/// the difference of the medians is what LambdaGen adds to typing. Wall-clock times, noisy on a shared machine: read
/// the arms of one run against each other.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        bool quick = args.Contains("--quick");
        var sizes = Option(args, "--sizes")?.Split(',').Select(int.Parse).ToArray() ?? (quick ? new[] { 10 } : new[] { 10, 1000 });
        int edits = int.Parse(Option(args, "--edits") ?? (quick ? "4" : "20"), CultureInfo.InvariantCulture);

        var repo = RepoRoot();
        var server = InstallServer(repo);
        if (server is null)
        {
            Console.WriteLine("csharp-ls could not be installed (dotnet tool install csharp-ls --version 0.28.0): nothing measured.");
            return quick ? 0 : 1;
        }
        var analyzers = Path.Combine(repo, "src", "LambdaGen.Analyzers", "bin", "Release", "netstandard2.0");
        var attributes = Path.Combine(repo, "src", "LambdaGen.Attributes", "bin", "Release", "netstandard2.0", "LambdaGen.Attributes.dll");
        if (!File.Exists(Path.Combine(analyzers, "LambdaGen.Analyzers.dll")) || !File.Exists(attributes))
        {
            Console.WriteLine($"Build LambdaGen in Release first (dotnet build -c Release): {analyzers} or {attributes} is missing.");
            return 1;
        }

        Console.WriteLine($"# csharp-ls {CSharpLsVersion}: didChange → updated diagnostics ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {edits} edits per arm)");
        Console.WriteLine();
        Console.WriteLine("| handlers | arm | didOpen → first diagnostics | edit median | edit p95 | edits |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        // Any analyzer makes csharp-ls answer a document from the whole compilation's diagnostics, so the floor for what
        // LambdaGen adds is a do-nothing analyzer (benchmarks/LambdaGen.NoOpAnalyzer), beside the compiler-only arm.
        var noOp = Path.Combine(repo, "benchmarks", "LambdaGen.NoOpAnalyzer", "bin", "Release", "netstandard2.0", "LambdaGen.NoOpAnalyzer.dll");
        foreach (var size in sizes)
        {
            var results = new List<(string Arm, Result Result)>();
            foreach (var arm in new[] { Arm.CompilerOnly, Arm.NoOpAnalyzer, Arm.LambdaGen })
            {
                if (arm == Arm.NoOpAnalyzer && !File.Exists(noOp))
                {
                    continue;
                }

                var result = await MeasureAsync(server, size, arm, edits, arm == Arm.NoOpAnalyzer ? noOp : analyzers, attributes);
                var name = arm switch
                {
                    Arm.LambdaGen => "with LambdaGen",
                    Arm.NoOpAnalyzer => "with a do-nothing analyzer",
                    _ => "without (compiler only)",
                };
                results.Add((name, result));
                Console.WriteLine($"| {size:N0} | {name} | {result.Open:N0} ms | {Median(result.Edits):N0} ms | {P95(result.Edits):N0} ms | {result.Edits.Count} |");
            }
            var with = results[^1].Result;
            foreach (var (name, floor) in results.Take(results.Count - 1))
            {
                Console.WriteLine($"| {size:N0} | LambdaGen adds to \"{name}\" (median) | {with.Open - floor.Open:N0} ms | {Median(with.Edits) - Median(floor.Edits):N0} ms | | |");
            }
        }
        return 0;
    }

    private const string CSharpLsVersion = "0.28.0";

    private sealed record Result(double Open, List<double> Edits);

    private enum Arm { CompilerOnly, NoOpAnalyzer, LambdaGen }

    private static async Task<Result> MeasureAsync(string server, int size, Arm arm, int edits, string analyzers, string attributes)
    {
        bool withLambdaGen = arm == Arm.LambdaGen;
        var workspace = Path.Combine(Path.GetTempPath(), "lambdagen-ls-bench", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(workspace);
        try
        {
            var items = arm switch
            {
                Arm.LambdaGen => $"""
                    <Analyzer Include="{analyzers}/LambdaGen.Analyzers.dll" />
                    <Analyzer Include="{analyzers}/LambdaGen.Core.dll" />
                  """,
                Arm.NoOpAnalyzer => $"""<Analyzer Include="{analyzers}" />""",
                _ => "",
            };
            File.WriteAllText(Path.Combine(workspace, "Bench.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="{attributes}" />
                {items}
                  </ItemGroup>
                </Project>
                """);
            // The handlers, ten to a file as in a real project; the edited file holds one handler and the mistake.
            for (int file = 0; file * 10 < size - 1; file++)
            {
                var text = new StringBuilder("using LambdaGen;\n[assembly: LambdaDefaults(Role = \"arn:aws:iam::123456789012:role/app\")]\nnamespace Bench;\npublic static class Handlers" + file + "\n{\n");
                if (file > 0)
                {
                    text = new StringBuilder("using LambdaGen;\nnamespace Bench;\npublic static class Handlers" + file + "\n{\n");
                }

                for (int i = 0; i < 10 && file * 10 + i < size - 1; i++)
                {
                    text.Append($"    [LambdaFunction(FunctionName = \"fn-{file}-{i}\", MemorySize = 256)] public static Stream H{i}(Stream input) => input;\n");
                }

                File.WriteAllText(Path.Combine(workspace, $"Handlers{file}.cs"), text.Append("}\n").ToString());
            }
            var edited = Path.Combine(workspace, "Edited.cs");
            var (good, bad, marker) = withLambdaGen ? ("256", "20000", "MemorySize = ") : ("1", "\"a\"", "int value = ");
            var source = "using LambdaGen;\nnamespace Bench;\npublic static class Edited\n{\n" +
                         "    [LambdaFunction(FunctionName = \"edited\", MemorySize = 256)] public static Stream Handle(Stream input) => input;\n" +
                         "    public static int Other() { int value = 1; return value; }\n}\n";
            File.WriteAllText(edited, source);
            Run("dotnet", "restore --nologo -v:q", workspace);

            await using var ls = await CSharpLanguageServer.StartAsync(server, workspace, new JsonObject { ["analyzersEnabled"] = true });
            var clock = Stopwatch.StartNew();
            int from = ls.NextSequence;
            await ls.OpenAsync(edited, source);
            // The first publication for the file once the project is loaded (an empty one can come before the load).
            await ls.WaitForDiagnosticsAsync(edited, from, _ => true, TimeSpan.FromMinutes(5), "the first diagnostics after didOpen");
            double open = clock.Elapsed.TotalMilliseconds;

            var times = new List<double>();
            var text2 = source;
            var offset = withLambdaGen ? source.IndexOf(marker + "256", StringComparison.Ordinal) + marker.Length : source.IndexOf(marker + "1", StringComparison.Ordinal) + marker.Length;
            string current = good;
            var id = withLambdaGen ? "LG0010" : "CS0029";
            for (int n = 0; n < edits; n++)
            {
                var next = current == good ? bad : good;
                var range = LspRange.Of(text2, offset, current.Length);
                text2 = text2.Substring(0, offset) + next + text2.Substring(offset + current.Length);
                bool expectMistake = next == bad;
                from = ls.NextSequence;
                var started = Stopwatch.GetTimestamp();
                await ls.ChangeAsync(edited, range, next);
                var publication = await ls.WaitForDiagnosticsAsync(edited, from, p => p.Diagnostics.Any(d => d.Code == id) == expectMistake,
                    TimeSpan.FromMinutes(2), $"{id} {(expectMistake ? "to appear" : "to go away")}");
                times.Add(Stopwatch.GetElapsedTime(started, publication.Arrived).TotalMilliseconds);
                current = next;
            }
            return new Result(open, times);
        }
        finally
        {
            try { Directory.Delete(workspace, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double P95(List<double> values) => Percentile(values, 0.95);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>csharp-ls into artifacts/tools, where the end-to-end test installs it too.</summary>
    private static string? InstallServer(string repo)
    {
        var folder = Path.Combine(repo, "artifacts", "tools", "csharp-ls", CSharpLsVersion);
        var executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (!File.Exists(executable))
        {
            Run("dotnet", $"tool install csharp-ls --version {CSharpLsVersion} --tool-path \"{folder}\"", repo);
        }

        return File.Exists(executable) ? executable : null;
    }

    private static void Run(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eng", "Version.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }

    private static string? Option(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
