using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace LambdaGen.Deploy.Aws;

/// <summary>
/// Where and as whom the deploy talks to AWS: credentials from the SDK's chain (or a named profile),
/// the region, and the Lambda / S3 endpoints. Resolution uses AWSSDK.Core only.
/// </summary>
internal sealed class AwsContext
{
    private AwsContext(AWSCredentials credentials, string region, Uri lambdaEndpoint, Uri? s3Endpoint, Uri cloudFormationEndpoint)
    {
        CloudFormationEndpoint = cloudFormationEndpoint;
        Credentials = credentials;
        Region = region;
        LambdaEndpoint = lambdaEndpoint;
        S3Endpoint = s3Endpoint;
    }

    public AWSCredentials Credentials { get; }

    public string Region { get; }

    public Uri LambdaEndpoint { get; }

    public Uri CloudFormationEndpoint { get; }

    /// <summary>A path-style S3 endpoint override; null means the regional virtual-hosted endpoint.</summary>
    public Uri? S3Endpoint { get; }

    public static AwsContext Resolve(DeployOptions options)
    {
        CredentialProfile? profile = null;
        var profiles = new CredentialProfileStoreChain();
        if (!string.IsNullOrEmpty(options.Profile))
        {
            if (!profiles.TryGetProfile(options.Profile, out profile))
            {
                throw new DeployException(
                    "LGD031",
                    $"AWS profile '{options.Profile}' (--profile / LambdaProfile) was not found in the shared config/credentials files or the SDK store.");
            }
        }

        string region = ResolveRegion(options, profile);
        AWSCredentials credentials = options.Credentials ?? ResolveCredentials(options, profiles, profile, region);

        Uri lambdaEndpoint = options.Endpoint is { Length: > 0 } endpoint
            ? ParseEndpoint(endpoint, "--endpoint (LambdaEndpoint)")
            : new Uri($"https://lambda.{region}.{DnsSuffix(region)}");
        Uri? s3Endpoint = options.S3Endpoint is { Length: > 0 } s3 ? ParseEndpoint(s3, "S3 endpoint") : null;
        Uri cloudFormationEndpoint = options.CloudFormationEndpoint is { Length: > 0 } cfn
            ? ParseEndpoint(cfn, "--cloudformation-endpoint (LambdaCloudFormationEndpoint)")
            : new Uri($"https://cloudformation.{region}.{DnsSuffix(region)}");
        return new AwsContext(credentials, region, lambdaEndpoint, s3Endpoint, cloudFormationEndpoint);
    }

    private static string ResolveRegion(DeployOptions options, CredentialProfile? profile)
    {
        if (!string.IsNullOrEmpty(options.Region))
        {
            return options.Region;
        }
        if (!string.IsNullOrEmpty(options.Endpoint) || !string.IsNullOrEmpty(options.CloudFormationEndpoint))
        {
            // As the SDK does with only a service URL set: sign for us-east-1.
            return "us-east-1";
        }
        if (profile?.Region is { } profileRegion)
        {
            return profileRegion.SystemName;
        }
        RegionEndpoint? fallback = null;
        try
        {
            fallback = FallbackRegionFactory.GetRegionEndpoint();
        }
        catch (AmazonClientException)
        {
            // fall through to AWS_REGION
        }
        if (fallback is not null)
        {
            return fallback.SystemName;
        }
        string? env = Environment.GetEnvironmentVariable("AWS_REGION");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }
        throw new DeployException(
            "LGD032",
            "No AWS region: pass --region (MSBuild property LambdaRegion), set AWS_REGION, or set a region in your AWS profile.");
    }

    private static AWSCredentials ResolveCredentials(DeployOptions options, CredentialProfileStoreChain profiles, CredentialProfile? profile, string region)
    {
        try
        {
            if (profile is not null)
            {
                if (profiles.TryGetAWSCredentials(profile.Name, out AWSCredentials credentials))
                {
                    return credentials;
                }
                throw new DeployException("LGD031", $"AWS profile '{profile.Name}' has no usable credentials.");
            }
            return DefaultAWSCredentialsIdentityResolver.GetCredentials(new SigningClientConfig("lambda", region));
        }
        catch (AmazonClientException ex)
        {
            throw new DeployException(
                "LGD030",
                "Could not resolve AWS credentials (environment, shared profile, SSO, container or instance role): " + ex.Message
                + (options.Profile is null ? " Pass --profile (LambdaProfile) to choose a profile." : ""));
        }
    }

    private static Uri ParseEndpoint(string value, string what)
    {
        string withScheme = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out Uri? uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            throw new DeployException("LGD033", $"The {what} '{value}' is not an http(s) URL.");
        }
        return uri;
    }

    private static string DnsSuffix(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
}
