using BenchmarkDotNet.Running;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*' --job short</c>; <c>-- --steps</c> prints per-step times of an edit.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--steps"])
        {
            var benchmarks = new GeneratorBenchmarks();
            benchmarks.Setup();
            System.Console.WriteLine(benchmarks.DescribeEdit());
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
