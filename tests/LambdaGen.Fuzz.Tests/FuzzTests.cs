using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace LambdaGen.Fuzz.Tests;

/// <summary>
/// Issue 19's property: for every input, nothing throws (generator, analyzer, code fixes, manifest export), generated code adds
/// no warning or error to a project that compiled without it, every manifest is valid JSON whose values fit the service
/// model, and no input takes longer than the time bound. A failure prints the seed and the shrunk input.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Random_inputs_never_break_the_build_or_a_manifest()
    {
        int count = FuzzSettings.Count;
        ulong seed = FuzzSettings.Seed;
        int bound = FuzzSettings.TimeBoundMs;
        int fixEvery = FuzzSettings.FixEvery;

        // The first input pays for JIT and the references' binding; it is run once before the clock matters.
        FuzzPipeline.Run(new FuzzInput("warm-up", new[] { (FuzzInputs.MainPath, "using LambdaGen; public static class F { [LambdaFunction] public static System.IO.Stream H(System.IO.Stream s) => s; }") },
            Array.Empty<(string, string?)>(), false), runFixes: true);

        int seen = 0, compiled = 0, clean = 0, exported = 0, fixedInputs = 0;
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var property = Prop.ForAll(Arb.From(FuzzInputs.All, FuzzInputs.Shrink), input =>
        {
            bool runFixes = seen++ % fixEvery == 0;
            var outcome = FuzzPipeline.Run(input, runFixes);
            if (outcome.Compiled)
            {
                compiled++;
            }

            if (outcome.BuildsClean)
            {
                clean++;
            }

            exported += outcome.ExportedManifests;

            if (outcome.Fixed)
            {
                fixedInputs++;
            }

            if (outcome.Elapsed > slowest)
            {
                slowest = outcome.Elapsed;
            }

            var problems = outcome.Problems;
            if (outcome.Elapsed.TotalMilliseconds > bound)
            {
                problems.Add($"took {outcome.Elapsed.TotalMilliseconds:F0} ms, over the {bound} ms bound");
            }

            if (problems.Count > 0)
            {
                throw new FuzzFailure($"seed {seed} (LAMBDAGEN_FUZZ_SEED={seed}):\n" + string.Join("\n", problems.Select(p => "  - " + p)));
            }
        });

        var config = Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        try
        {
            Check.One(config, property);
        }
        finally
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed}: {seen} inputs run (shrinking included) in {clock.Elapsed.TotalSeconds:F1} s; {compiled} compiled, {clean} without an analyzer error, {exported} exported manifests checked, {fixedInputs} had fixes applied; slowest input {slowest.TotalMilliseconds:F0} ms"));
        }
    }
}

/// <summary>What an input did wrong; FsCheck shrinks the input and shows this message with it.</summary>
public sealed class FuzzFailure(string message) : Exception(message);
