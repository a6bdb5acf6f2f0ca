using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Rules;

namespace LambdaGen.Core.Model;

/// <summary>The project-wide defaults read from MSBuild properties (<c>build_property.Lambda*</c>).</summary>
public sealed record MsBuildDefaults
{
    public FunctionSpec Defaults { get; init; } = new();
    public string? FunctionNamePrefix { get; init; }
    public int? MaxMemorySize { get; init; }
    /// <summary>The region the deploy targets (<c>LambdaRegion</c>), or null; the region rules compare ARNs with it.</summary>
    public string? Region { get; init; }
    /// <summary>Values that could not be read (not a number, a ceiling out of range).</summary>
    public EquatableArray<Violation> Problems { get; init; }

    public static readonly MsBuildDefaults None = new();

    /// <summary>The property names LambdaGen reads; the package declares each as a CompilerVisibleProperty.</summary>
    public static readonly IReadOnlyList<string> PropertyNames = FieldTable.All
        .Where(field => field.MsBuildProperty is not null).Select(field => field.MsBuildProperty!)
        .Concat(new[] { FunctionNamePrefixProperty, MaxMemorySizeProperty, RegionProperty, S3BucketProperty })
        .ToArray();

    public const string FunctionNamePrefixProperty = "LambdaFunctionNamePrefix";
    public const string MaxMemorySizeProperty = "LambdaMaxMemorySize";
    public const string RegionProperty = "LambdaRegion";
    /// <summary>The bucket the deploy uploads packages over 50 MB to; checked once per project against S3's naming rules.</summary>
    public const string S3BucketProperty = "LambdaS3Bucket";

    /// <summary>Reads the properties; an unset property arrives as "" or null and means "no default".</summary>
    public static MsBuildDefaults Parse(Func<string, string?> property)
    {
        var problems = new List<Violation>();
        string? Text(string name) => property(name) is { Length: > 0 } value ? value.Trim() : null;

        Setting<int>? Number(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return new Setting<int>(value, ValueOrigin.MsBuild);
            }

            problems.Add(Unreadable(name, text, "a whole number"));
            return null;
        }

        var maxMemory = Number(MaxMemorySizeProperty);
        if (maxMemory is { } max && (max.Value < SpecValidator.MemoryMin || max.Value > SpecValidator.MemoryMax))
        {
            problems.Add(new Violation(RuleCatalog.MsBuildPropertyInvalid, "MSBuild:" + MaxMemorySizeProperty, ValueOrigin.MsBuild,
                $"MSBuild property {MaxMemorySizeProperty} is {Rules.Text.Number(max.Value)}; it must be between {SpecValidator.MemoryMin} and {Rules.Text.Number(SpecValidator.MemoryMax)}"));
            maxMemory = null;
        }

        if (Text(S3BucketProperty) is { } bucket && BucketNames.Problem(bucket) is { } broken)
        {
            problems.Add(new Violation(RuleCatalog.S3BucketNameInvalid, "MSBuild:" + S3BucketProperty, ValueOrigin.MsBuild,
                $"MSBuild property {S3BucketProperty} is {Rules.Text.Quote(bucket)}, which {broken}"));
        }

        // One default per row that names an MSBuild property, read as the row's kind (a list property holds one item).
        var settings = new SettingTable();
        foreach (var field in FieldTable.Slotted)
        {
            if (field.MsBuildProperty is not { } name || Text(name) is not { } text)
            {
                continue;
            }

            object? setting = field.Kind switch
            {
                FieldKind.String => new Setting<string>(text, ValueOrigin.MsBuild),
                FieldKind.StringList => new Setting<EquatableArray<string?>>(EquatableArray.From<string?>(text), ValueOrigin.MsBuild),
                FieldKind.Int => Number(name),
                FieldKind.Double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
                    ? new Setting<double>(d, ValueOrigin.MsBuild) : Problem(Unreadable(name, text, "a number")),
                FieldKind.Bool => bool.TryParse(text, out var b) ? new Setting<bool>(b, ValueOrigin.MsBuild) : Problem(Unreadable(name, text, "true or false")),
                _ => null,
            };
            settings = settings.With(field, setting);
        }

        object? Problem(Violation violation)
        {
            problems.Add(violation);
            return null;
        }

        return new MsBuildDefaults
        {
            Defaults = new FunctionSpec { Settings = settings },
            FunctionNamePrefix = Text(FunctionNamePrefixProperty),
            MaxMemorySize = maxMemory?.Value,
            Region = Text(RegionProperty),
            Problems = problems.ToEquatableArray(),
        };
    }

    private static Violation Unreadable(string name, string text, string expected) =>
        new(RuleCatalog.MsBuildPropertyInvalid, "MSBuild:" + name, ValueOrigin.MsBuild,
            $"MSBuild property {name} is {Rules.Text.Quote(text)}, which is not {expected}");
}
