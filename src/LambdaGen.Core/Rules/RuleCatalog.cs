namespace LambdaGen.Core.Rules;

/// <summary>
/// Every rule LambdaGen enforces, in one table. The analyzer, the code fixes, the deploy re-check and
/// <c>analyzers.md</c> all read it; a rule's ID is never reused.
/// </summary>
public static class RuleCatalog
{
    public static readonly Rule FunctionNameInvalid = new("LG0001", "Function name is not valid", RuleSeverity.Error, RuleCategories.Configuration, "FunctionName", FactSources.Doc2022 + ", " + FactSources.Service,
        "A plain function name is 1–64 characters of letters, digits, hyphens and underscores; a full or partial ARN is up to 140 characters and must match the FunctionName pattern. LambdaFunctionNamePrefix is part of the name.");

    public static readonly Rule FunctionNameDuplicate = new("LG0002", "Two handlers have the same function name", RuleSeverity.Error, RuleCategories.Configuration, "FunctionName", FactSources.LambdaGen,
        "Each handler deploys as its own function; two handlers with one name (or names that differ only in case, whose manifest files collide on Windows and macOS) would overwrite each other.");

    public static readonly Rule DescriptionTooLong = new("LG0003", "Description is too long", RuleSeverity.Error, RuleCategories.Configuration, "Description", FactSources.Doc2022,
        "Description is at most 256 Unicode code points.");

    public static readonly Rule HandlerInvalid = new("LG0004", "Handler string is not valid", RuleSeverity.Error, RuleCategories.Configuration, "Handler", FactSources.Doc2022,
        "The handler string is at most 128 characters and contains no whitespace. The computed Assembly::Namespace.Type::Method string counts too: long namespaces exceed it.");

    public static readonly Rule RuntimeUnknown = new("LG0005", "Runtime is not a known Lambda runtime", RuleSeverity.Error, RuleCategories.Configuration, "Runtime", FactSources.Model,
        "The runtime must be one of Lambda's identifiers, in exact case. A value newer than LambdaGen's table can be allowed by lowering this rule's severity in .editorconfig.");

    public static readonly Rule RuntimeBlocked = new("LG0006", "Runtime can no longer be used to create functions", RuleSeverity.Error, RuleCategories.Compatibility, "Runtime", FactSources.Lifecycle,
        "Lambda blocks CreateFunction for a runtime after its block-create date.");

    public static readonly Rule RuntimeDeprecated = new("LG0007", "Runtime is deprecated", RuleSeverity.Warning, RuleCategories.Compatibility, "Runtime", FactSources.Lifecycle,
        "The runtime is past its deprecation date: it gets no security patches and function creation will be blocked.");

    public static readonly Rule RuntimeTargetFrameworkMismatch = new("LG0008", "Runtime cannot run this target framework", RuleSeverity.Error, RuleCategories.Compatibility, "Runtime", FactSources.DotNet,
        "A C# handler needs the dotnetN runtime whose major version equals the TargetFramework's, or an OS-only runtime (provided.al2023, provided.al2) with a self-contained or Native AOT bootstrap.");

    public static readonly Rule NoManagedRuntime = new("LG0009", "Target framework has no managed Lambda runtime", RuleSeverity.Error, RuleCategories.Compatibility, "Runtime", FactSources.Lifecycle,
        "When Runtime is not set it is derived from the TargetFramework; Lambda has managed runtimes only for some .NET versions.");

    public static readonly Rule MemorySizeOutOfRange = new("LG0010", "MemorySize is out of range", RuleSeverity.Error, RuleCategories.Configuration, "MemorySize", FactSources.Doc2022 + ", " + FactSources.Service + ", " + FactSources.MemoryPage,
        "For a standard function (no CapacityProviderArn) MemorySize is 128–10240 MB (any multiple of 1 MB). LambdaMaxMemorySize lowers the ceiling for accounts capped at 3008 MB. Functions on Lambda Managed Instances have their own range (LG0070).");

    public static readonly Rule TimeoutOutOfRange = new("LG0011", "Timeout is out of range", RuleSeverity.Error, RuleCategories.Configuration, "Timeout", FactSources.Doc2022 + ", " + FactSources.Service + ", " + FactSources.QuotasPage,
        "For a standard function (no CapacityProviderArn) Timeout is 1–900 seconds. Only functions on Lambda Managed Instances may go up to 5400 (LG0072).");

    public static readonly Rule EphemeralStorageOutOfRange = new("LG0012", "EphemeralStorage is out of range", RuleSeverity.Error, RuleCategories.Configuration, "EphemeralStorage", FactSources.Model,
        "EphemeralStorage (the size of /tmp) is 512–10240 MB.");

    public static readonly Rule RoleMissing = new("LG0013", "No execution role", RuleSeverity.Error, RuleCategories.Configuration, "Role", FactSources.Doc2022,
        "Every function needs an execution role: set Role on the method, on [assembly: LambdaDefaults] or in the LambdaRole MSBuild property.");

    public static readonly Rule RoleInvalid = new("LG0014", "Role is not an IAM role ARN", RuleSeverity.Error, RuleCategories.Configuration, "Role", FactSources.Model,
        "Role must match arn:(aws[a-zA-Z-]*)?:iam::<12 digits>:role/<name>.");

    public static readonly Rule KmsKeyArnInvalid = new("LG0015", "KMSKeyArn is not an ARN", RuleSeverity.Error, RuleCategories.Configuration, "KMSKeyArn", FactSources.Model,
        "KMSKeyArn must be an ARN (or empty).");

    public static readonly Rule CodeSigningConfigArnInvalid = new("LG0016", "CodeSigningConfigArn is not a code signing configuration ARN", RuleSeverity.Error, RuleCategories.Configuration, "CodeSigningConfigArn", FactSources.Model,
        "CodeSigningConfigArn must match the model's pattern and be at most 200 characters.");

    public static readonly Rule ArchitecturesCount = new("LG0017", "Architectures must have exactly one item", RuleSeverity.Error, RuleCategories.Configuration, "Architectures", FactSources.Doc2022,
        "Lambda accepts exactly one architecture per function.");

    public static readonly Rule ArchitectureUnknown = new("LG0018", "Architecture is not x86_64 or arm64", RuleSeverity.Error, RuleCategories.Configuration, "Architectures", FactSources.Model,
        "The only values are x86_64 and arm64, lower case, x86_64 with an underscore.");

    public static readonly Rule ArchitectureUnsupportedByRuntime = new("LG0019", "Runtime does not support this architecture", RuleSeverity.Error, RuleCategories.Compatibility, "Architectures", FactSources.Lifecycle,
        "Some runtimes run only on x86_64.");

    public static readonly Rule LayerArnInvalid = new("LG0020", "Layer is not a layer version ARN", RuleSeverity.Error, RuleCategories.Configuration, "Layers", FactSources.Model,
        "Each layer is a layer version ARN (…:layer:name:version), 1–2048 characters.");

    public static readonly Rule TooManyLayers = new("LG0021", "Too many layers", RuleSeverity.Error, RuleCategories.Configuration, "Layers", FactSources.Service,
        "A function can use at most 5 layers.");

    public static readonly Rule LayerVersionsConflict = new("LG0022", "Two versions of the same layer", RuleSeverity.Error, RuleCategories.Configuration, "Layers", FactSources.Service,
        "Lambda rejects two versions of one layer in the same function.");

    public static readonly Rule EnvironmentKeyInvalid = new("LG0023", "Environment variable name is not valid", RuleSeverity.Error, RuleCategories.Configuration, "Environment", FactSources.Model,
        "A name starts with a letter and has at least two characters, all letters, digits or underscores.");

    public static readonly Rule EnvironmentKeyDuplicate = new("LG0024", "Environment variable is declared twice", RuleSeverity.Error, RuleCategories.Configuration, "Environment", FactSources.LambdaGen,
        "The same name twice at one level is ambiguous; a method-level variable already overrides an assembly-level one.");

    public static readonly Rule EnvironmentKeyReserved = new("LG0025", "Environment variable name is reserved by Lambda", RuleSeverity.Error, RuleCategories.Configuration, "Environment", FactSources.Service,
        "Lambda sets 18 variables itself (AWS_REGION, _HANDLER, …) and rejects them in a function's configuration.");

    public static readonly Rule EnvironmentTooLarge = new("LG0026", "Environment variables exceed 4 KB", RuleSeverity.Error, RuleCategories.Configuration, "Environment", FactSources.Service,
        "The variables, measured as the UTF-8 bytes of their compact JSON map {\"K\":\"V\",…}, must fit in 4096 bytes.");

    public static readonly Rule EnvironmentSecret = new("LG0027", "Environment variable looks like a secret", RuleSeverity.Warning, RuleCategories.Security, "Environment", FactSources.LambdaGen,
        "Environment variables are visible to anyone who can read the function's configuration and are baked into the build output. Keep secrets in AWS Secrets Manager or Parameter Store.");

    public static readonly Rule TooManyTags = new("LG0028", "Too many tags", RuleSeverity.Error, RuleCategories.Configuration, "Tags", FactSources.Service,
        "A function can have at most 50 tags.");

    public static readonly Rule TagInvalid = new("LG0029", "Tag key or value is not valid", RuleSeverity.Error, RuleCategories.Configuration, "Tags", FactSources.Model,
        "Keys are 1–128 and values 0–256 Unicode code points of letters, digits, spaces and _.:/=+-@.");

    public static readonly Rule TagReservedPrefix = new("LG0030", "Tag key uses the reserved aws: prefix", RuleSeverity.Error, RuleCategories.Configuration, "Tags", FactSources.Service,
        "Keys starting with aws: are reserved for AWS.");

    public static readonly Rule TagDuplicate = new("LG0031", "Tag is declared twice", RuleSeverity.Error, RuleCategories.Configuration, "Tags", FactSources.LambdaGen,
        "The same key twice at one level is ambiguous; a method-level tag already overrides an assembly-level one.");

    public static readonly Rule SubnetIdInvalid = new("LG0032", "Subnet ID is not valid", RuleSeverity.Error, RuleCategories.Configuration, "SubnetIds", FactSources.Model,
        "Subnet IDs look like subnet-0123abcd; at most 16.");

    public static readonly Rule SecurityGroupIdInvalid = new("LG0033", "Security group ID is not valid", RuleSeverity.Error, RuleCategories.Configuration, "SecurityGroupIds", FactSources.Model,
        "Security group IDs look like sg-0123abcd; at most 5.");

    public static readonly Rule VpcIncomplete = new("LG0034", "Subnets and security groups must be set together", RuleSeverity.Error, RuleCategories.Configuration, "SubnetIds", FactSources.Service,
        "Lambda: SubnetIds and SecurityIds must coexist or be both empty list.");

    public static readonly Rule DeadLetterTargetInvalid = new("LG0035", "DeadLetterTargetArn is not an SQS queue or SNS topic ARN", RuleSeverity.Error, RuleCategories.Configuration, "DeadLetterTargetArn", FactSources.Service,
        "The dead-letter target is an SQS queue or SNS topic ARN; an empty string is rejected.");

    public static readonly Rule TracingModeUnknown = new("LG0036", "TracingMode is not Active or PassThrough", RuleSeverity.Error, RuleCategories.Configuration, "TracingMode", FactSources.Model,
        "TracingMode is Active or PassThrough, in exact case.");

    public static readonly Rule FileSystemTooMany = new("LG0037", "More than one file system", RuleSeverity.Error, RuleCategories.Configuration, "FileSystem", FactSources.Model,
        "A function can mount at most one EFS access point.");

    public static readonly Rule FileSystemArnInvalid = new("LG0038", "File system ARN is not an EFS access point ARN", RuleSeverity.Error, RuleCategories.Configuration, "FileSystem", FactSources.Model,
        "The ARN is an EFS (or S3 Files) access point ARN of at most 256 characters.");

    public static readonly Rule FileSystemMountPathInvalid = new("LG0039", "LocalMountPath is not valid", RuleSeverity.Error, RuleCategories.Configuration, "FileSystem", FactSources.Model,
        "LocalMountPath is /mnt/ followed by one segment of letters, digits, -, _ or ., at most 160 characters.");

    public static readonly Rule FileSystemWithoutVpc = new("LG0040", "File system needs a VPC", RuleSeverity.Error, RuleCategories.Compatibility, "FileSystem", FactSources.Service,
        "A function that mounts EFS must be connected to a VPC (SubnetIds and SecurityGroupIds).");

    public static readonly Rule PackageTypeUnknown = new("LG0041", "PackageType is not Zip or Image", RuleSeverity.Error, RuleCategories.Configuration, "PackageType", FactSources.Model,
        "PackageType is Zip or Image, in exact case.");

    public static readonly Rule ImageForbidsSetting = new("LG0042", "Setting is not allowed for a container image function", RuleSeverity.Error, RuleCategories.Compatibility, "PackageType", FactSources.Service,
        "Lambda: \"Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image.\"");

    public static readonly Rule ImageSettingWithoutImage = new("LG0043", "Image setting on a .zip function", RuleSeverity.Error, RuleCategories.Compatibility, "PackageType", FactSources.Doc2022,
        "ImageEntryPoint, ImageCommand and ImageWorkingDirectory apply only to PackageType Image.");

    public static readonly Rule CodeSigningWithImage = new("LG0044", "Code signing on a container image function", RuleSeverity.Error, RuleCategories.Compatibility, "CodeSigningConfigArn", FactSources.Doc2022,
        "Code signing applies only to .zip deployment packages.");

    public static readonly Rule ImageConfigTooLarge = new("LG0045", "Image configuration is too large", RuleSeverity.Error, RuleCategories.Configuration, "ImageConfig", FactSources.Model,
        "ImageEntryPoint and ImageCommand have at most 1500 items; ImageWorkingDirectory at most 1000 characters.");

    public static readonly Rule SnapStartUnknown = new("LG0046", "SnapStart is not PublishedVersions or None", RuleSeverity.Error, RuleCategories.Configuration, "SnapStart", FactSources.Model,
        "SnapStart is PublishedVersions or None, in exact case.");

    public static readonly Rule SnapStartUnsupported = new("LG0047", "SnapStart cannot be used here", RuleSeverity.Error, RuleCategories.Compatibility, "SnapStart", FactSources.Service,
        "SnapStart needs a runtime that supports it and cannot be combined with EFS, ephemeral storage above 512 MB or a container image.");

    public static readonly Rule LogFormatUnknown = new("LG0048", "LogFormat is not JSON or Text", RuleSeverity.Error, RuleCategories.Configuration, "LogFormat", FactSources.Model,
        "LogFormat is JSON or Text, in exact case.");

    public static readonly Rule LogLevelUnknown = new("LG0049", "Log level is not valid", RuleSeverity.Error, RuleCategories.Configuration, "LogFormat", FactSources.Model,
        "ApplicationLogLevel is TRACE, DEBUG, INFO, WARN, ERROR or FATAL; SystemLogLevel is DEBUG, INFO or WARN.");

    public static readonly Rule LogLevelRequiresJson = new("LG0050", "Log levels need the JSON log format", RuleSeverity.Error, RuleCategories.Compatibility, "LogFormat", FactSources.Service,
        "Lambda: LogLevel is not supported when LogFormat is set to \"Text\" (the default).");

    public static readonly Rule LogGroupInvalid = new("LG0051", "LogGroup is not a valid log group name", RuleSeverity.Error, RuleCategories.Configuration, "LogGroup", FactSources.Model,
        "A log group name is 1–512 characters of letters, digits and . - _ / #.");

    public static readonly Rule HandlerNotPublic = new("LG0052", "Handler method is not public", RuleSeverity.Error, RuleCategories.Handler, "Handler", FactSources.DotNet,
        "The Lambda runtime client can only call public methods.");

    public static readonly Rule HandlerGeneric = new("LG0053", "Handler method is generic", RuleSeverity.Error, RuleCategories.Handler, "Handler", FactSources.DotNet,
        "Lambda cannot pick type arguments: the method and its containing types must not be generic.");

    public static readonly Rule HandlerAsyncVoid = new("LG0054", "Handler method is async void", RuleSeverity.Error, RuleCategories.Handler, "Handler", FactSources.DotNet,
        "Lambda cannot await an async void method: the function ends before the work does and exceptions crash the process. Return Task.");

    public static readonly Rule HandlerParameters = new("LG0055", "Handler parameters are not valid", RuleSeverity.Error, RuleCategories.Handler, "Handler", FactSources.DotNet,
        "A handler takes at most two parameters: the input and, second, an Amazon.Lambda.Core.ILambdaContext.");

    public static readonly Rule HandlerTypeNotConstructible = new("LG0056", "Handler type cannot be constructed by Lambda", RuleSeverity.Error, RuleCategories.Handler, "Handler", FactSources.DotNet,
        "For an instance handler Lambda creates the containing type itself: it must be public, not abstract, with a public parameterless constructor.");

    public static readonly Rule HandlerSerializerMissing = new("LG0057", "Handler needs a Lambda serializer", RuleSeverity.Warning, RuleCategories.Handler, "Handler", FactSources.DotNet,
        "An input or output other than Stream (strings included) is converted by the serializer named in [LambdaSerializer] on the method or the assembly; without it the runtime fails at the first invocation.");

    public static readonly Rule RuntimeIdentifierArchitectureMismatch = new("LG0058", "RuntimeIdentifier does not match the architecture", RuleSeverity.Error, RuleCategories.Compatibility, "Architectures", FactSources.DotNet,
        "A published linux-x64 build runs only on x86_64 and linux-arm64 only on arm64.");

    public static readonly Rule MsBuildPropertyInvalid = new("LG0059", "MSBuild property has a value LambdaGen cannot read", RuleSeverity.Error, RuleCategories.Configuration, "MSBuild", FactSources.LambdaGen,
        "Lambda* MSBuild properties that hold numbers must be whole numbers.");

    public static readonly Rule CapacityProviderArnInvalid = new("LG0060", "CapacityProviderArn is not a capacity provider ARN", RuleSeverity.Error, RuleCategories.Configuration, "CapacityProviderArn", FactSources.Model,
        "CapacityProviderArn is 1–140 characters matching arn:aws…:lambda:<region>:<account>:capacity-provider:<name>.");

    public static readonly Rule MaxConcurrencyOutOfRange = new("LG0061", "PerExecutionEnvironmentMaxConcurrency is out of range", RuleSeverity.Error, RuleCategories.Configuration, "PerExecutionEnvironmentMaxConcurrency", FactSources.Model,
        "PerExecutionEnvironmentMaxConcurrency (concurrent requests per execution environment on Lambda Managed Instances) is 1–1600.");

    public static readonly Rule MemoryPerVCpuOutOfRange = new("LG0062", "ExecutionEnvironmentMemoryGiBPerVCpu is out of range", RuleSeverity.Error, RuleCategories.Configuration, "ExecutionEnvironmentMemoryGiBPerVCpu", FactSources.Model,
        "ExecutionEnvironmentMemoryGiBPerVCpu (GiB of memory per vCPU on Lambda Managed Instances) is 2–8.");

    public static readonly Rule CapacityProviderArnMissing = new("LG0063", "Managed Instances settings without CapacityProviderArn", RuleSeverity.Error, RuleCategories.Configuration, "CapacityProviderArn", FactSources.Model,
        "The model requires CapacityProviderArn in LambdaManagedInstancesCapacityProviderConfig: PerExecutionEnvironmentMaxConcurrency and ExecutionEnvironmentMemoryGiBPerVCpu cannot be sent without it.");

    public static readonly Rule DurableExecutionTimeoutOutOfRange = new("LG0064", "DurableExecutionTimeout is out of range", RuleSeverity.Error, RuleCategories.Configuration, "DurableExecutionTimeout", FactSources.Model,
        "DurableExecutionTimeout (how long a durable execution may run, in seconds) is 1–31622400 (366 days).");

    public static readonly Rule DurableRetentionOutOfRange = new("LG0065", "DurableRetentionPeriodInDays is out of range", RuleSeverity.Error, RuleCategories.Configuration, "DurableRetentionPeriodInDays", FactSources.Model,
        "DurableRetentionPeriodInDays (how long a finished durable execution's history is kept) is 1–90.");

    public static readonly Rule DurableKmsKeyArnInvalid = new("LG0066", "DurableKMSKeyArn is not an ARN", RuleSeverity.Error, RuleCategories.Configuration, "DurableKMSKeyArn", FactSources.Model,
        "DurableKMSKeyArn must be an ARN (or empty), at most 10000 characters.");

    public static readonly Rule TenantIsolationModeUnknown = new("LG0067", "TenantIsolationMode is not PER_TENANT", RuleSeverity.Error, RuleCategories.Configuration, "TenantIsolationMode", FactSources.Model,
        "The only tenant isolation mode is PER_TENANT, in exact case.");

    public static readonly Rule PublishToUnknown = new("LG0068", "PublishTo is not LATEST_PUBLISHED", RuleSeverity.Error, RuleCategories.Configuration, "PublishTo", FactSources.Model,
        "The only PublishTo value is LATEST_PUBLISHED, in exact case.");

    public static readonly Rule SdkMemberMissing = new("LG0069", "Setting has no member in the referenced AWSSDK.Lambda", RuleSeverity.Warning, RuleCategories.Compatibility, "AWSSDK.Lambda", FactSources.LambdaGen,
        "The generated typed CreateFunction call sets only what the referenced AWSSDK.Lambda has; a setting that SDK lacks is left out of the typed call (the manifest and the deploy still carry it). Reference an AWSSDK.Lambda released since the Lambda API gained the member (the message gives the date).");

    public static readonly Rule ManagedInstancesMemoryOutOfRange = new("LG0070", "MemorySize is out of range for Lambda Managed Instances", RuleSeverity.Error, RuleCategories.Configuration, "MemorySize", FactSources.ManagedInstancesBestPracticesPage + ", " + FactSources.Model,
        "A function on Lambda Managed Instances (CapacityProviderArn set) needs at least 2048 MB, the 2 GB / 1 vCPU minimum function size; the service model's maximum is 32768 MB.");

    public static readonly Rule ManagedInstancesLargeMemoryUnconfirmed = new("LG0071", "MemorySize above 10240 MB on Lambda Managed Instances is unconfirmed", RuleSeverity.Warning, RuleCategories.Compatibility, "MemorySize", FactSources.Model + ", " + FactSources.QuotasPage,
        "The service model allows MemorySize up to 32768 MB and only Lambda Managed Instances can use more than 10240, but no AWS page found states the larger ceiling (the quotas page still says 10,240 MB). Unconfirmed, so a warning.");

    public static readonly Rule ManagedInstancesTimeoutOutOfRange = new("LG0072", "Timeout is out of range for Lambda Managed Instances", RuleSeverity.Error, RuleCategories.Configuration, "Timeout", FactSources.QuotasPage + ", " + FactSources.Model,
        "A function on Lambda Managed Instances may have a Timeout of 1–5400 seconds (90 minutes); synchronous invocations still stop at 900 seconds, the longer timeout applies to asynchronous and event source mapping invocations (except Amazon MQ and Amazon DocumentDB).");

    public static readonly Rule MemoryPerVCpuRatioUnsupported = new("LG0073", "ExecutionEnvironmentMemoryGiBPerVCpu is not 2, 4 or 8", RuleSeverity.Error, RuleCategories.Configuration, "ExecutionEnvironmentMemoryGiBPerVCpu", FactSources.SamCapacityProviderConfigPage,
        "The model takes any number from 2 to 8, but Lambda Managed Instances supports only the memory-to-vCPU ratios 2, 4 and 8 GiB per vCPU.");

    public static readonly Rule ManagedInstancesRuntimeUnsupported = new("LG0074", "Runtime does not support Lambda Managed Instances", RuleSeverity.Error, RuleCategories.Compatibility, "Runtime", FactSources.ManagedInstancesRuntimesPage,
        "Lambda Managed Instances runs Java 21 and later, Python 3.13 and later, Node.js 22 and later, .NET 8 and later, and the OS-only runtime provided.al2023 and later.");

    public static readonly Rule ManagedInstancesSettingUnconfirmed = new("LG0075", "Setting may not apply on Lambda Managed Instances", RuleSeverity.Warning, RuleCategories.Compatibility, "CapacityProviderArn", FactSources.ManagedInstancesPage,
        "SnapStart, EphemeralStorage and a function-level VPC (SubnetIds, SecurityGroupIds) are reported as unsupported on Lambda Managed Instances, whose environments run in the capacity provider's own subnets; no AWS page found states it. Unconfirmed, so a warning.");

    public static readonly Rule PublishToWithoutCapacityProvider = new("LG0076", "PublishTo without CapacityProviderArn", RuleSeverity.Warning, RuleCategories.Compatibility, "PublishTo", FactSources.CdkCapacityProviderFunctionOptionsPage,
        "PublishTo = LATEST_PUBLISHED publishes to $LATEST.PUBLISHED, the version of a function on a capacity provider; no AWS page found says it is rejected for other functions. Unconfirmed, so a warning.");

    public static readonly Rule DurableRuntimeUnsupported = new("LG0077", "Runtime does not support durable functions", RuleSeverity.Error, RuleCategories.Compatibility, "Runtime", FactSources.DurableRuntimesPage,
        "Durable functions (any DurableConfig setting) run on selected managed runtimes (nodejs22.x, nodejs24.x, python3.13, python3.14, java17, java21, java25, and, on the newest version of the page, dotnet8 and dotnet10) and on container images; OS-only runtimes such as provided.al2023 are not listed.");

    public static readonly Rule TenantIsolationWithSnapStart = new("LG0079", "Tenant isolation cannot be combined with SnapStart", RuleSeverity.Error, RuleCategories.Compatibility, "TenantIsolationMode", FactSources.CdkTenancyConfigPage,
        "A function with TenantIsolationMode = PER_TENANT cannot use SnapStart (provisioned concurrency and function URLs are LG0104).");

    public static readonly Rule Ipv6WithoutSubnets = new("LG0080", "Ipv6AllowedForDualStack without SubnetIds", RuleSeverity.Warning, RuleCategories.Compatibility, "Ipv6AllowedForDualStack", FactSources.VpcConfigPage,
        "Ipv6AllowedForDualStack allows outbound IPv6 traffic on VPC functions connected to dual-stack subnets; without SubnetIds the manifest sends a VpcConfig holding only that flag. Whether Lambda rejects or ignores it is unconfirmed, so a warning.");

    public static readonly Rule SnapStartWithoutPublish = new("LG0081", "SnapStart without Publish = true", RuleSeverity.Warning, RuleCategories.Compatibility, "SnapStart", FactSources.SnapStartApiPage + ", " + FactSources.SnapStartPage,
        "SnapStart takes its snapshot when a version is published and works only on published versions and aliases, never on $LATEST: without Publish = true the deploy publishes no version and SnapStart does nothing.");

    public static readonly Rule LayerRegionMismatch = new("LG0082", "Layer is outside the LambdaRegion region or partition", RuleSeverity.Warning, RuleCategories.Compatibility, "Layers", FactSources.LayersPage,
        "When the LambdaRegion MSBuild property is set, a layer version ARN in another region or partition likely cannot be added to the function; no AWS page found states it (third-party documentation does). Unconfirmed, so a warning.");

    public static readonly Rule FunctionArnRegionMismatch = new("LG0083", "Function ARN is outside the LambdaRegion region or partition", RuleSeverity.Warning, RuleCategories.Compatibility, "FunctionName", FactSources.CreateFunctionPage,
        "When the LambdaRegion MSBuild property is set, a FunctionName ARN naming another region or partition names a function the deploy does not create in LambdaRegion; what Lambda does with it is unconfirmed, so a warning.");

    public static readonly Rule S3BucketNameInvalid = new("LG0084", "LambdaS3Bucket is not a valid S3 bucket name", RuleSeverity.Error, RuleCategories.Configuration, "MSBuild", FactSources.BucketNamingPage,
        "A general purpose bucket name is 3–63 characters of lowercase letters, digits, '.' and '-', begins and ends with a letter or digit, has no two adjacent periods, is not an IP address, does not start with xn--, sthree- or amzn-s3-demo- and does not end with -s3alias, --ol-s3, .mrap or --x-s3.");
    public static readonly Rule ReservedConcurrencyOutOfRange = new("LG0078", "ReservedConcurrentExecutions is out of range", RuleSeverity.Error, RuleCategories.Configuration, "ReservedConcurrentExecutions", FactSources.Model,
        "ReservedConcurrentExecutions (PutFunctionConcurrency) is a whole number, at least 0.");

    public static readonly Rule FunctionUrlAuthTypeUnknown = new("LG0085", "Function URL AuthType is not AWS_IAM or NONE", RuleSeverity.Error, RuleCategories.Configuration, "Url.AuthType", FactSources.Model,
        "AuthType of [LambdaFunctionUrl] is AWS_IAM or NONE, in exact case.");

    public static readonly Rule FunctionUrlQualifierInvalid = new("LG0086", "Function URL Qualifier is not an alias name", RuleSeverity.Error, RuleCategories.Configuration, "Url.Qualifier", FactSources.Model,
        "Qualifier of [LambdaFunctionUrl] is 1–128 letters, digits, - or _, and not all digits (a version number is not allowed).");

    public static readonly Rule FunctionUrlCorsInvalid = new("LG0087", "Function URL CORS setting is out of the model's limits", RuleSeverity.Error, RuleCategories.Configuration, "Url.Cors", FactSources.Model,
        "AllowOrigins (≤ 100 items of 1–253 characters), AllowMethods (≤ 6 items of ≤ 6 characters), AllowHeaders and ExposeHeaders (≤ 100 items of ≤ 1024 characters) and MaxAge (0–86400 seconds).");

    public static readonly Rule FunctionUrlInvokeModeUnknown = new("LG0088", "Function URL InvokeMode is not BUFFERED or RESPONSE_STREAM", RuleSeverity.Error, RuleCategories.Configuration, "Url.InvokeMode", FactSources.Model,
        "InvokeMode of [LambdaFunctionUrl] is BUFFERED or RESPONSE_STREAM, in exact case.");

    public static readonly Rule AliasNameInvalid = new("LG0089", "Alias name is not valid", RuleSeverity.Error, RuleCategories.Configuration, "Alias.Name", FactSources.Model,
        "An alias name is 1–128 letters, digits, - or _, and not all digits.");

    public static readonly Rule AliasDescriptionTooLong = new("LG0090", "Alias description is too long", RuleSeverity.Error, RuleCategories.Configuration, "Alias.Description", FactSources.Model,
        "An alias description is at most 256 characters.");

    public static readonly Rule ProvisionedConcurrencyOutOfRange = new("LG0091", "ProvisionedConcurrentExecutions is out of range", RuleSeverity.Error, RuleCategories.Configuration, "Alias.ProvisionedConcurrentExecutions", FactSources.Model,
        "ProvisionedConcurrentExecutions of [LambdaAlias] is a whole number, at least 1.");

    public static readonly Rule AsyncRetryAttemptsOutOfRange = new("LG0092", "MaximumRetryAttempts is out of range", RuleSeverity.Error, RuleCategories.Configuration, "AsyncInvoke.MaximumRetryAttempts", FactSources.Model,
        "MaximumRetryAttempts of [LambdaAsyncInvoke] is 0–2.");

    public static readonly Rule AsyncEventAgeOutOfRange = new("LG0093", "MaximumEventAgeInSeconds is out of range", RuleSeverity.Error, RuleCategories.Configuration, "AsyncInvoke.MaximumEventAgeInSeconds", FactSources.Model,
        "MaximumEventAgeInSeconds of [LambdaAsyncInvoke] is 60–21600 (6 hours).");

    public static readonly Rule AsyncDestinationInvalid = new("LG0094", "Asynchronous destination is not an ARN", RuleSeverity.Error, RuleCategories.Configuration, "AsyncInvoke.Destination", FactSources.Model,
        "OnSuccess and OnFailure of [LambdaAsyncInvoke] are ARNs of at most 350 characters matching the model's DestinationArn pattern.");

    public static readonly Rule FunctionUrlAuthTypeMissing = new("LG0095", "Function URL has no AuthType", RuleSeverity.Error, RuleCategories.Configuration, "Url.AuthType", FactSources.Model + ", " + FactSources.CreateFunctionUrlConfigPage,
        "AuthType is required by CreateFunctionUrlConfig: AWS_IAM (callers sign with IAM) or NONE (public). [LambdaFunctionUrl] has no default for it.");

    public static readonly Rule FunctionUrlPublic = new("LG0096", "Function URL is public", RuleSeverity.Warning, RuleCategories.Security, "Url.AuthType", FactSources.UrlsAuthPage,
        "With AuthType NONE Lambda performs no authentication: anyone with the URL can invoke the function. The deploy adds the two public resource-policy statements a NONE URL needs (lambda:InvokeFunctionUrl with lambda:FunctionUrlAuthType NONE, and lambda:InvokeFunction with lambda:InvokedViaFunctionUrl).");

    public static readonly Rule FunctionUrlQualifierUndeclared = new("LG0097", "Function URL Qualifier names no declared alias", RuleSeverity.Error, RuleCategories.Configuration, "Url.Qualifier", FactSources.CreateFunctionUrlConfigPage,
        "The Qualifier of CreateFunctionUrlConfig is an alias name; the deploy creates only the aliases the method declares with [LambdaAlias], so the URL's alias must be one of them.");

    public static readonly Rule AliasDuplicate = new("LG0098", "Two aliases have the same name", RuleSeverity.Error, RuleCategories.Configuration, "Alias.Name", FactSources.CreateAliasPage + ", " + FactSources.LambdaGen,
        "Each [LambdaAlias] creates one alias; a second one with the same name would fail with ResourceConflictException or overwrite the first. Names that differ only in case share a manifest file on Windows and macOS.");

    public static readonly Rule AliasWithoutPublish = new("LG0099", "Alias without Publish = true", RuleSeverity.Error, RuleCategories.Configuration, "Alias.Name", FactSources.LambdaGen + ", " + FactSources.ProvisionedConcurrencyPage,
        "The deploy points each alias at the version it publishes. Without Publish = true no version is published and the alias has nothing to point at (provisioned concurrency cannot be used with $LATEST).");

    public static readonly Rule ProvisionedAboveReserved = new("LG0100", "Provisioned concurrency exceeds reserved concurrency", RuleSeverity.Error, RuleCategories.Configuration, "Alias.ProvisionedConcurrentExecutions", FactSources.ProvisionedConcurrencyPage,
        "When a function has both, its provisioned concurrency cannot exceed its reserved concurrency, counted across versions: the ProvisionedConcurrentExecutions of all its aliases together must be at most ReservedConcurrentExecutions.");

    public static readonly Rule ReservedConcurrencyZero = new("LG0101", "ReservedConcurrentExecutions is 0", RuleSeverity.Warning, RuleCategories.Configuration, "ReservedConcurrentExecutions", FactSources.ConcurrencyPage + ", " + FactSources.AsyncDestinationsPage,
        "Reserved concurrency 0 throttles every invocation: the function processes no events (a function URL answers 429, asynchronous events go to the on-failure destination without retries) until the limit is removed.");

    public static readonly Rule ReservedConcurrencyAboveDefaultLimit = new("LG0102", "ReservedConcurrentExecutions is above the default account limit", RuleSeverity.Warning, RuleCategories.Compatibility, "ReservedConcurrentExecutions", FactSources.PutFunctionConcurrencyPage + ", " + FactSources.QuotasPage,
        "An account can reserve up to its concurrency limit minus the 100 kept unreserved. The default limit is 1,000 per Region (new accounts get less), so more than 900 fails unless the account's quota was raised; account limits vary, hence a warning.");

    public static readonly Rule SnapStartWithProvisionedConcurrency = new("LG0103", "SnapStart cannot be combined with provisioned concurrency", RuleSeverity.Error, RuleCategories.Compatibility, "SnapStart", FactSources.SnapStartPage,
        "SnapStart does not support provisioned concurrency: an alias of a SnapStart function cannot have ProvisionedConcurrentExecutions.");

    public static readonly Rule TenantIsolationWithUrlOrProvisioned = new("LG0104", "Tenant isolation cannot be combined with a function URL or provisioned concurrency", RuleSeverity.Error, RuleCategories.Compatibility, "TenantIsolationMode", FactSources.CdkTenancyConfigPage,
        "A function with TenantIsolationMode = PER_TENANT cannot have a function URL or provisioned concurrency.");

    public static readonly Rule AsyncDestinationService = new("LG0105", "Asynchronous destination is not a supported service", RuleSeverity.Error, RuleCategories.Configuration, "AsyncInvoke.Destination", FactSources.AsyncDestinationsPage + ", " + FactSources.EventInvokeConfigPage,
        "An asynchronous invocation's destination is an SQS queue, an SNS topic, a Lambda function or an EventBridge event bus; an S3 bucket only for OnFailure. kafka:// destinations are for event source mappings only.");

    public static readonly Rule AsyncDestinationSelf = new("LG0106", "Function is its own asynchronous destination", RuleSeverity.Warning, RuleCategories.Configuration, "AsyncInvoke.Destination", FactSources.AsyncDestinationsPage + ", " + FactSources.LambdaGen,
        "A destination that is the function itself invokes it again with the record of each invocation: every event starts a loop.");

    public static readonly Rule CorsCredentialsWithWildcardOrigin = new("LG0107", "AllowCredentials with the wildcard origin", RuleSeverity.Warning, RuleCategories.Security, "Url.AllowCredentials", FactSources.FetchCorsCredentialsPage + ", " + FactSources.UrlsConfigurationPage,
        "Browsers refuse a credentialed CORS response whose Access-Control-Allow-Origin is *: AllowCredentials = true needs the allowed origins listed. Whether Lambda rejects the combination is unconfirmed, hence a warning.");

    public static readonly Rule CorsMethodUnknown = new("LG0108", "AllowMethods value is not an HTTP method Lambda lists", RuleSeverity.Warning, RuleCategories.Configuration, "Url.AllowMethods", FactSources.CfnUrlCorsPage,
        "CloudFormation's AWS::Lambda::Url Cors lists the allowed values GET, PUT, HEAD, POST, PATCH, DELETE and *, in upper case. The Lambda API documents only examples, so whether it rejects other values is unconfirmed, hence a warning.");

    public static readonly Rule AttachedWithoutFunction = new("LG0109", "Attribute has no effect without [LambdaFunction]", RuleSeverity.Warning, RuleCategories.Configuration, "[LambdaFunction]", FactSources.LambdaGen,
        "[LambdaFunctionUrl], [LambdaAlias], [LambdaAsyncInvoke] and [LambdaEventSource] configure the function a [LambdaFunction] method deploys as; on any other method nothing reads them.");

    public static readonly Rule GeneratedNameTaken = new("LG0110", "A declaration takes the generated class's name", RuleSeverity.Warning, RuleCategories.Compatibility, "generated code", FactSources.LambdaGen,
        "LambdaGen generates a static partial class LambdaFunctions in the project's RootNamespace. A type or namespace of that name there (or a type named like a segment of the namespace) would collide with it (CS0101, CS0260, CS0261, CS0262), so the class is generated in the longest free prefix of the namespace and as LambdaGenFunctions instead; the warning names where it went.");

    public static readonly Rule SystemNamespaceHidden = new("LG0111", "A global type named System hides the System namespace", RuleSeverity.Error, RuleCategories.Compatibility, "generated code", FactSources.LambdaGen,
        "global::System binds to a type named System in the global namespace, so no generated code can name the framework (AssemblyMetadataAttribute, Task, List). LambdaGen generates nothing while it exists: no manifest reaches the build output and nothing can be deployed.");

    public static readonly Rule AmazonNamespaceHidden = new("LG0112", "A global type named Amazon hides the AWS SDK", RuleSeverity.Warning, RuleCategories.Compatibility, "generated code", FactSources.LambdaGen,
        "global::Amazon binds to a type named Amazon in the global namespace, so the typed calls could not name AWSSDK.Lambda's types. They are left out; the constants, manifests and deploy are unaffected.");

    public static readonly Rule MetadataAttributeUnusable = new("LG0115", "The project's AssemblyMetadataAttribute cannot carry the manifests", RuleSeverity.Error, RuleCategories.Compatibility, "generated code", FactSources.LambdaGen,
        "The manifests reach the build task as [assembly: System.Reflection.AssemblyMetadataAttribute(key, value)], applied once per setting file. A type of that name in the project's source (the source type wins, CS0436) without a public (string, string) constructor, a System.Attribute base and [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)], or a type named like a namespace on the way (System.Reflection), would make every generated line fail; LambdaGen generates nothing while it exists.");

    public static readonly Rule NullItem = new("LG0113", "A list has a null item", RuleSeverity.Error, RuleCategories.Configuration, "lists", FactSources.Model,
        "The model's list members hold strings; a null item would reach the manifest as JSON null, which the API rejects (a SerializationException or a validation error), so it is reported at the item instead.");

    public static readonly Rule UnpairedSurrogate = new("LG0114", "A string has an unpaired surrogate", RuleSeverity.Error, RuleCategories.Configuration, "strings", FactSources.LambdaGen,
        "A UTF-16 surrogate without its partner is not a Unicode character and has no UTF-8 encoding: written to a manifest it would become U+FFFD, so what is deployed would differ from what the code says. Remove it or complete the pair.");

    // ---- Event source mappings ([LambdaEventSource], CreateEventSourceMapping). ----

    private const string PerSource = FactSources.CreateEventSourceMappingPage + ", " + FactSources.SqsParametersPage + ", " + FactSources.KinesisParametersPage + ", " + FactSources.DynamoDbParametersPage + ", " + FactSources.MskParametersPage + ", " + FactSources.KafkaParametersPage + ", " + FactSources.MqParametersPage + ", " + FactSources.DocumentDbParametersPage;

    public static readonly Rule EventSourceArnInvalid = new("LG0116", "Event source ARN is not valid", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.EventSourceArn", FactSources.Model,
        "EventSourceArn must match the model's pattern arn:<partition>:<service>:<region>:<account>:<resource> and be at most 10000 characters.");

    public static readonly Rule EventSourceBatchSizeOutOfRange = new("LG0117", "BatchSize is out of range for the event source", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.BatchSize", FactSources.Model + ", " + FactSources.CreateEventSourceMappingPage + ", " + FactSources.SqsParametersPage,
        "BatchSize is 1–10000 for every source except an SQS FIFO queue, whose maximum is 10.");

    public static readonly Rule EventSourceNumberOutOfRange = new("LG0118", "Event source mapping number is out of range", RuleSeverity.Error, RuleCategories.Configuration, "EventSource numbers", FactSources.Model,
        "MaximumBatchingWindowInSeconds is 0–300, ParallelizationFactor 1–10, MaximumRetryAttempts -1–10000, MaximumRecordAgeInSeconds -1–604800, TumblingWindowInSeconds 0–900, MaximumConcurrency 2–1000, MinimumPollers 1–200 and MaximumPollers 1–10000.");

    public static readonly Rule EventSourceValueInvalid = new("LG0119", "Event source mapping value is not valid", RuleSeverity.Error, RuleCategories.Configuration, "EventSource strings and lists", FactSources.Model,
        "Each string and list member of CreateEventSourceMapping has the model's length, pattern, allowed values and item count: StartingPosition is TRIM_HORIZON, LATEST or AT_TIMESTAMP; Topics and Queues have exactly one item; a filter pattern is at most 4096 characters; and so on.");

    public static readonly Rule EventSourceUnknown = new("LG0120", "Event source is not a source Lambda can read", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.EventSourceArn", FactSources.CreateEventSourceMappingPage,
        "An event source mapping reads an SQS queue, a Kinesis data stream (or stream consumer), a DynamoDB stream, an Amazon MSK cluster, an Amazon MQ broker or an Amazon DocumentDB change stream, named by its ARN; or a self-managed Kafka cluster, named by KafkaBootstrapServers and no ARN. LambdaGen tells the source from the ARN's service and resource, so every per-source rule depends on it.");

    public static readonly Rule EventSourceSettingUnsupported = new("LG0121", "Setting is not supported by the event source", RuleSeverity.Error, RuleCategories.Configuration, "EventSource settings", PerSource,
        "Each source takes only some CreateEventSourceMapping members: ParallelizationFactor and TumblingWindowInSeconds are for Kinesis and DynamoDB streams; MaximumRetryAttempts, MaximumRecordAgeInSeconds, BisectBatchOnFunctionError and OnFailure for streams and Kafka; MaximumConcurrency for SQS; StartingPosition not for SQS or Amazon MQ; Topics and ConsumerGroupId for Kafka; Queues for Amazon MQ; the DocumentDB settings for DocumentDB; a batching window not for FIFO queues; filters not for DocumentDB.");

    public static readonly Rule EventSourceSettingRequired = new("LG0122", "Event source needs a setting", RuleSeverity.Error, RuleCategories.Configuration, "EventSource settings", PerSource,
        "StartingPosition is required for Kinesis, DynamoDB streams, Amazon MSK and self-managed Kafka; Topics (one topic) for Amazon MSK and self-managed Kafka; Queues for Amazon MQ; DatabaseName for DocumentDB.");

    public static readonly Rule EventSourceBatchingWindowRequired = new("LG0123", "SQS BatchSize above 10 needs a batching window", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.MaximumBatchingWindowInSeconds", FactSources.CreateEventSourceMappingPage + ", " + FactSources.SqsParametersPage,
        "For an SQS source, a BatchSize greater than 10 requires MaximumBatchingWindowInSeconds of at least 1.");

    public static readonly Rule EventSourceStartingTimestamp = new("LG0124", "StartingPosition and StartingPositionTimestamp do not agree", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.StartingPositionTimestamp", FactSources.CreateEventSourceMappingPage + ", " + FactSources.KinesisParametersPage,
        "AT_TIMESTAMP needs StartingPositionTimestamp, an ISO 8601 date and time, and StartingPositionTimestamp is only valid with AT_TIMESTAMP. AT_TIMESTAMP is supported only for Kinesis streams, DocumentDB, Amazon MSK and self-managed Kafka (not DynamoDB streams).");

    public static readonly Rule EventSourceFilterPatternInvalid = new("LG0125", "Filter pattern is not a valid pattern", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.FilterPatterns", FactSources.EventFilteringPage,
        "Each filter pattern is a JSON object in the EventBridge content-filter syntax: every member is either a nested object or an array of matchers (strings, numbers, booleans, null, or objects such as {\"prefix\": …}, {\"numeric\": […]}, {\"exists\": …}, {\"anything-but\": …}).");

    public static readonly Rule EventSourceTooManyFilters = new("LG0126", "Too many filter patterns", RuleSeverity.Warning, RuleCategories.Configuration, "EventSource.FilterPatterns", FactSources.EventFilteringPage,
        "An event source mapping has up to 5 filters by default; a quota increase allows up to 10. More than 5 is a warning (the account may have the increase); more than 10 is never accepted.");

    public static readonly Rule EventSourceDuplicate = new("LG0127", "Event source is declared twice", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.EventSourceArn", FactSources.CreateEventSourceMappingPage + ", " + FactSources.LambdaGen,
        "Two [LambdaEventSource] on one function with the same source: the deploy identifies a mapping by function and source, so the second would replace the first (Lambda itself rejects a second mapping of an SQS queue, Kafka topic or MQ queue to the same function).");

    public static readonly Rule EventSourceFifoShared = new("LG0128", "Two functions read the same FIFO queue", RuleSeverity.Warning, RuleCategories.Configuration, "EventSource.EventSourceArn", FactSources.SqsFifoPage + ", " + FactSources.LambdaGen,
        "A FIFO queue keeps each message group in order for one consumer at a time. Two functions reading it compete for the messages: each gets a part of each group's messages, so neither sees the whole ordered group.");

    public static readonly Rule EventSourceRecordAgeGap = new("LG0129", "MaximumRecordAgeInSeconds is between 0 and 59", RuleSeverity.Error, RuleCategories.Configuration, "EventSource.MaximumRecordAgeInSeconds", FactSources.CreateEventSourceMappingPage + ", " + FactSources.KinesisParametersPage,
        "MaximumRecordAgeInSeconds is -1 (infinite, Lambda's default) or 60–604800: the model allows -1–604800, but the minimum valid age is 60 seconds.");

    /// <summary>All rules, ordered by ID.</summary>
    public static readonly Rule[] All =
    {
        FunctionNameInvalid,
        FunctionNameDuplicate,
        DescriptionTooLong,
        HandlerInvalid,
        RuntimeUnknown,
        RuntimeBlocked,
        RuntimeDeprecated,
        RuntimeTargetFrameworkMismatch,
        NoManagedRuntime,
        MemorySizeOutOfRange,
        TimeoutOutOfRange,
        EphemeralStorageOutOfRange,
        RoleMissing,
        RoleInvalid,
        KmsKeyArnInvalid,
        CodeSigningConfigArnInvalid,
        ArchitecturesCount,
        ArchitectureUnknown,
        ArchitectureUnsupportedByRuntime,
        LayerArnInvalid,
        TooManyLayers,
        LayerVersionsConflict,
        EnvironmentKeyInvalid,
        EnvironmentKeyDuplicate,
        EnvironmentKeyReserved,
        EnvironmentTooLarge,
        EnvironmentSecret,
        TooManyTags,
        TagInvalid,
        TagReservedPrefix,
        TagDuplicate,
        SubnetIdInvalid,
        SecurityGroupIdInvalid,
        VpcIncomplete,
        DeadLetterTargetInvalid,
        TracingModeUnknown,
        FileSystemTooMany,
        FileSystemArnInvalid,
        FileSystemMountPathInvalid,
        FileSystemWithoutVpc,
        PackageTypeUnknown,
        ImageForbidsSetting,
        ImageSettingWithoutImage,
        CodeSigningWithImage,
        ImageConfigTooLarge,
        SnapStartUnknown,
        SnapStartUnsupported,
        LogFormatUnknown,
        LogLevelUnknown,
        LogLevelRequiresJson,
        LogGroupInvalid,
        HandlerNotPublic,
        HandlerGeneric,
        HandlerAsyncVoid,
        HandlerParameters,
        HandlerTypeNotConstructible,
        HandlerSerializerMissing,
        RuntimeIdentifierArchitectureMismatch,
        MsBuildPropertyInvalid,
        CapacityProviderArnInvalid,
        MaxConcurrencyOutOfRange,
        MemoryPerVCpuOutOfRange,
        CapacityProviderArnMissing,
        DurableExecutionTimeoutOutOfRange,
        DurableRetentionOutOfRange,
        DurableKmsKeyArnInvalid,
        TenantIsolationModeUnknown,
        PublishToUnknown,
        SdkMemberMissing,
        ManagedInstancesMemoryOutOfRange,
        ManagedInstancesLargeMemoryUnconfirmed,
        ManagedInstancesTimeoutOutOfRange,
        MemoryPerVCpuRatioUnsupported,
        ManagedInstancesRuntimeUnsupported,
        ManagedInstancesSettingUnconfirmed,
        PublishToWithoutCapacityProvider,
        DurableRuntimeUnsupported,
        ReservedConcurrencyOutOfRange,
        TenantIsolationWithSnapStart,
        Ipv6WithoutSubnets,
        SnapStartWithoutPublish,
        LayerRegionMismatch,
        FunctionArnRegionMismatch,
        S3BucketNameInvalid,
        FunctionUrlAuthTypeUnknown,
        FunctionUrlQualifierInvalid,
        FunctionUrlCorsInvalid,
        FunctionUrlInvokeModeUnknown,
        AliasNameInvalid,
        AliasDescriptionTooLong,
        ProvisionedConcurrencyOutOfRange,
        AsyncRetryAttemptsOutOfRange,
        AsyncEventAgeOutOfRange,
        AsyncDestinationInvalid,
        FunctionUrlAuthTypeMissing,
        FunctionUrlPublic,
        FunctionUrlQualifierUndeclared,
        AliasDuplicate,
        AliasWithoutPublish,
        ProvisionedAboveReserved,
        ReservedConcurrencyZero,
        ReservedConcurrencyAboveDefaultLimit,
        SnapStartWithProvisionedConcurrency,
        TenantIsolationWithUrlOrProvisioned,
        AsyncDestinationService,
        AsyncDestinationSelf,
        CorsCredentialsWithWildcardOrigin,
        CorsMethodUnknown,
        AttachedWithoutFunction,
        GeneratedNameTaken,
        SystemNamespaceHidden,
        AmazonNamespaceHidden,
        NullItem,
        UnpairedSurrogate,
        MetadataAttributeUnusable,
        EventSourceArnInvalid,
        EventSourceBatchSizeOutOfRange,
        EventSourceNumberOutOfRange,
        EventSourceValueInvalid,
        EventSourceUnknown,
        EventSourceSettingUnsupported,
        EventSourceSettingRequired,
        EventSourceBatchingWindowRequired,
        EventSourceStartingTimestamp,
        EventSourceFilterPatternInvalid,
        EventSourceTooManyFilters,
        EventSourceDuplicate,
        EventSourceFifoShared,
        EventSourceRecordAgeGap,
    };
}
