using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace LambdaGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*' --job short</c> runs BenchmarkDotNet; <c>-- --quick [name filter]</c> runs every
/// benchmark method a few times in-process and prints milliseconds per run (a smoke check, not a measurement);
/// <c>-- --scaling [--quick] [--concurrent]</c> prints the analyzer-vs-binding table (see <see cref="Scaling.AnalyzerScalingCommand"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--scaling")
            return Scaling.AnalyzerScalingCommand.Run(args.Skip(1).ToList());
        if (args.Length > 0 && args[0] == "--quick")
            return Quick.Run(args.Skip(1).FirstOrDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

/// <summary>The <c>--quick</c> runner: an untimed pass over every benchmark (so the first one measured does not pay
/// for JIT tier-up of Roslyn), then per benchmark method and <c>[Params]</c> combination: [GlobalSetup], two warm-up
/// calls and <see cref="Runs"/> timed calls.</summary>
internal static class Quick
{
    private const int Runs = 10;

    public static int Run(string? filter)
    {
        var types = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Where(t => filter is null || t.FullName!.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        Measure(types, print: false);
        Console.WriteLine($"{"benchmark",-70} {"mean ms",10} {"min ms",10}");
        Measure(types, print: true);
        return 0;
    }

    private static void Measure(IEnumerable<Type> types, bool print)
    {
        foreach (var type in types)
        {
            foreach (var combination in Combinations(type))
            {
                var instance = Activator.CreateInstance(type)!;
                foreach (var (property, value) in combination)
                    property.SetValue(instance, value);
                Invoke<GlobalSetupAttribute>(type, instance);
                foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    Call(method, instance); // warm-up (JIT, caches)
                    Call(method, instance);
                    var times = new List<double>();
                    for (int i = 0; i < (print ? Runs : 1); i++)
                    {
                        Invoke<IterationSetupAttribute>(type, instance);
                        var watch = Stopwatch.StartNew();
                        Call(method, instance);
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                    var name = $"{type.Name}.{method.Name}" + string.Concat(combination.Select(c => $" {c.Property.Name}={c.Value}"));
                    if (print)
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-70} {times.Average(),10:F1} {times.Min(),10:F1}"));
                }
                Invoke<GlobalCleanupAttribute>(type, instance);
            }
        }
    }

    private static void Call(MethodInfo method, object instance)
    {
        var result = method.Invoke(instance, null);
        if (result is Task task)
            task.GetAwaiter().GetResult();
    }

    private static void Invoke<TAttribute>(Type type, object instance) where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
            Call(method, instance);
    }

    /// <summary>Every combination of the type's <c>[Params]</c> values.</summary>
    private static IEnumerable<List<(PropertyInfo Property, object? Value)>> Combinations(Type type)
    {
        IEnumerable<List<(PropertyInfo, object?)>> result = new[] { new List<(PropertyInfo, object?)>() };
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            var values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
            result = result.SelectMany(list => values.Select(v => new List<(PropertyInfo, object?)>(list) { (property, v) })).ToList();
        }
        return result;
    }
}
