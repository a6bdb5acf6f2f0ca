using System.Globalization;

namespace LambdaGen.Deploy;

/// <summary>
/// The tool's command line (a small hand parser: System.CommandLine is not on this machine's mirror,
/// and the surface is a dozen flags).
/// </summary>
public static class CommandLine
{
    public const string Usage =
        """
        Usage: LambdaGen.Deploy --manifests <dir> --publish-dir <dir> [options]

          --manifests <dir>          folder with functions.json and one manifest per function ($(OutDir)lambda)
          --publish-dir <dir>        the publish output to package
          --region <region>          AWS region (default: the SDK's region chain, then AWS_REGION)
          --profile <name>           AWS profile for credentials and region
          --endpoint <url>           Lambda endpoint override (signs for us-east-1 unless --region is set)
          --dry-run                  print the plan; make read calls only
          --parallelism <n>          functions deployed at once (default 4)
          --s3-bucket <bucket>       upload packages over 50 MB here and pass S3Bucket/S3Key
          --image-uri <uri>          Code.ImageUri for PackageType Image functions
          --prune-tags               remove deployed tags the manifest does not declare
          --runtime-identifier <rid> the publish RuntimeIdentifier (checked against Architectures)
          --engine <name>            Direct (default: Lambda API calls) or CloudFormation (a change set on --stack-name)
          --stack-name <name>        the stack the CloudFormation engine creates or updates
          --cloudformation-endpoint <url>  CloudFormation endpoint override
          --s3-endpoint <url>        path-style S3 endpoint override
          --help                     show this text

        Exit code: 0 when every function deployed (or had nothing to change), 1 when any failed.
        """;

    /// <summary>Parses <paramref name="args"/>; throws <see cref="CommandLineException"/> with a clear message.</summary>
    public static DeployOptions Parse(IReadOnlyList<string> args)
    {
        string? manifests = null, publishDir = null, region = null, profile = null, endpoint = null;
        string? bucket = null, imageUri = null, rid = null, stackName = null, cfnEndpoint = null, s3Endpoint = null;
        DeployEngineKind engine = DeployEngineKind.Direct;
        bool dryRun = false, pruneTags = false;
        int parallelism = 4;

        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string name = arg;
            string? inline = null;
            int eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }

            string Value()
            {
                if (inline is not null)
                {
                    return inline;
                }
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CommandLineException($"{name} needs a value.");
                }
                return args[++i];
            }

            switch (name)
            {
                case "--manifests": manifests = Value(); break;
                case "--publish-dir": publishDir = Value(); break;
                case "--region": region = Empty(Value()); break;
                case "--profile": profile = Empty(Value()); break;
                case "--endpoint": endpoint = Empty(Value()); break;
                case "--s3-bucket": bucket = Empty(Value()); break;
                case "--image-uri": imageUri = Empty(Value()); break;
                case "--runtime-identifier": rid = Empty(Value()); break;
                case "--stack-name": stackName = Empty(Value()); break;
                case "--cloudformation-endpoint": cfnEndpoint = Empty(Value()); break;
                case "--s3-endpoint": s3Endpoint = Empty(Value()); break;
                case "--engine": engine = ParseEngine(Value()); break;
                case "--dry-run": dryRun = Flag(inline, name); break;
                case "--prune-tags": pruneTags = Flag(inline, name); break;
                case "--parallelism":
                    string text = Value();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out parallelism) || parallelism < 1 || parallelism > 64)
                    {
                        throw new CommandLineException($"--parallelism '{text}' must be a whole number from 1 to 64.");
                    }
                    break;
                case "--help":
                case "-h":
                case "-?":
                    throw new CommandLineException(null);
                default:
                    throw new CommandLineException($"Unknown argument '{arg}'.");
            }
        }

        if (string.IsNullOrEmpty(manifests))
        {
            throw new CommandLineException("--manifests <dir> is required.");
        }
        if (string.IsNullOrEmpty(publishDir))
        {
            throw new CommandLineException("--publish-dir <dir> is required.");
        }

        if (engine == DeployEngineKind.CloudFormation)
        {
            if (stackName is null)
            {
                throw new CommandLineException("--engine CloudFormation needs --stack-name <name> (MSBuild property LambdaStackName).");
            }
            if (StackNames.Problem(stackName) is { } problem)
            {
                throw new CommandLineException($"--stack-name '{stackName}' {problem}");
            }
        }

        return new DeployOptions
        {
            ManifestsDir = Path.GetFullPath(manifests),
            PublishDir = Path.GetFullPath(publishDir),
            Region = region,
            Profile = profile,
            Endpoint = endpoint,
            DryRun = dryRun,
            Parallelism = parallelism,
            S3Bucket = bucket,
            ImageUri = imageUri,
            PruneTags = pruneTags,
            RuntimeIdentifier = rid,
            Engine = engine,
            StackName = stackName,
            CloudFormationEndpoint = cfnEndpoint,
            S3Endpoint = s3Endpoint,
        };
    }

    private static DeployEngineKind ParseEngine(string value) => value.Trim() switch
    {
        var v when string.Equals(v, "Direct", StringComparison.OrdinalIgnoreCase) => DeployEngineKind.Direct,
        var v when string.Equals(v, "CloudFormation", StringComparison.OrdinalIgnoreCase) => DeployEngineKind.CloudFormation,
        _ => throw new CommandLineException($"--engine '{value}' is not a deploy engine; use Direct or CloudFormation."),
    };

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Flag(string? inline, string name) => inline switch
    {
        null => true,
        _ when bool.TryParse(inline, out bool b) => b,
        _ => throw new CommandLineException($"{name}={inline}: expected true or false."),
    };
}

/// <summary>A bad command line; a null message means "show usage" (--help).</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException(string? message)
        : base(message ?? "")
    {
        IsHelp = message is null;
    }

    public bool IsHelp { get; }
}
