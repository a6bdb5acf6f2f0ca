using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>The words that tell the user where a value came from, and the MSBuild property behind a setting.</summary>
public static class Origins
{
    /// <summary>The MSBuild property that supplies a default for <paramref name="field"/>, if any.</summary>
    public static string? MsBuildProperty(string field) =>
        field == FieldKeys.FunctionName ? MsBuildDefaults.FunctionNamePrefixProperty : FieldTable.ByName(field)?.MsBuildProperty;

    public static string Describe(ValueOrigin origin, string field, ProjectContext context)
    {
        var top = TopField(field);
        return origin switch
        {
            ValueOrigin.Method when AttachedOperation(top) is { } operation => "set on " + operation.AttributeDisplay,
            ValueOrigin.Method => top switch
            {
                FieldKeys.Environment => "in [LambdaEnvironment] on the method",
                FieldKeys.Tags => "in [LambdaTag] on the method",
                FieldKeys.FileSystem => "in [LambdaFileSystem]",
                FieldKeys.Method => "on the handler method",
                _ => "set on [LambdaFunction]",
            },
            ValueOrigin.Assembly => top switch
            {
                FieldKeys.Environment => "in [assembly: LambdaEnvironment]",
                FieldKeys.Tags => "in [assembly: LambdaTag]",
                _ => "from [assembly: LambdaDefaults]",
            },
            ValueOrigin.MsBuild => "from MSBuild property " + (MsBuildProperty(top) ?? top),
            ValueOrigin.Derived => top == FieldKeys.Handler ? "computed from the method" : "derived from the method name",
            ValueOrigin.TargetFramework => "derived from TargetFramework " + Text.Quote(context.TargetFramework ?? ""),
            ValueOrigin.Manifest => "in manifest " + (context.ManifestPath ?? "(unknown file)"),
            _ => "",
        };
    }

    private static Operation? AttachedOperation(string top)
    {
        foreach (var operation in Operations.All)
        {
            if (operation.KeyPrefix.Length > 0 && operation.KeyPrefix == top)
            {
                return operation;
            }
        }

        return null;
    }

    private static string TopField(string field)
    {
        int cut = field.IndexOfAny(new[] { '#', '.' });
        return cut > 0 ? field.Substring(0, cut) : field;
    }
}
