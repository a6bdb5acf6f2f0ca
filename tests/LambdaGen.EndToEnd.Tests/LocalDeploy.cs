using System.Text.Json;
using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>`dotnet publish -p:LambdaDeploy=true` against a loopback control plane, and reading what reached it.</summary>
public static class LocalDeploy
{
    /// <summary>
    /// The deploy's only credentials: the plane's dummy key pair through the SDK's standard chain (environment
    /// variables), with no shared profile files and no instance metadata to fall back on.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(LambdaControlPlaneOptions options, string root) => new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = options.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = options.SecretAccessKey,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(root, "no-aws-credentials"),
        ["AWS_CONFIG_FILE"] = Path.Combine(root, "no-aws-config"),
    };

    /// <summary>Publishes with deploy to <paramref name="plane"/> in its region; <paramref name="extra"/> are more arguments.</summary>
    public static CommandResult Publish(UserProject project, LambdaControlPlane plane, LambdaControlPlaneOptions options, params string[] extra) =>
        project.Dotnet(Environment(options, project.Directory),
            new[] { "publish", "-p:LambdaDeploy=true", $"-p:LambdaEndpoint={plane.Endpoint}", $"-p:LambdaRegion={options.Region}" }.Concat(extra).ToArray());

    /// <summary>Every write call (anything but GET) as "Operation function status", sorted: what a run changed, in one comparable list.</summary>
    public static IReadOnlyList<string> Writes(IEnumerable<RecordedRequest> requests) =>
        requests.Where(r => r.Method != "GET").Select(Describe).Order(StringComparer.Ordinal).ToList();

    public static string Describe(RecordedRequest r) => $"{r.Operation} {FunctionOf(r)} {r.StatusCode}";

    /// <summary>The plain function name a request is about (from the path label or CreateFunction's body; ARNs reduced to the name).</summary>
    public static string FunctionOf(RecordedRequest r)
    {
        if (r.Service == "s3")
        {
            return Uri.UnescapeDataString(r.Path.TrimStart('/').Split('/')[0]);
        }

        if (r.Service == "cloudformation")
        {
            return System.Web.HttpUtility.ParseQueryString(r.Body)["StackName"] ?? "?";
        }

        string? label = null;
        if (r.Operation == "CreateFunction")
        {
            try
            {
                using var body = JsonDocument.Parse(r.Body);
                label = body.RootElement.TryGetProperty("FunctionName", out var name) ? name.GetString() : null;
            }
            catch (JsonException)
            {
            }
        }
        else
        {
            var segments = r.Path.TrimStart('/').Split('/');
            label = segments.Length >= 3 ? Uri.UnescapeDataString(segments[2]) : null;
        }
        if (label is null)
        {
            return "?";
        }

        var function = label.IndexOf(":function:", StringComparison.Ordinal);
        var name2 = function >= 0 ? label[(function + ":function:".Length)..] : label;
        var qualifier = name2.IndexOf(':', StringComparison.Ordinal);
        return qualifier >= 0 ? name2[..qualifier] : name2;
    }

    /// <summary>The progress lines the deploy tool printed ("LambdaDeploy: …"), without MSBuild's indentation.</summary>
    public static IReadOnlyList<string> DeployLines(CommandResult result) =>
        result.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("LambdaDeploy: ", StringComparison.Ordinal)).ToList();
}
