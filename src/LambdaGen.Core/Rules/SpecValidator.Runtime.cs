using System;
using System.Globalization;
using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    private static void CheckRuntime(Run run)
    {
        var spec = run.Spec;
        if (spec.IsImage)
        {
            return; // an Image function has no runtime; LG0042 reports one that is set.
        }

        if (spec.Runtime is not { } runtime)
        {
            // Not set and not derivable: the framework has no managed runtime.
            if (spec.Signature is not null || run.Context.TargetFramework is not null)
            {
                ReportNoManagedRuntime(run);
            }

            return;
        }

        var value = runtime.Value ?? "";
        var info = Runtimes.Find(value);
        if (info is null)
        {
            var suggestion = Suggestions.Runtime(value);
            run.Report(RuleCatalog.RuntimeUnknown, FieldKeys.Runtime, runtime.Origin,
                suggestion is null
                    ? $"Runtime {Text.Quote(value)} is not a Lambda runtime LambdaGen knows"
                    : $"Runtime {Text.Quote(value)} is not a Lambda runtime; did you mean '{suggestion}'?",
                suggestion);
            return;
        }

        var supportedForFramework = TargetFrameworks.SupportedManagedRuntime(run.Context.TargetFramework);
        if (info.Status == RuntimeStatus.CreateBlocked)
        {
            run.Report(RuleCatalog.RuntimeBlocked, FieldKeys.Runtime, runtime.Origin,
                $"Runtime '{value}' cannot be used to create functions since {info.CreateBlocked}", supportedForFramework);
            return;
        }

        if (info.Status == RuntimeStatus.Deprecated)
        {
            run.Report(RuleCatalog.RuntimeDeprecated, FieldKeys.Runtime, runtime.Origin,
                $"Runtime '{value}' is deprecated since {info.Deprecated}; creating functions is blocked from {info.CreateBlocked ?? "a date not yet announced"}",
                supportedForFramework != value ? supportedForFramework : null);
        }

        CheckRuntimeRunsFramework(run, runtime, supportedForFramework);
    }

    private static void CheckRuntimeRunsFramework(Run run, Setting<string> runtime, string? supportedForFramework)
    {
        var framework = run.Context.TargetFramework;
        var major = TargetFrameworks.MajorVersion(framework);
        var value = runtime.Value ?? "";
        // Only a C# handler with a known framework can be checked (a manifest alone does not say).
        if (run.Spec.Signature is null && framework is null)
        {
            return;
        }

        if (Runtimes.IsOsOnly(value))
        {
            return;
        }

        var expected = major is null ? null : "dotnet" + major.Value.ToString(CultureInfo.InvariantCulture);
        if (string.Equals(value, expected, StringComparison.Ordinal))
        {
            return;
        }

        var frameworkText = framework is null ? "an unknown target framework" : "TargetFramework " + Text.Quote(framework);
        var needs = expected is not null && Runtimes.Find(expected) is not null
            ? $"'{expected}', 'provided.al2023' or 'provided.al2'"
            : "'provided.al2023' (with Native AOT or a self-contained build)";
        run.Report(RuleCatalog.RuntimeTargetFrameworkMismatch, FieldKeys.Runtime, runtime.Origin,
            $"Runtime '{value}' cannot run a C# handler built for {frameworkText}; use {needs}", supportedForFramework);
    }

    private static void ReportNoManagedRuntime(Run run)
    {
        var framework = run.Context.TargetFramework;
        var major = TargetFrameworks.MajorVersion(framework);
        string message;
        if (framework is null)
        {
            message = "Runtime is not set and the TargetFramework is not visible to the compiler; set Runtime";
        }
        else
        {
            var candidate = major is null ? null : Runtimes.Find("dotnet" + major.Value.ToString(CultureInfo.InvariantCulture));
            var why = candidate is null
                ? "Lambda has no managed runtime for it"
                : $"its runtime '{candidate.Identifier}' cannot be used to create functions since {candidate.CreateBlocked}";
            message = $"Runtime is not set and TargetFramework {Text.Quote(framework)} cannot be derived: {why}; " +
                      "target net10.0, or set Runtime = \"provided.al2023\" and publish with Native AOT";
        }
        run.Violations.Add(new Violation(RuleCatalog.NoManagedRuntime, FieldKeys.Runtime, ValueOrigin.TargetFramework, message));
    }
}
