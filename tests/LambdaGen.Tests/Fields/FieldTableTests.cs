using System.Reflection;
using System.Text.Json.Nodes;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Tests.Fields;

/// <summary>The field table is the one list of settings: every attribute property has a row, and every row reaches the
/// parser, the resolver, the MSBuild defaults and the manifest writer (the deploy and typed-call consumers are checked in
/// their own test projects).</summary>
public class FieldTableTests
{
    private static readonly Dictionary<FieldKind, Type> ClrTypes = new()
    {
        [FieldKind.String] = typeof(string),
        [FieldKind.Int] = typeof(int),
        [FieldKind.Double] = typeof(double),
        [FieldKind.Bool] = typeof(bool),
        [FieldKind.StringList] = typeof(string[]),
    };

    [Theory]
    [InlineData(typeof(LambdaGen.LambdaFunctionAttribute), FieldLevels.Method)]
    [InlineData(typeof(LambdaGen.LambdaDefaultsAttribute), FieldLevels.Assembly)]
    public void Every_attribute_property_is_a_row_of_its_type_and_every_row_of_that_level_is_a_property(Type attribute, FieldLevels level)
    {
        var properties = attribute.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        foreach (var property in properties)
        {
            var field = FieldTable.ByName(property.Name);
            Assert.True(field is not null, $"{attribute.Name}.{property.Name} maps to no row of the field table");
            Assert.True((field!.Levels & level) != 0, $"{attribute.Name}.{property.Name}: the row does not allow {level}");
            Assert.Equal(ClrTypes[field.Kind], property.PropertyType);
        }
        var expected = FieldTable.OnLambdaFunction.Where(f => (f.Levels & level) != 0).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(expected, properties.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Rows_are_unique_and_rows_that_share_an_object_are_adjacent()
    {
        Assert.Equal(FieldTable.CreateFunction.Count, FieldTable.CreateFunction.Select(f => f.Name).Distinct().Count());
        Assert.Equal(FieldTable.CreateFunction.Count, FieldTable.CreateFunction.Select(f => f.ApiPath).Distinct().Count());
        // The manifest writer and the typed call open one object per run of rows with the same first segment.
        var runs = new List<string>();
        foreach (var field in FieldTable.CreateFunction)
        {
            if (runs.Count == 0 || runs[^1] != field.TopLevel)
            {
                runs.Add(field.TopLevel);
            }
        }

        Assert.Equal(runs.Distinct().Count(), runs.Count);
        Assert.All(FieldTable.CreateFunction, f => Assert.Equal(f.ApiPath, f.SdkPath));
    }

    [Fact]
    public void The_parser_reads_every_row_from_LambdaFunction_and_LambdaDefaults()
    {
        var method = FieldTable.OnLambdaFunction.Where(f => (f.Levels & FieldLevels.Method) != 0).ToList();
        var assembly = FieldTable.OnLambdaFunction.Where(f => (f.Levels & FieldLevels.Assembly) != 0).ToList();
        var source = $$"""
            using LambdaGen;
            [assembly: LambdaDefaults({{string.Join(", ", assembly.Select(f => f.Name + " = " + FieldSamples.CSharp(f)))}})]
            public class Handlers
            {
                [LambdaFunction({{string.Join(", ", method.Select(f => f.Name + " = " + FieldSamples.CSharp(f)))}})]
                public string Run(string input) => input;
            }
            """;
        var compilation = TestCompilation.Create(source);
        var symbol = compilation.GetTypeByMetadataName("Handlers")!.GetMembers("Run").OfType<IMethodSymbol>().Single();
        var parsed = SettingsParser.ParseMethod(symbol, symbol.GetAttributes().Single(), CancellationToken.None)!;
        var defaults = SettingsParser.ParseAssembly(compilation.Assembly);

        foreach (var field in method)
        {
            Assert.Equal(FieldSamples.Setting(field, ValueOrigin.Method), parsed.Settings[field]);
        }

        foreach (var field in assembly)
        {
            Assert.Equal(FieldSamples.Setting(field, ValueOrigin.Assembly), defaults.Settings[field]);
        }
    }

    [Fact]
    public void The_resolver_inherits_every_assembly_and_MSBuild_row_the_method_leaves_unset()
    {
        var assembly = FieldSamples.Everything(ValueOrigin.Assembly);
        var msBuild = MsBuildDefaults.Parse(name => FieldTable.All.FirstOrDefault(f => f.MsBuildProperty == name) is { } f
            ? FieldSamples.CSharp(f).Trim('"').Replace("new[] { ", "").Replace(" }", "").Trim('"')
            : null);
        var method = new FunctionSpec { MethodName = "Run", ContainingTypeName = "Handlers" };

        var fromAssembly = SpecResolver.Resolve(method, assembly, MsBuildDefaults.None, "Fns", "net10.0");
        foreach (var field in FieldTable.OnLambdaFunction.Where(f => (f.Levels & FieldLevels.Assembly) != 0))
        {
            Assert.Equal(FieldSamples.Setting(field, ValueOrigin.Assembly), fromAssembly.Settings[field]);
        }

        var fromMsBuild = SpecResolver.Resolve(method, new FunctionSpec(), msBuild, "Fns", "net10.0");
        Assert.Empty(msBuild.Problems);
        foreach (var field in FieldTable.OnLambdaFunction.Where(f => f.MsBuildProperty is not null))
        {
            Assert.Equal(FieldSamples.Setting(field, ValueOrigin.MsBuild), fromMsBuild.Settings[field]);
        }
    }

    [Fact]
    public void The_manifest_writes_every_row_at_its_API_path()
    {
        var spec = FieldSamples.Everything() with
        {
            Environment = EquatableArray.From(new KeyValueEntry("KEY", "v", ValueOrigin.Method, 0)),
            Tags = EquatableArray.From(new KeyValueEntry("team", "x", ValueOrigin.Method, 0)),
            FileSystems = EquatableArray.From(new FileSystemEntry("arn", "/mnt/x", ValueOrigin.Method, 0)),
        };
        var json = JsonNode.Parse(ManifestWriter.Write(spec))!;
        foreach (var field in FieldTable.CreateFunction)
        {
            JsonNode? node = json;
            foreach (var segment in field.Segments)
            {
                node = node?[segment];
            }

            Assert.True(node is not null, $"{field.Name} is not written at {field.ApiPath}");
        }
    }
}
