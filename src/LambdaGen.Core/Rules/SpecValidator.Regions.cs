using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Core.Rules;

/// <summary>ARNs against the LambdaRegion MSBuild property: LG0082–LG0083.</summary>
public static partial class SpecValidator
{
    private static void CheckRegions(Run run)
    {
        var region = run.Context.Region;
        if (region is null || !Patterns.Region.IsFullMatch(region))
        {
            return;
        }

        var partition = Partition(region);
        var spec = run.Spec;

        if (spec.Layers is { } layers)
        {
            for (int i = 0; i < layers.Value.Count; i++)
            {
                var arn = layers.Value[i];
                if (!Patterns.Layer.IsFullMatch(arn))
                {
                    continue; // LG0020
                }

                var parts = arn!.Split(':');
                if (Mismatch(parts[1], parts[3], region, partition) is { } where)
                {
                    run.Report(RuleCatalog.LayerRegionMismatch, FieldKeys.Item(FieldKeys.Layers, i), layers.Origin,
                        $"Layer {Text.Quote(arn)} {where}; a function can use only layers of its own region");
                }
            }
        }

        if (spec.FunctionName is { Value: { } name } functionName && FunctionNames.IsArnForm(name) && Patterns.FunctionName.IsFullMatch(name))
        {
            var parts = name.Split(':');
            string? arnPartition = null, arnRegion = null;
            if (name.StartsWith("arn:", System.StringComparison.Ordinal))
            {
                arnPartition = parts[1];
                if (parts.Length > 3 && Patterns.Region.IsFullMatch(parts[3]))
                {
                    arnRegion = parts[3];
                }
            }
            else if (Patterns.Region.IsFullMatch(parts[0]))
            {
                arnRegion = parts[0];
            }
            if (Mismatch(arnPartition, arnRegion, region, partition) is { } where)
            {
                run.Report(RuleCatalog.FunctionArnRegionMismatch, FieldKeys.FunctionName, functionName.Origin,
                    $"FunctionName {Text.Quote(name)} {where}, where the deploy creates the function");
            }
        }
    }

    /// <summary>"is in region 'eu-west-1', but LambdaRegion is 'us-east-1'" (or the same for the partition) when the ARN's differs
    /// from LambdaRegion's; an ARN without a region or partition matches.</summary>
    private static string? Mismatch(string? arnPartition, string? arnRegion, string region, string partition)
    {
        if (!string.IsNullOrEmpty(arnPartition) && arnPartition != partition)
        {
            return $"is in partition '{arnPartition}', but LambdaRegion '{region}' is in '{partition}'";
        }

        if (!string.IsNullOrEmpty(arnRegion) && arnRegion != region)
        {
            return $"is in region '{arnRegion}', but LambdaRegion is '{region}'";
        }

        return null;
    }

    /// <summary>The partition of a region: cn-* → aws-cn, us-gov-* → aws-us-gov, *-iso* → aws-iso(-b, -e, -f), eusc-* → aws-eusc.</summary>
    public static string Partition(string region)
    {
        if (region.StartsWith("eusc-", System.StringComparison.Ordinal))
        {
            return "aws-eusc";
        }

        if (region.StartsWith("cn-", System.StringComparison.Ordinal))
        {
            return "aws-cn";
        }

        var dash = region.IndexOf('-');
        var second = region.Split('-');
        if (second.Length > 1 && second[1] == "gov")
        {
            return "aws-us-gov";
        }

        if (dash > 0 && second.Length > 1 && second[1].StartsWith("iso", System.StringComparison.Ordinal))
        {
            return second[1].Length > 3 ? "aws-iso-" + second[1].Substring(3) : "aws-iso";
        }

        return "aws";
    }
}
