using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Builds the FunctionConfiguration document the real service returns: every member it always reports
/// (with the service's defaults filled in), the optional ones only when set, and response-only shapes
/// (Layers as objects, VpcConfig with VpcId, ImageConfigResponse, SnapStart with OptimizationStatus).
/// </summary>
internal static class FunctionConfigurationRenderer
{
    public static JsonObject Render(FunctionRecord f, string? version = null)
    {
        var c = new JsonObject
        {
            ["FunctionName"] = f.Name,
            ["FunctionArn"] = version is null ? f.Arn : $"{f.Arn}:{version}",
        };
        if (f.Runtime is not null)
        {
            c["Runtime"] = f.Runtime;
        }

        c["Role"] = f.Role;
        if (f.Handler is not null)
        {
            c["Handler"] = f.Handler;
        }

        c["CodeSize"] = f.CodeSize;
        c["Description"] = f.Description;
        c["Timeout"] = f.Timeout;
        c["MemorySize"] = f.MemorySize;
        c["LastModified"] = FormatTimestamp(f.LastModified);
        c["CodeSha256"] = f.CodeSha256;
        c["Version"] = version ?? "$LATEST";

        if (f.SubnetIds.Count > 0 || f.SecurityGroupIds.Count > 0)
        {
            c["VpcConfig"] = new JsonObject
            {
                ["SubnetIds"] = ToArray(f.SubnetIds),
                ["SecurityGroupIds"] = ToArray(f.SecurityGroupIds),
                ["VpcId"] = VpcIdFor(f.SubnetIds),
                ["Ipv6AllowedForDualStack"] = f.Ipv6AllowedForDualStack,
            };
        }

        if (f.DeadLetterTargetArn is not null)
        {
            c["DeadLetterConfig"] = new JsonObject { ["TargetArn"] = f.DeadLetterTargetArn };
        }

        if (f.Environment is { Count: > 0 })
        {
            var vars = new JsonObject();
            foreach (var (k, v) in f.Environment)
            {
                vars[k] = v;
            }

            c["Environment"] = new JsonObject { ["Variables"] = vars };
        }

        if (f.KmsKeyArn is not null)
        {
            c["KMSKeyArn"] = f.KmsKeyArn;
        }

        c["TracingConfig"] = new JsonObject { ["Mode"] = f.TracingMode };
        c["RevisionId"] = f.RevisionId;

        if (f.Layers.Count > 0)
        {
            var layers = new JsonArray();
            foreach (var arn in f.Layers)
            {
                layers.Add(new JsonObject { ["Arn"] = arn, ["CodeSize"] = LayerSize(arn) });
            }

            c["Layers"] = layers;
        }

        c["State"] = f.State;
        if (f.StateReason is not null)
        {
            c["StateReason"] = f.StateReason;
        }

        if (f.StateReasonCode is not null)
        {
            c["StateReasonCode"] = f.StateReasonCode;
        }

        if (f.LastUpdateStatus is not null)
        {
            c["LastUpdateStatus"] = f.LastUpdateStatus;
        }

        if (f.LastUpdateStatusReason is not null)
        {
            c["LastUpdateStatusReason"] = f.LastUpdateStatusReason;
        }

        if (f.LastUpdateStatusReasonCode is not null)
        {
            c["LastUpdateStatusReasonCode"] = f.LastUpdateStatusReasonCode;
        }

        if (f.FileSystemConfigs.Count > 0)
        {
            var fs = new JsonArray();
            foreach (var (arn, path) in f.FileSystemConfigs)
            {
                fs.Add(new JsonObject { ["Arn"] = arn, ["LocalMountPath"] = path });
            }

            c["FileSystemConfigs"] = fs;
        }

        c["PackageType"] = f.PackageType;
        if (f.ImageConfig is not null)
        {
            c["ImageConfigResponse"] = new JsonObject { ["ImageConfig"] = f.ImageConfig.DeepClone() };
        }

        c["Architectures"] = new JsonArray(f.Architecture);
        c["EphemeralStorage"] = new JsonObject { ["Size"] = f.EphemeralStorageSize };
        c["SnapStart"] = new JsonObject
        {
            ["ApplyOn"] = f.SnapStartApplyOn,
            // Optimisation happens on published versions only; $LATEST always reports Off.
            ["OptimizationStatus"] = version is not null && f.SnapStartApplyOn == "PublishedVersions" ? "On" : "Off",
        };

        var logging = new JsonObject { ["LogFormat"] = f.LogFormat };
        if (f.ApplicationLogLevel is not null)
        {
            logging["ApplicationLogLevel"] = f.ApplicationLogLevel;
        }

        if (f.SystemLogLevel is not null)
        {
            logging["SystemLogLevel"] = f.SystemLogLevel;
        }

        logging["LogGroup"] = f.LogGroup ?? $"/aws/lambda/{f.Name}";
        c["LoggingConfig"] = logging;

        // In the model's FunctionConfiguration order; present only on functions that have them.
        if (f.TenancyConfig is not null)
        {
            c["TenancyConfig"] = f.TenancyConfig.DeepClone();
        }

        if (f.CapacityProviderConfig is not null)
        {
            c["CapacityProviderConfig"] = f.CapacityProviderConfig.DeepClone();
        }

        if (f.DurableConfig is not null)
        {
            c["DurableConfig"] = f.DurableConfig.DeepClone();
        }

        return c;
    }

    /// <summary>The service's LastModified format, e.g. 2026-11-21T13:45:58.123+0000.</summary>
    public static string FormatTimestamp(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    /// <summary>The configuration members a published version is compared on (nothing volatile).</summary>
    public static string Fingerprint(FunctionRecord f)
    {
        var c = Render(f);
        foreach (var volatileMember in new[] { "LastModified", "RevisionId", "Version", "FunctionArn", "State", "StateReason",
                     "StateReasonCode", "LastUpdateStatus", "LastUpdateStatusReason", "LastUpdateStatusReasonCode" })
        {
            c.Remove(volatileMember);
        }

        return c.ToJsonString();
    }

    private static JsonArray ToArray(IEnumerable<string> items)
    {
        var a = new JsonArray();
        foreach (var i in items)
        {
            a.Add(i);
        }

        return a;
    }

    // Deterministic stand-ins for facts that live in other services (EC2, the layer store).
    private static string VpcIdFor(IReadOnlyList<string> subnets) =>
        "vpc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", subnets))))[..17];

    private static long LayerSize(string arn) =>
        1024 + (BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(arn)), 0) % 10_000_000);
}
