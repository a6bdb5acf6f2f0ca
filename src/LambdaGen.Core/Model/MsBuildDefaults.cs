using System;
using System.Collections.Generic;
using System.Globalization;
using LambdaGen.Core.Rules;

namespace LambdaGen.Core.Model;

/// <summary>The project-wide defaults read from MSBuild properties (<c>build_property.Lambda*</c>).</summary>
public sealed record MsBuildDefaults
{
    public FunctionSpec Defaults { get; init; } = new();
    public string? FunctionNamePrefix { get; init; }
    public int? MaxMemorySize { get; init; }
    /// <summary>Values that could not be read (not a number, a ceiling out of range).</summary>
    public EquatableArray<Violation> Problems { get; init; }

    public static readonly MsBuildDefaults None = new();

    /// <summary>The property names LambdaGen reads; the package declares each as a CompilerVisibleProperty.</summary>
    public static readonly IReadOnlyList<string> PropertyNames = new[]
    {
        "LambdaRole", "LambdaRuntime", "LambdaArchitecture", "LambdaMemorySize", "LambdaTimeout", "LambdaFunctionNamePrefix", "LambdaMaxMemorySize",
    };

    /// <summary>Reads the properties; an unset property arrives as "" or null and means "no default".</summary>
    public static MsBuildDefaults Parse(Func<string, string?> property)
    {
        var problems = new List<Violation>();
        string? Text(string name) => property(name) is { Length: > 0 } value ? value.Trim() : null;

        Setting<int>? Number(string name)
        {
            var text = Text(name);
            if (text is null)
                return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                return new Setting<int>(value, ValueOrigin.MsBuild);
            problems.Add(new Violation(RuleCatalog.MsBuildPropertyInvalid, "MSBuild:" + name, ValueOrigin.MsBuild,
                $"MSBuild property {name} is {Rules.Text.Quote(text)}, which is not a whole number"));
            return null;
        }

        static Setting<string>? Str(string? value) => value is null ? null : new Setting<string>(value, ValueOrigin.MsBuild);

        var maxMemory = Number("LambdaMaxMemorySize");
        if (maxMemory is { } max && (max.Value < SpecValidator.MemoryMin || max.Value > SpecValidator.MemoryMax))
        {
            problems.Add(new Violation(RuleCatalog.MsBuildPropertyInvalid, "MSBuild:LambdaMaxMemorySize", ValueOrigin.MsBuild,
                $"MSBuild property LambdaMaxMemorySize is {Rules.Text.Number(max.Value)}; it must be between {SpecValidator.MemoryMin} and {Rules.Text.Number(SpecValidator.MemoryMax)}"));
            maxMemory = null;
        }

        var architecture = Text("LambdaArchitecture");
        return new MsBuildDefaults
        {
            Defaults = new FunctionSpec
            {
                Role = Str(Text("LambdaRole")),
                Runtime = Str(Text("LambdaRuntime")),
                Architectures = architecture is null ? null : new Setting<EquatableArray<string?>>(EquatableArray.From<string?>(architecture), ValueOrigin.MsBuild),
                MemorySize = Number("LambdaMemorySize"),
                Timeout = Number("LambdaTimeout"),
            },
            FunctionNamePrefix = Text("LambdaFunctionNamePrefix"),
            MaxMemorySize = maxMemory?.Value,
            Problems = problems.ToEquatableArray(),
        };
    }
}
