using System.Collections.Generic;
using System.Globalization;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    public const int MaxLayers = 5;
    private const int LayerArnMax = 2048;

    private static void CheckLayers(Run run)
    {
        if (run.Spec.Layers is not { } layers)
        {
            return;
        }

        var items = layers.Value;
        if (items.Count > MaxLayers)
        {
            run.Report(RuleCatalog.TooManyLayers, FieldKeys.Layers, layers.Origin,
                $"Layers has {items.Count} items; a function can use at most {MaxLayers}");
        }

        // Layer ARN without its version → index of the first item that used it.
        var seen = new Dictionary<string, int>();
        for (int i = 0; i < items.Count; i++)
        {
            var arn = items[i];
            var key = FieldKeys.Item(FieldKeys.Layers, i);
            if (arn is null)
            {
                continue; // LG0113
            }

            if (arn.Length == 0 || Text.CodePoints(arn) > LayerArnMax || !Patterns.Layer.IsFullMatch(arn))
            {
                run.Report(RuleCatalog.LayerArnInvalid, key, layers.Origin,
                    $"Layer {Text.Quote(arn)} is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)");
                continue;
            }

            // Only …:layer:<name>:<version> ARNs have versions; awslayer ARNs end with the layer's name.
            if (arn.IndexOf(":layer:", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            int lastColon = arn.LastIndexOf(':');
            var unversioned = arn.Substring(0, lastColon);
            if (seen.TryGetValue(unversioned, out var first))
            {
                // The newest version of this layer anywhere in the list, so that every conflict of one layer
                // suggests the same value (with three versions, the second conflict must not keep the middle one).
                var newest = arn;
                foreach (var other in items)
                {
                    if (other is not null && other.LastIndexOf(':') == unversioned.Length && other.StartsWith(unversioned, System.StringComparison.Ordinal)
                        && Patterns.Layer.IsFullMatch(other) && Version(other) > Version(newest))
                    {
                        newest = other;
                    }
                }

                run.Report(RuleCatalog.LayerVersionsConflict, key, layers.Origin,
                    $"Layer {Text.Quote(arn)} is another version of {Text.Quote(items[first])}; a function can use one version of a layer", newest);
            }
            else
            {
                seen[unversioned] = i;
            }
        }
    }

    private static long Version(string layerArn) =>
        long.TryParse(layerArn.Substring(layerArn.LastIndexOf(':') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
}
