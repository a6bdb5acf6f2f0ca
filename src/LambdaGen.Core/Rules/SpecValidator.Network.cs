using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    public const int MaxSubnets = 16;
    public const int MaxSecurityGroups = 5;
    private const int VpcIdMax = 1024;
    private const int FileSystemArnMax = 256;
    private const int MountPathMax = 160;

    private static void CheckNetwork(Run run)
    {
        var spec = run.Spec;
        CheckIds(run, spec.SubnetIds, FieldKeys.SubnetIds, RuleCatalog.SubnetIdInvalid, Patterns.SubnetId, MaxSubnets, "Subnet ID", "subnet-");
        CheckIds(run, spec.SecurityGroupIds, FieldKeys.SecurityGroupIds, RuleCatalog.SecurityGroupIdInvalid, Patterns.SecurityGroupId, MaxSecurityGroups, "Security group ID", "sg-");

        int subnets = spec.SubnetIds?.Value.Count ?? 0;
        int groups = spec.SecurityGroupIds?.Value.Count ?? 0;
        if ((subnets == 0) != (groups == 0))
        {
            var (field, origin) = subnets > 0 ? (FieldKeys.SubnetIds, spec.SubnetIds!.Value.Origin) : (FieldKeys.SecurityGroupIds, spec.SecurityGroupIds!.Value.Origin);
            run.Report(RuleCatalog.VpcIncomplete, field, origin,
                subnets > 0 ? "SubnetIds is set without SecurityGroupIds; set both or neither" : "SecurityGroupIds is set without SubnetIds; set both or neither");
        }

        // LG0080: the manifest writes VpcConfig for the flag alone; the flag only means something in dual-stack subnets.
        if (spec.Ipv6AllowedForDualStack is { Value: true } ipv6 && subnets == 0)
        {
            run.Report(RuleCatalog.Ipv6WithoutSubnets, FieldKeys.Ipv6AllowedForDualStack, ipv6.Origin,
                "Ipv6AllowedForDualStack is true without SubnetIds, so the manifest sends a VpcConfig with only that flag; it applies only to a function in dual-stack subnets");
        }

        if (spec.DeadLetterTargetArn is { } dlq)
        {
            var value = dlq.Value ?? "";
            var parts = value.Split(':');
            if (value.Length == 0)
            {
                run.Report(RuleCatalog.DeadLetterTargetInvalid, FieldKeys.DeadLetterTargetArn, dlq.Origin, "DeadLetterTargetArn is empty; Lambda rejects it (ARNs must start with 'arn:')");
            }
            else if (!Patterns.GenericArn.IsFullMatch(value) || parts.Length < 3)
            {
                run.Report(RuleCatalog.DeadLetterTargetInvalid, FieldKeys.DeadLetterTargetArn, dlq.Origin, $"DeadLetterTargetArn {Text.Quote(value)} is not an ARN");
            }
            else if (parts[2] is not ("sqs" or "sns"))
            {
                run.Report(RuleCatalog.DeadLetterTargetInvalid, FieldKeys.DeadLetterTargetArn, dlq.Origin,
                    $"DeadLetterTargetArn {Text.Quote(value)} is a '{parts[2]}' ARN; the target must be an SQS queue or SNS topic");
            }
        }

        if (spec.TracingMode is { } tracing && tracing.Value is not ("Active" or "PassThrough"))
        {
            var suggestion = Suggestions.Enumeration(tracing.Value, new[] { "Active", "PassThrough" });
            run.Report(RuleCatalog.TracingModeUnknown, FieldKeys.TracingMode, tracing.Origin,
                $"TracingMode {Text.Quote(tracing.Value)} is not valid; use 'Active' or 'PassThrough'", suggestion);
        }

        CheckFileSystems(run);
    }

    private static void CheckIds(Run run, Setting<EquatableArray<string?>>? setting, string field, Rule rule, System.Text.RegularExpressions.Regex pattern, int max, string noun, string prefix)
    {
        if (setting is not { } ids)
        {
            return;
        }

        if (ids.Value.Count > max)
        {
            run.Report(rule, field, ids.Origin, $"{field} has {ids.Value.Count} items; the maximum is {max}");
        }

        for (int i = 0; i < ids.Value.Count; i++)
        {
            var id = ids.Value[i];
            if (id is null)
            {
                continue; // LG0113
            }

            if (Text.CodePoints(id) > VpcIdMax || !pattern.IsFullMatch(id))
            {
                run.Report(rule, FieldKeys.Item(field, i), ids.Origin, $"{noun} {Text.Quote(id)} is not valid; it looks like '{prefix}0123456789abcdef0'");
            }
        }
    }

    private static void CheckFileSystems(Run run)
    {
        var spec = run.Spec;
        var fileSystems = spec.FileSystems;
        for (int i = 0; i < fileSystems.Count; i++)
        {
            var fs = fileSystems[i];
            var item = FieldKeys.Item(FieldKeys.FileSystem, fs.Index);
            if (i > 0)
            {
                run.Report(RuleCatalog.FileSystemTooMany, item, fs.Origin, $"This is file system {i + 1}; a function can mount at most one");
                continue;
            }
            var arn = fs.Arn ?? "";
            if (Text.CodePoints(arn) > FileSystemArnMax || !Patterns.FileSystemArn.IsFullMatch(arn))
            {
                run.Report(RuleCatalog.FileSystemArnInvalid, FieldKeys.Part(item, "Arn"), fs.Origin,
                    $"File system ARN {Text.Quote(fs.Arn)} is not an EFS access point ARN (arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-<17 hex digits>)");
            }

            var path = fs.LocalMountPath ?? "";
            if (Text.CodePoints(path) > MountPathMax || !Patterns.LocalMountPath.IsFullMatch(path))
            {
                run.Report(RuleCatalog.FileSystemMountPathInvalid, FieldKeys.Part(item, "LocalMountPath"), fs.Origin,
                    $"LocalMountPath {Text.Quote(fs.LocalMountPath)} is not valid: '/mnt/' and one name of letters, digits, '-', '_' or '.', at most {MountPathMax} characters");
            }

            bool inVpc = (spec.SubnetIds?.Value.Count ?? 0) > 0 && (spec.SecurityGroupIds?.Value.Count ?? 0) > 0;
            if (!inVpc)
            {
                run.Report(RuleCatalog.FileSystemWithoutVpc, item, fs.Origin, "A function that mounts a file system must be in a VPC; set SubnetIds and SecurityGroupIds");
            }
        }
    }
}
