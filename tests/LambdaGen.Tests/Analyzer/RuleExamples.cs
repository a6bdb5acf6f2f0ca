using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>
/// One firing and one silent example for every rule in <see cref="RuleCatalog"/>: the firing one pins the exact
/// span, ID and message; the silent one sits at the valid boundary. Family test classes add more boundaries.
/// </summary>
public sealed record RuleExample(string Id, string FailingMarkup, (string Id, string Message)[] Messages, string PassingSource,
    (string Key, string? Value)[]? Properties = null, (string Key, string? Value)[]? PassingProperties = null,
    Func<MetadataReference[]>? References = null, Func<MetadataReference[]>? PassingReferences = null,
    bool RunGenerator = false, bool FailingCompiles = true)
{
    /// <summary>The failing source's references besides .NET 8 and LambdaGen.Attributes (built on first use).</summary>
    public MetadataReference[] FailingReferences() => References?.Invoke() ?? [];

    /// <summary>The passing source's references; the failing source's unless given.</summary>
    public MetadataReference[] PassingReferencesOrDefault() => (PassingReferences ?? References)?.Invoke() ?? [];

    public override string ToString() => Id;
}

public static class RuleExamples
{
    private const string Layer = "arn:aws:lambda:us-east-1:123456789012:layer:";
    private const string Fs = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0";
    private const string Csc = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdefg";
    private const string Cp = "CapacityProviderArn = \"arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet\"";
    private const string Vpc = "SubnetIds = new[] { \"subnet-0a1b2c3d\" }, SecurityGroupIds = new[] { \"sg-0a1b2c3d\" }";
    private const string Url = "[LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam";
    private static readonly string DestinationPattern = LambdaGen.Core.Fields.FieldTable.AsyncOnFailure.Model.Pattern!;
    private static readonly string Emoji256 = Repeat("😀", 10) + Repeat("a", 246);

    private static (string, string)[] M(params (string, string)[] messages) => messages;

    public static readonly RuleExample[] All =
    {
        new("LG0001", Handler("FunctionName = {|LG0001:\"bad name!\"|}"),
            M(("LG0001", "FunctionName 'bad name!' may contain only letters, digits, '-' and '_' (set on [LambdaFunction])")),
            Handler($"FunctionName = \"{Repeat("a", 64)}\"")),
        new("LG0002", Class("""
                [LambdaFunction(FunctionName = {|LG0002:"orders"|})] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0002:"orders"|})] public static Stream B(Stream input) => input;
            """),
            M(("LG0002", "Function name 'orders' is also used by Functions.B"), ("LG0002", "Function name 'orders' is also used by Functions.A")),
            Class("""
                [LambdaFunction(FunctionName = "orders")] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = "orders-v2")] public static Stream B(Stream input) => input;
            """)),
        new("LG0003", Handler($"Description = {{|LG0003:\"{Emoji256}b\"|}}"),
            M(("LG0003", "Description is 257 characters; the maximum is 256 (set on [LambdaFunction])")),
            Handler($"Description = \"{Emoji256}\"")),
        new("LG0004", Handler("Handler = {|LG0004:\"a b\"|}"),
            M(("LG0004", "Handler 'a b' must be non-empty and contain no whitespace (set on [LambdaFunction])")),
            Handler($"Handler = \"{Repeat("a", 128)}\"")),
        new("LG0005", Handler("Runtime = {|LG0005:\"dotnet8.0\"|}"),
            M(("LG0005", "Runtime 'dotnet8.0' is not a Lambda runtime; did you mean 'dotnet8'? (set on [LambdaFunction])")),
            Handler("Runtime = \"dotnet10\"")),
        new("LG0006", Handler("Runtime = {|LG0006:\"dotnetcore3.1\"|}"),
            M(("LG0006", "Runtime 'dotnetcore3.1' cannot be used to create functions since 2023-04-03 (set on [LambdaFunction])")),
            Handler("Runtime = \"provided.al2023\"")),
        new("LG0007", Handler("Runtime = {|LG0007:\"provided.al2\"|}"),
            M(("LG0007", "Runtime 'provided.al2' is deprecated since 2026-07-31; creating functions is blocked from 2027-02-01 (set on [LambdaFunction])")),
            Handler("Runtime = \"provided.al2023\"")),
        new("LG0008", Handler("Runtime = {|LG0008:\"python3.12\"|}"),
            M(("LG0008", "Runtime 'python3.12' cannot run a C# handler built for TargetFramework 'net10.0'; use 'dotnet10', 'provided.al2023' or 'provided.al2' (set on [LambdaFunction])")),
            Handler("Runtime = \"dotnet10\"")),
        new("LG0009", Handler(),
            M(("LG0009", "Runtime is not set and TargetFramework 'net9.0' cannot be derived: Lambda has no managed runtime for it; target net10.0, or set Runtime = \"provided.al2023\" and publish with Native AOT")),
            Handler("Runtime = \"provided.al2023\""),
            [("TargetFramework", "net9.0")]),
        new("LG0010", Handler("MemorySize = {|LG0010:127|}"),
            M(("LG0010", "MemorySize 127 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])")),
            Handler("MemorySize = 128")),
        new("LG0011", Handler("Timeout = {|LG0011:901|}"),
            M(("LG0011", "Timeout 901 is outside 1–900 seconds for a standard function; up to 5400 is only for functions on Lambda Managed Instances (CapacityProviderArn) (set on [LambdaFunction])")),
            Handler("Timeout = 900")),
        new("LG0012", Handler("EphemeralStorage = {|LG0012:511|}"),
            M(("LG0012", "EphemeralStorage 511 is outside 512–10240 MB (set on [LambdaFunction])")),
            Handler("EphemeralStorage = 512")),
        new("LG0013", Handler(assembly: "", args: "").Replace("[LambdaFunction()]", "[{|LG0013:LambdaFunction|}()]"),
            M(("LG0013", "Function 'Functions-Handle' has no execution role; set Role on [LambdaFunction], on [assembly: LambdaDefaults] or in the LambdaRole MSBuild property")),
            Handler(assembly: "[assembly: LambdaDefaults(Role = \"arn:aws-cn:iam::123456789012:role/x\")]")),
        new("LG0014", Handler("Role = {|LG0014:\"notanarn\"|}"),
            M(("LG0014", "Role 'notanarn' is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>) (set on [LambdaFunction])")),
            Handler("Role = \"arn:aws:iam::123456789012:role/service-role/app\"")),
        new("LG0015", Handler("KMSKeyArn = {|LG0015:\"alias/app\"|}"),
            M(("LG0015", "KMSKeyArn 'alias/app' is not an ARN (arn:<partition>:<service>:…) (set on [LambdaFunction])")),
            Handler("KMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/1234abcd\"")),
        new("LG0016", Handler("CodeSigningConfigArn = {|LG0016:\"csc-0123456789abcdefg\"|}"),
            M(("LG0016", "CodeSigningConfigArn 'csc-0123456789abcdefg' is not a code signing configuration ARN (arn:aws:lambda:<region>:<account>:code-signing-config:csc-<17 characters>) (set on [LambdaFunction])")),
            Handler($"CodeSigningConfigArn = \"{Csc}\"")),
        new("LG0017", Handler("Architectures = {|LG0017:[\"x86_64\", \"arm64\"]|}"),
            M(("LG0017", "Architectures has 2 items; Lambda accepts exactly one, x86_64 or arm64 (set on [LambdaFunction])")),
            Handler("Architectures = [\"arm64\"]")),
        new("LG0018", Handler("Architectures = new string[] { {|LG0018:\"X86_64\"|} }"),
            M(("LG0018", "Architecture 'X86_64' is not valid; the API spells it 'x86_64' (set on [LambdaFunction])")),
            Handler("Architectures = new string[] { \"x86_64\" }")),
        new("LG0019", Handler("Architectures = new[] { {|LG0019:\"arm64\"|} }, Runtime = {|LG0006:\"provided\"|}"),
            M(("LG0019", "Runtime 'provided' runs only on x86_64, not on arm64 (set on [LambdaFunction])"),
              ("LG0006", "Runtime 'provided' cannot be used to create functions since 2024-02-08 (set on [LambdaFunction])")),
            Handler("Architectures = new[] { \"arm64\" }, Runtime = \"provided.al2023\"")),
        new("LG0020", Handler($"Layers = new[] {{ \"{Layer}a:1\", {{|LG0020:\"{Layer}a\"|}} }}"),
            M(("LG0020", $"Layer '{Layer}a' is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>) (set on [LambdaFunction])")),
            Handler($"Layers = new[] {{ \"{Layer}a:1\", \"arn:aws:lambda:::awslayer:AWSLambdaPowertools\" }}")),
        new("LG0021", Handler("Layers = {|LG0021:[" + string.Join(", ", "abcdef".Select(c => $"\"{Layer}{c}:1\"")) + "]|}"),
            M(("LG0021", "Layers has 6 items; a function can use at most 5 (set on [LambdaFunction])")),
            Handler("Layers = [" + string.Join(", ", "abcde".Select(c => $"\"{Layer}{c}:1\"")) + "]")),
        new("LG0022", Handler($"Layers = new[] {{ \"{Layer}a:1\", {{|LG0022:\"{Layer}a:3\"|}} }}"),
            M(("LG0022", $"Layer '{Layer}a:3' is another version of '{Layer}a:1'; a function can use one version of a layer (set on [LambdaFunction])")),
            Handler($"Layers = new[] {{ \"{Layer}a:1\", \"{Layer}b:1\" }}")),
        new("LG0023", Handler(methodAttributes: "[LambdaEnvironment({|LG0023:\"1BAD\"|}, \"v\")]"),
            M(("LG0023", "Environment variable name '1BAD' is not valid: it must start with a letter and have at least two letters, digits or underscores (in [LambdaEnvironment] on the method)")),
            Handler(methodAttributes: "[LambdaEnvironment(\"AB\", \"v\")]")),
        new("LG0024", Handler(methodAttributes: "[LambdaEnvironment(\"MODE\", \"a\")] [{|LG0024:LambdaEnvironment(\"MODE\", \"b\")|}]"),
            M(("LG0024", "Environment variable 'MODE' is declared more than once (in [LambdaEnvironment] on the method)")),
            Handler(methodAttributes: "[LambdaEnvironment(\"MODE\", \"b\")]", assembly: DefaultAssembly + "\n[assembly: LambdaEnvironment(\"MODE\", \"a\")]")),
        new("LG0025", Handler(methodAttributes: "[LambdaEnvironment({|LG0025:\"AWS_REGION\"|}, \"eu-west-1\")]"),
            M(("LG0025", "Environment variable 'AWS_REGION' is reserved: Lambda sets it itself (in [LambdaEnvironment] on the method)")),
            Handler(methodAttributes: "[LambdaEnvironment(\"AWS_LAMBDA_EXEC_WRAPPER\", \"/opt/wrap\")] [LambdaEnvironment(\"TZ\", \"UTC\")]")),
        // {"BIG":"…"} is 10 bytes of JSON around the value; é is 2 UTF-8 bytes.
        new("LG0026", Handler(methodAttributes: $"[{{|LG0026:LambdaEnvironment(\"BIG\", \"{Repeat("é", 2043)}a\")|}}]"),
            M(("LG0026", "Environment variables take 4097 bytes as JSON; Lambda allows 4096 (in [LambdaEnvironment] on the method)")),
            Handler(methodAttributes: $"[LambdaEnvironment(\"BIG\", \"{Repeat("é", 2043)}\")]")),
        new("LG0027", Handler(methodAttributes: "[LambdaEnvironment(\"API_KEY\", {|LG0027:\"AKIAIOSFODNN7EXAMPLE\"|})]"),
            M(("LG0027", "The value of environment variable 'API_KEY' looks like an AWS credential or secret; read it from Secrets Manager or Parameter Store at run time (in [LambdaEnvironment] on the method)")),
            Handler(methodAttributes: "[LambdaEnvironment(\"API_KEY_NAME\", \"/app/api-key\")]")),
        new("LG0028", Handler(methodAttributes: string.Concat(Enumerable.Range(0, 50).Select(i => $"[LambdaTag(\"k{i}\", \"v\")]")) + "[{|LG0028:LambdaTag(\"k50\", \"v\")|}]"),
            M(("LG0028", "The function has 51 tags; the maximum is 50 (in [LambdaTag] on the method)")),
            Handler(methodAttributes: string.Concat(Enumerable.Range(0, 50).Select(i => $"[LambdaTag(\"k{i}\", \"v\")]")))),
        new("LG0029", Handler(methodAttributes: "[LambdaTag({|LG0029:\"team!\"|}, \"core\")]"),
            M(("LG0029", "Tag key 'team!' is not valid: 1–128 letters, digits, spaces or _.:/=+-@ (in [LambdaTag] on the method)")),
            Handler(methodAttributes: "[LambdaTag(\"team name:ünïcode/=+-@_.\", \"\")]")),
        new("LG0030", Handler(methodAttributes: "[LambdaTag({|LG0030:\"aws:owner\"|}, \"me\")]"),
            M(("LG0030", "Tag key 'aws:owner' uses the prefix 'aws:', which is reserved for AWS (in [LambdaTag] on the method)")),
            Handler(methodAttributes: "[LambdaTag(\"owner:aws\", \"me\")] [LambdaTag(\"awsowner\", \"me\")]")),
        new("LG0031", Handler(methodAttributes: "[LambdaTag(\"team\", \"a\")] [{|LG0031:LambdaTag(\"team\", \"b\")|}]"),
            M(("LG0031", "Tag 'team' is declared more than once (in [LambdaTag] on the method)")),
            Handler(methodAttributes: "[LambdaTag(\"team\", \"b\")]", assembly: DefaultAssembly + "\n[assembly: LambdaTag(\"team\", \"a\")]")),
        new("LG0032", Handler("SubnetIds = new[] { {|LG0032:\"subnet_1\"|} }, SecurityGroupIds = new[] { \"sg-1\" }"),
            M(("LG0032", "Subnet ID 'subnet_1' is not valid; it looks like 'subnet-0123456789abcdef0' (set on [LambdaFunction])")),
            Handler("SubnetIds = new[] { \"subnet-0a1b2c3d\", \"subnet-\" }, SecurityGroupIds = new[] { \"sg-1\" }")),
        new("LG0033", Handler("SubnetIds = new[] { \"subnet-1\" }, SecurityGroupIds = new[] { \"sg-1\", {|LG0033:\"group-1\"|} }"),
            M(("LG0033", "Security group ID 'group-1' is not valid; it looks like 'sg-0123456789abcdef0' (set on [LambdaFunction])")),
            Handler("SubnetIds = new[] { \"subnet-1\" }, SecurityGroupIds = new[] { \"sg-1\", \"sg-0A1B\" }")),
        new("LG0034", Handler("SubnetIds = {|LG0034:new[] { \"subnet-1\" }|}"),
            M(("LG0034", "SubnetIds is set without SecurityGroupIds; set both or neither (set on [LambdaFunction])")),
            Handler("SubnetIds = new string[0], SecurityGroupIds = new string[0]")),
        new("LG0035", Handler("DeadLetterTargetArn = {|LG0035:\"arn:aws:s3:::bucket\"|}"),
            M(("LG0035", "DeadLetterTargetArn 'arn:aws:s3:::bucket' is a 's3' ARN; the target must be an SQS queue or SNS topic (set on [LambdaFunction])")),
            Handler("DeadLetterTargetArn = \"arn:aws:sns:us-east-1:123456789012:failures\"")),
        new("LG0036", Handler("TracingMode = {|LG0036:\"active\"|}"),
            M(("LG0036", "TracingMode 'active' is not valid; use 'Active' or 'PassThrough' (set on [LambdaFunction])")),
            Handler("TracingMode = \"PassThrough\"")),
        new("LG0037", Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/a\")] [{{|LG0037:LambdaFileSystem(\"{Fs}\", \"/mnt/b\")|}}]"),
            M(("LG0037", "This is file system 2; a function can mount at most one (in [LambdaFileSystem])")),
            Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/a\")]")),
        new("LG0038", Handler(Vpc, methodAttributes: "[LambdaFileSystem({|LG0038:\"fsap-0123456789abcdef0\"|}, \"/mnt/a\")]"),
            M(("LG0038", "File system ARN 'fsap-0123456789abcdef0' is not an EFS access point ARN (arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-<17 hex digits>) (in [LambdaFileSystem])")),
            Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/a\")]")),
        new("LG0039", Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", {{|LG0039:\"/mnt/a/b\"|}})]"),
            M(("LG0039", "LocalMountPath '/mnt/a/b' is not valid: '/mnt/' and one name of letters, digits, '-', '_' or '.', at most 160 characters (in [LambdaFileSystem])")),
            Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/{Repeat("a", 155)}\")]")),
        new("LG0040", Handler(methodAttributes: $"[{{|LG0040:LambdaFileSystem(\"{Fs}\", \"/mnt/a\")|}}]"),
            M(("LG0040", "A function that mounts a file system must be in a VPC; set SubnetIds and SecurityGroupIds (in [LambdaFileSystem])")),
            Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/a\")]")),
        new("LG0041", Handler("PackageType = {|LG0041:\"zip\"|}"),
            M(("LG0041", "PackageType 'zip' is not valid; use 'Zip' or 'Image' (set on [LambdaFunction])")),
            Handler("PackageType = \"Zip\"")),
        new("LG0042", Handler("PackageType = \"Image\", Runtime = {|LG0042:\"dotnet10\"|}"),
            M(("LG0042", "Runtime cannot be set for PackageType 'Image'; the image defines it (set on [LambdaFunction])")),
            Handler("PackageType = \"Image\", ImageCommand = new[] { \"App::App.Functions::Handle\" }")),
        new("LG0043", Handler("ImageCommand = {|LG0043:new[] { \"handler\" }|}"),
            M(("LG0043", "ImageCommand applies only to PackageType 'Image'; this function is a .zip package (set on [LambdaFunction])")),
            Handler("PackageType = \"Image\", ImageCommand = new[] { \"handler\" }")),
        new("LG0044", Handler($"PackageType = \"Image\", CodeSigningConfigArn = {{|LG0044:\"{Csc}\"|}}"),
            M(("LG0044", "CodeSigningConfigArn applies only to .zip packages, not to PackageType 'Image' (set on [LambdaFunction])")),
            Handler($"PackageType = \"Zip\", CodeSigningConfigArn = \"{Csc}\"")),
        new("LG0045", Handler($"PackageType = \"Image\", ImageWorkingDirectory = {{|LG0045:\"/{Repeat("a", 1000)}\"|}}"),
            M(("LG0045", "ImageWorkingDirectory is 1001 characters; the maximum is 1000 (set on [LambdaFunction])")),
            Handler($"PackageType = \"Image\", ImageWorkingDirectory = \"/{Repeat("a", 999)}\"")),
        new("LG0046", Handler("SnapStart = {|LG0046:\"publishedversions\"|}"),
            M(("LG0046", "SnapStart 'publishedversions' is not valid; use 'PublishedVersions' or 'None' (set on [LambdaFunction])")),
            Handler("SnapStart = \"None\"")),
        new("LG0047", Handler("SnapStart = {|LG0047:\"PublishedVersions\"|}, EphemeralStorage = 513"),
            M(("LG0047", "SnapStart cannot be used with EphemeralStorage 513 MB (above 512) (set on [LambdaFunction])")),
            Handler("SnapStart = \"PublishedVersions\", EphemeralStorage = 512, Publish = true")),
        new("LG0048", Handler("LogFormat = {|LG0048:\"json\"|}"),
            M(("LG0048", "LogFormat 'json' is not valid; use 'JSON' or 'Text' (set on [LambdaFunction])")),
            Handler("LogFormat = \"JSON\"")),
        new("LG0049", Handler("LogFormat = \"JSON\", SystemLogLevel = {|LG0049:\"ERROR\"|}"),
            M(("LG0049", "SystemLogLevel 'ERROR' is not valid; use one of DEBUG, INFO, WARN (set on [LambdaFunction])")),
            Handler("LogFormat = \"JSON\", SystemLogLevel = \"WARN\", ApplicationLogLevel = \"FATAL\"")),
        new("LG0050", Handler("ApplicationLogLevel = {|LG0050:\"INFO\"|}"),
            M(("LG0050", "ApplicationLogLevel needs LogFormat 'JSON'; the default log format is Text (set on [LambdaFunction])")),
            Handler("ApplicationLogLevel = \"INFO\", LogFormat = \"JSON\"")),
        new("LG0051", Handler("LogGroup = {|LG0051:\"my group\"|}"),
            M(("LG0051", "LogGroup 'my group' is not valid: 1–512 letters, digits or . - _ / # (set on [LambdaFunction])")),
            Handler("LogGroup = \"/aws/lambda/my-group#1\"")),
        new("LG0052", Handler(signature: "internal static Stream {|LG0052:Handle|}(Stream input) => input;"),
            M(("LG0052", "Handler method 'Functions.Handle' must be public (and so must the types containing it) (on the handler method)")),
            Handler()),
        new("LG0053", Handler(signature: "public static Stream {|LG0053:Handle|}<T>(Stream input) => input;"),
            M(("LG0053", "Handler method 'Functions.Handle' must not be generic (on the handler method)")),
            Handler()),
        new("LG0054", Handler(signature: "public static async void {|LG0054:Handle|}(Stream input) => await Task.Yield();"),
            M(("LG0054", "Handler method 'Functions.Handle' is async void; return Task so Lambda can await it (on the handler method)")),
            Handler(signature: "public static async Task Handle(Stream input) => await Task.Yield();")),
        new("LG0055", Handler(signature: "public static Stream {|LG0055:Handle|}(Stream input, int retries) => input;"),
            M(("LG0055", "The second parameter of handler method 'Functions.Handle' is 'int'; it must be Amazon.Lambda.Core.ILambdaContext (on the handler method)")),
            Handler(signature: "public static Stream Handle(Stream input, ILambdaContext context) => input;")),
        new("LG0056", Handler(signature: "public Stream {|LG0056:Handle|}(Stream input) => input;").Replace("public class Functions", "public abstract class Functions"),
            M(("LG0056", "Lambda creates the type of instance handler 'Functions.Handle' itself, so it must be public, not abstract, with a public parameterless constructor (on the handler method)")),
            Handler(signature: "public Stream Handle(Stream input) => input;")),
        new("LG0057", Handler(signature: "public static string {|LG0057:Handle|}(string input) => input;"),
            M(("LG0057", "Handler method 'Functions.Handle' uses 'string', which needs a serializer: add [assembly: LambdaSerializer(typeof(…))] or use Stream (on the handler method)")),
            Handler(signature: "public static string Handle(string input) => input;", assembly: DefaultAssembly + "\n[assembly: LambdaSerializer(typeof(object))]")),
        new("LG0058", Handler("Architectures = new[] { {|LG0058:\"x86_64\"|} }"),
            M(("LG0058", "RuntimeIdentifier 'linux-arm64' builds for arm64, but Architectures is 'x86_64' (set on [LambdaFunction])")),
            Handler("Architectures = new[] { \"arm64\" }"),
            [("RuntimeIdentifier", "linux-arm64")]),
        new("LG0059", Handler(),
            M(("LG0059", "MSBuild property LambdaMemorySize is '512MB', which is not a whole number")),
            Handler(),
            [("LambdaMemorySize", "512MB")],
            [("LambdaMemorySize", " 512 ")]),
        new("LG0060", Handler("CapacityProviderArn = {|LG0060:\"fleet\"|}"),
            M(("LG0060", $"CapacityProviderArn 'fleet' does not match the model's pattern {ModelRulesTests.CapacityProviderPattern} (set on [LambdaFunction])")),
            Handler($"CapacityProviderArn = \"{ModelRulesTests.CapacityProvider}{Repeat("a", 140 - ModelRulesTests.CapacityProvider.Length)}\"")),
        new("LG0061", Handler($"CapacityProviderArn = \"{ModelRulesTests.Provider}\", PerExecutionEnvironmentMaxConcurrency = {{|LG0061:1601|}}"),
            M(("LG0061", "PerExecutionEnvironmentMaxConcurrency 1601 is outside 1–1600 (set on [LambdaFunction])")),
            Handler($"CapacityProviderArn = \"{ModelRulesTests.Provider}\", PerExecutionEnvironmentMaxConcurrency = 1600")),
        new("LG0062", Handler($"CapacityProviderArn = \"{ModelRulesTests.Provider}\", ExecutionEnvironmentMemoryGiBPerVCpu = {{|LG0062:1.5|}}"),
            M(("LG0062", "ExecutionEnvironmentMemoryGiBPerVCpu 1.5 is outside 2–8 (set on [LambdaFunction])")),
            Handler($"CapacityProviderArn = \"{ModelRulesTests.Provider}\", ExecutionEnvironmentMemoryGiBPerVCpu = 2")),
        new("LG0063", Handler("PerExecutionEnvironmentMaxConcurrency = {|LG0063:10|}"),
            M(("LG0063", "PerExecutionEnvironmentMaxConcurrency is set but CapacityProviderArn is not; CapacityProviderArn is required with PerExecutionEnvironmentMaxConcurrency and ExecutionEnvironmentMemoryGiBPerVCpu (set on [LambdaFunction])")),
            Handler("PerExecutionEnvironmentMaxConcurrency = 10"),
            PassingProperties: [("LambdaCapacityProviderArn", ModelRulesTests.Provider)]),
        new("LG0064", Handler("DurableExecutionTimeout = {|LG0064:31622401|}"),
            M(("LG0064", "DurableExecutionTimeout 31622401 is outside 1–31622400 (set on [LambdaFunction])")),
            Handler("DurableExecutionTimeout = 31622400")),
        new("LG0065", Handler("DurableRetentionPeriodInDays = {|LG0065:0|}"),
            M(("LG0065", "DurableRetentionPeriodInDays 0 is outside 1–90 (set on [LambdaFunction])")),
            Handler("DurableRetentionPeriodInDays = 1")),
        new("LG0066", Handler("DurableKMSKeyArn = {|LG0066:\"alias/durable\"|}"),
            M(("LG0066", $"DurableKMSKeyArn 'alias/durable' does not match the model's pattern {ModelRulesTests.ArnPattern} (set on [LambdaFunction])")),
            Handler("DurableKMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:alias/durable\"")),
        new("LG0067", Handler("TenantIsolationMode = {|LG0067:\"per_tenant\"|}"),
            M(("LG0067", "TenantIsolationMode 'per_tenant' is not valid; the API spells it 'PER_TENANT' (set on [LambdaFunction])")),
            Handler("TenantIsolationMode = \"PER_TENANT\"")),
        new("LG0068", Handler("PublishTo = {|LG0068:\"LatestPublished\"|}"),
            M(("LG0068", "PublishTo 'LatestPublished' is not valid; the API spells it 'LATEST_PUBLISHED' (set on [LambdaFunction])")),
            Handler($"CapacityProviderArn = \"{ModelRulesTests.Provider}\", PublishTo = LambdaPublishTo.LatestPublished")),
        new("LG0069", Handler("DurableKMSKeyArn = {|LG0069:\"arn:aws:kms:us-east-1:123456789012:key/k\"|}"),
            M(("LG0069", "DurableKMSKeyArn is set, but CreateFunctionRequest in AWSSDK.Lambda 4.0.17.0 has no DurableConfig.KMSKeyArn, so the typed call leaves it out (the manifest and the deploy still carry it); the Lambda API gained it on 2026-07-07, so it needs an AWSSDK.Lambda released since then (set on [LambdaFunction])")),
            Handler("DurableKMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/k\""),
            References: () => [OlderAwsSdk.WithoutDurableKmsKeyArn],
            PassingReferences: () => [OlderAwsSdk.WithDurableKmsKeyArn]),
        new("LG0070", Handler($"{Cp}, MemorySize = {{|LG0070:2047|}}"),
            M(("LG0070", "MemorySize 2047 is below 2048 MB, the minimum for a function on Lambda Managed Instances (2 GB and 1 vCPU) (set on [LambdaFunction])")),
            Handler($"{Cp}, MemorySize = 2048")),
        new("LG0071", Handler($"{Cp}, MemorySize = {{|LG0071:10241|}}"),
            M(("LG0071", "MemorySize 10241 is above 10240 MB; the service model allows up to 32768 on Lambda Managed Instances, but no AWS page found states it (set on [LambdaFunction])")),
            Handler($"{Cp}, MemorySize = 10240")),
        new("LG0072", Handler($"{Cp}, Timeout = {{|LG0072:5401|}}"),
            M(("LG0072", "Timeout 5401 is outside 1–5400 seconds for a function on Lambda Managed Instances (whose synchronous invocations still stop at 900 seconds) (set on [LambdaFunction])")),
            Handler($"{Cp}, Timeout = 5400")),
        new("LG0073", Handler($"{Cp}, ExecutionEnvironmentMemoryGiBPerVCpu = {{|LG0073:3.5|}}"),
            M(("LG0073", "ExecutionEnvironmentMemoryGiBPerVCpu 3.5 is not a supported ratio; use 2, 4 or 8 GiB per vCPU (set on [LambdaFunction])")),
            Handler($"{Cp}, ExecutionEnvironmentMemoryGiBPerVCpu = 8")),
        new("LG0074", Handler($"{Cp}, Runtime = {{|LG0074:{{|LG0007:\"provided.al2\"|}}|}}"),
            M(("LG0007", "Runtime 'provided.al2' is deprecated since 2026-07-31; creating functions is blocked from 2027-02-01 (set on [LambdaFunction])"),
              ("LG0074", "Runtime 'provided.al2' does not run on Lambda Managed Instances; use Java 21+, Python 3.13+, Node.js 22+, .NET 8+ (dotnet8, dotnet10) or provided.al2023 (set on [LambdaFunction])")),
            Handler($"{Cp}, Runtime = \"provided.al2023\"")),
        new("LG0075", Handler($"{Cp}, SnapStart = {{|LG0075:\"PublishedVersions\"|}}, Publish = true"),
            M(("LG0075", "SnapStart is set on a function on Lambda Managed Instances, which reportedly does not support it; no AWS page found states it (set on [LambdaFunction])")),
            Handler($"{Cp}, SnapStart = \"None\", Publish = true")),
        new("LG0076", Handler("PublishTo = {|LG0076:\"LATEST_PUBLISHED\"|}"),
            M(("LG0076", "PublishTo 'LATEST_PUBLISHED' is set without CapacityProviderArn; $LATEST.PUBLISHED is the version of a function on Lambda Managed Instances (set on [LambdaFunction])")),
            Handler($"{Cp}, PublishTo = \"LATEST_PUBLISHED\"")),
        new("LG0077", Handler("DurableExecutionTimeout = 3600, Runtime = {|LG0077:\"provided.al2023\"|}"),
            M(("LG0077", "Runtime 'provided.al2023' does not run durable functions (DurableExecutionTimeout is set); they run on nodejs22.x, nodejs24.x, java17, java21, java25, python3.13, python3.14, dotnet8, dotnet10, or in a container image (set on [LambdaFunction])")),
            Handler("DurableExecutionTimeout = 3600, PackageType = \"Image\"")),
        new("LG0078", Handler("ReservedConcurrentExecutions = {|LG0078:-1|}"),
            M(("LG0078", "ReservedConcurrentExecutions -1 is below the minimum of 0 (set on [LambdaFunction])")),
            Handler("ReservedConcurrentExecutions = 1")),
        new("LG0079", Handler("TenantIsolationMode = {|LG0079:\"PER_TENANT\"|}, SnapStart = \"PublishedVersions\", Publish = true"),
            M(("LG0079", "SnapStart cannot be used with TenantIsolationMode 'PER_TENANT'; a tenant-isolated function does not support SnapStart (set on [LambdaFunction])")),
            Handler("TenantIsolationMode = \"PER_TENANT\", SnapStart = \"None\"")),
        new("LG0080", Handler("Ipv6AllowedForDualStack = {|LG0080:true|}"),
            M(("LG0080", "Ipv6AllowedForDualStack is true without SubnetIds, so the manifest sends a VpcConfig with only that flag; it applies only to a function in dual-stack subnets (set on [LambdaFunction])")),
            Handler($"{Vpc}, Ipv6AllowedForDualStack = true")),
        new("LG0081", Handler("SnapStart = {|LG0081:\"PublishedVersions\"|}"),
            M(("LG0081", "SnapStart 'PublishedVersions' applies only to published versions, but Publish is not true, so the deploy publishes none and no snapshot is taken; set Publish = true (set on [LambdaFunction])")),
            Handler("SnapStart = \"PublishedVersions\", Publish = true")),
        new("LG0082", Handler("Layers = new[] { {|LG0082:\"arn:aws:lambda:eu-west-1:123456789012:layer:a:1\"|} }"),
            M(("LG0082", "Layer 'arn:aws:lambda:eu-west-1:123456789012:layer:a:1' is in region 'eu-west-1', but LambdaRegion is 'us-east-1'; a function can use only layers of its own region (set on [LambdaFunction])")),
            Handler("Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:a:1\", \"arn:aws:lambda:::awslayer:AWSLambdaPowertools\" }"),
            [("LambdaRegion", "us-east-1")]),
        new("LG0083", Handler("FunctionName = {|LG0083:\"arn:aws-cn:lambda:cn-north-1:123456789012:function:orders\"|}"),
            M(("LG0083", "FunctionName 'arn:aws-cn:lambda:cn-north-1:123456789012:function:orders' is in partition 'aws-cn', but LambdaRegion 'us-east-1' is in 'aws', where the deploy creates the function (set on [LambdaFunction])")),
            Handler("FunctionName = \"arn:aws:lambda:us-east-1:123456789012:function:orders\""),
            [("LambdaRegion", "us-east-1")]),
        new("LG0084", Handler(),
            M(("LG0084", "MSBuild property LambdaS3Bucket is 'My_Bucket', which contains the uppercase letter 'M'; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")),
            Handler(),
            [("LambdaS3Bucket", "My_Bucket")],
            [("LambdaS3Bucket", "my-bucket.artifacts-1")]),
        new("LG0085", Handler(methodAttributes: "[LambdaFunctionUrl(AuthType = {|LG0085:\"aws_iam\"|})]"),
            M(("LG0085", "AuthType 'aws_iam' is not valid; the API spells it 'AWS_IAM' (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: "[LambdaFunctionUrl(AuthType = \"AWS_IAM\")]")),
        new("LG0086", Handler(methodAttributes: Url + ", Qualifier = {|LG0086:\"12\"|})]"),
            M(("LG0086", "Qualifier '12' does not match the model's pattern ((?!^\\d+$)^[0-9a-zA-Z-_]+$) (set on [LambdaFunctionUrl])")),
            Handler("Publish = true", methodAttributes: "[LambdaAlias(\"v12\")] " + Url + ", Qualifier = \"v12\")]")),
        new("LG0087", Handler(methodAttributes: Url + ", AllowOrigins = new[] { \"https://a.example\", {|LG0087:\"" + Repeat("a", 254) + "\"|} })]"),
            M(("LG0087", "AllowOrigins '" + Repeat("a", 80) + "…' is 254 characters; it must be 1–253 characters (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: Url + ", AllowOrigins = new[] { \"https://a.example\", \"" + Repeat("a", 253) + "\" }, MaxAge = 86400)]")),
        new("LG0088", Handler(methodAttributes: Url + ", InvokeMode = {|LG0088:\"Buffered\"|})]"),
            M(("LG0088", "InvokeMode 'Buffered' is not valid; the API spells it 'BUFFERED' (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: Url + ", InvokeMode = LambdaInvokeMode.ResponseStream)]")),
        new("LG0089", Handler("Publish = true", methodAttributes: "[LambdaAlias({|LG0089:\"2\"|})]"),
            M(("LG0089", "Alias name '2' does not match the model's pattern (?!^[0-9]+$)([a-zA-Z0-9-_]+) (set on [LambdaAlias])")),
            Handler("Publish = true", methodAttributes: $"[LambdaAlias(\"{Repeat("a", 128)}\")]")),
        new("LG0090", Handler("Publish = true", methodAttributes: $"[LambdaAlias(\"live\")] [LambdaAlias(\"beta\", Description = {{|LG0090:\"{Emoji256}b\"|}})]"),
            M(("LG0090", "Alias 'beta' Description '" + Emoji256.Substring(0, 90) + "…' is 257 characters; it must be 0–256 characters (set on [LambdaAlias])")),
            Handler("Publish = true", methodAttributes: $"[LambdaAlias(\"live\")] [LambdaAlias(\"beta\", Description = \"{Emoji256}\")]")),
        new("LG0091", Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = {|LG0091:0|})]"),
            M(("LG0091", "Alias 'live' ProvisionedConcurrentExecutions 0 is below the minimum of 1 (set on [LambdaAlias])")),
            Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = 1)]")),
        new("LG0092", Handler(methodAttributes: "[LambdaAsyncInvoke(MaximumRetryAttempts = {|LG0092:3|})]"),
            M(("LG0092", "MaximumRetryAttempts 3 is outside 0–2 (set on [LambdaAsyncInvoke])")),
            Handler(methodAttributes: "[LambdaAsyncInvoke(MaximumRetryAttempts = 2)]")),
        new("LG0093", Handler(methodAttributes: "[LambdaAsyncInvoke(MaximumEventAgeInSeconds = {|LG0093:21601|})]"),
            M(("LG0093", "MaximumEventAgeInSeconds 21601 is outside 60–21600 (set on [LambdaAsyncInvoke])")),
            Handler(methodAttributes: "[LambdaAsyncInvoke(MaximumEventAgeInSeconds = 21600)]")),
        new("LG0094", Handler(methodAttributes: "[LambdaAsyncInvoke(OnFailure = {|LG0094:\"orders-failed\"|})]"),
            M(("LG0094", "OnFailure 'orders-failed' does not match the model's pattern " + DestinationPattern + " (set on [LambdaAsyncInvoke])")),
            Handler(methodAttributes: "[LambdaAsyncInvoke(OnFailure = \"arn:aws:s3:::orders-failed\")]")),
        new("LG0095", Handler(methodAttributes: "[{|LG0095:LambdaFunctionUrl(InvokeMode = LambdaInvokeMode.Buffered)|}]"),
            M(("LG0095", "[LambdaFunctionUrl] has no AuthType, which CreateFunctionUrlConfig requires; set AuthType = LambdaFunctionUrlAuthType.AwsIam (callers sign with IAM) or LambdaFunctionUrlAuthType.None (public) (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: Url + ", InvokeMode = LambdaInvokeMode.Buffered)]")),
        new("LG0096", Handler(methodAttributes: "[LambdaFunctionUrl(AuthType = {|LG0096:LambdaFunctionUrlAuthType.None|})]"),
            M(("LG0096", "AuthType 'NONE' makes the function URL public: Lambda authenticates no caller, and the deploy adds the resource-policy statements that let anyone invoke the function through it (lambda:InvokeFunctionUrl and lambda:InvokeFunction); use AWS_IAM unless the function checks callers itself (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: Url + ")]")),
        new("LG0097", Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] " + Url + ", Qualifier = {|LG0097:\"Live\"|})]"),
            M(("LG0097", "Qualifier 'Live' names no alias of this function; alias names are case-sensitive: did you mean 'live'? (set on [LambdaFunctionUrl])")),
            Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] " + Url + ", Qualifier = \"live\")]")),
        new("LG0098", Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] [LambdaAlias({|LG0098:\"live\"|}, Description = \"again\")]"),
            M(("LG0098", "Alias 'live' is declared twice on this method; each [LambdaAlias] creates one alias (set on [LambdaAlias])")),
            Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] [LambdaAlias(\"live-2\")]")),
        new("LG0099", Handler(methodAttributes: "[LambdaAlias({|LG0099:\"live\"|})]"),
            M(("LG0099", "Alias 'live' points at the version the deploy publishes, but Publish is not true, so no version is published; set Publish = true on [LambdaFunction] (set on [LambdaAlias])")),
            Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")]")),
        new("LG0100", Handler("Publish = true, ReservedConcurrentExecutions = 50", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = 30)] [LambdaAlias(\"beta\", ProvisionedConcurrentExecutions = {|LG0100:21|})]"),
            M(("LG0100", "Alias 'beta' ProvisionedConcurrentExecutions 21 brings the aliases' provisioned concurrency to 51 ('live' 30, 'beta' 21), above ReservedConcurrentExecutions 50; provisioned concurrency is counted across versions and cannot exceed the function's reserved concurrency (set on [LambdaAlias])")),
            Handler("Publish = true, ReservedConcurrentExecutions = 50", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = 30)] [LambdaAlias(\"beta\", ProvisionedConcurrentExecutions = 20)]")),
        new("LG0101", Handler("ReservedConcurrentExecutions = {|LG0101:0|}"),
            M(("LG0101", "ReservedConcurrentExecutions 0 throttles every invocation: the function processes no events until the limit is removed (a function URL answers 429, asynchronous events go to the on-failure destination without retries) (set on [LambdaFunction])")),
            Handler("ReservedConcurrentExecutions = 1")),
        new("LG0102", Handler("ReservedConcurrentExecutions = {|LG0102:901|}"),
            M(("LG0102", "ReservedConcurrentExecutions 901 is above 900, the most an account with the default limit of 1,000 concurrent executions can reserve (100 stay unreserved); it fails unless the account's quota was raised (set on [LambdaFunction])")),
            Handler("ReservedConcurrentExecutions = 900")),
        new("LG0103", Handler("SnapStart = LambdaSnapStart.PublishedVersions, Publish = true", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = {|LG0103:5|})]"),
            M(("LG0103", "Alias 'live' ProvisionedConcurrentExecutions cannot be used with SnapStart 'PublishedVersions'; SnapStart does not support provisioned concurrency (set on [LambdaAlias])")),
            Handler("SnapStart = LambdaSnapStart.PublishedVersions, Publish = true", methodAttributes: "[LambdaAlias(\"live\")]")),
        new("LG0104", Handler("TenantIsolationMode = LambdaTenantIsolationMode.PerTenant", methodAttributes: "[{|LG0104:LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam)|}]"),
            M(("LG0104", "[LambdaFunctionUrl] cannot be used with TenantIsolationMode 'PER_TENANT'; a tenant-isolated function does not support function URLs (set on [LambdaFunctionUrl])")),
            Handler("TenantIsolationMode = LambdaTenantIsolationMode.PerTenant, Publish = true", methodAttributes: "[LambdaAlias(\"live\")]")),
        new("LG0105", Handler(methodAttributes: "[LambdaAsyncInvoke(OnSuccess = {|LG0105:\"arn:aws:s3:::orders-done\"|})]"),
            M(("LG0105", "OnSuccess 'arn:aws:s3:::orders-done' is an S3 bucket, which Lambda supports only as an OnFailure destination (set on [LambdaAsyncInvoke])")),
            Handler(methodAttributes: "[LambdaAsyncInvoke(OnSuccess = \"arn:aws:events:us-east-1:123456789012:event-bus/default\", OnFailure = \"arn:aws:s3:::orders-failed\")]")),
        new("LG0106", Handler("FunctionName = \"orders\"", methodAttributes: "[LambdaAsyncInvoke(OnFailure = {|LG0106:\"arn:aws:lambda:us-east-1:123456789012:function:orders\"|})]"),
            M(("LG0106", "OnFailure 'arn:aws:lambda:us-east-1:123456789012:function:orders' is this function itself: the record of each asynchronous invocation invokes it again, and every event starts a loop (set on [LambdaAsyncInvoke])")),
            Handler("FunctionName = \"orders\"", methodAttributes: "[LambdaAsyncInvoke(OnFailure = \"arn:aws:lambda:us-east-1:123456789012:function:orders-dlq\")]")),
        new("LG0107", Handler(methodAttributes: Url + ", AllowCredentials = {|LG0107:true|}, AllowOrigins = new[] { \"https://a.example\", \"*\" })]"),
            M(("LG0107", "AllowCredentials is true but AllowOrigins has '*': browsers refuse a credentialed response for the wildcard origin, so credentialed calls fail; list the origins that may call with credentials (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: Url + ", AllowCredentials = false, AllowOrigins = new[] { \"*\" })]")),
        new("LG0108", Handler(methodAttributes: Url + ", AllowMethods = new[] { \"GET\", {|LG0108:\"post\"|} })]"),
            M(("LG0108", "AllowMethods 'post' is not valid; the method is spelled 'POST' (set on [LambdaFunctionUrl])")),
            Handler(methodAttributes: Url + ", AllowMethods = new[] { \"GET\", \"PUT\", \"HEAD\", \"POST\", \"PATCH\", \"DELETE\" })]")),
        new("LG0109", Class("""
                [{|LG0109:LambdaAlias|}("live")]
                public static Stream Handle(Stream input) => input;
            """),
            M(("LG0109", "[LambdaAlias] on Functions.Handle has no effect: the method has no [LambdaFunction], so no function is deployed from it; add [LambdaFunction] or remove [LambdaAlias]")),
            Class("""
                [LambdaAlias("live")]
                [LambdaFunction(Publish = true)]
                public static Stream Handle(Stream input) => input;
            """)),
        new("LG0110", Class(StreamHandlerWithFunction, after: "namespace TestFunctions { public class {|LG0110:LambdaFunctions|} { } }"),
            M(("LG0110", "Type 'TestFunctions.LambdaFunctions' has the name of the class LambdaGen generates, so it is generated as 'TestFunctions.LambdaGenFunctions' instead; rename yours to get 'TestFunctions.LambdaFunctions' back")),
            Class(StreamHandlerWithFunction, after: "namespace TestFunctions { public class LambdaFunctions<T> { } }"),
            RunGenerator: true),
        new("LG0111", NoCoreStubs("public class {|LG0111:System|} { }"),
            M(("LG0111", "Type 'System' in the global namespace hides the System namespace, which LambdaGen's generated code must name: nothing is generated (no manifest, constants or typed calls) until it is renamed")),
            NoCoreStubs("namespace Shop { public class System { } }"),
            RunGenerator: true),
        new("LG0112", NoCoreStubs("public class {|LG0112:Amazon|} { }"),
            M(("LG0112", "Type 'Amazon' in the global namespace hides the AWS SDK's Amazon namespace, so LambdaGen generates no typed calls (the constants, manifests and deploy are unaffected); rename it to get them back")),
            NoCoreStubs("public class Amazon { }"),
            References: () => [OlderAwsSdk.WithDurableKmsKeyArn], PassingReferences: () => [],
            RunGenerator: true),
        new("LG0113", Handler("SubnetIds = new[] { \"subnet-0a1b2c3d\", {|LG0113:null|} }, SecurityGroupIds = new[] { \"sg-0a1b2c3d\" }"),
            M(("LG0113", "SubnetIds item 2 is null; the API takes no null items: remove it or give it a value (set on [LambdaFunction])")),
            Handler("SubnetIds = new[] { \"subnet-0a1b2c3d\", \"subnet-0a1b2c3e\" }, SecurityGroupIds = new[] { \"sg-0a1b2c3d\" }")),
        new("LG0114", Handler("Description = {|LG0114:\"a\\uD800b\"|}"),
            M(("LG0114", "Description has an unpaired surrogate U+D800 at position 2: it has no UTF-8 encoding, so the manifest would carry U+FFFD instead; remove it or complete the pair (set on [LambdaFunction])")),
            Handler("Description = \"a\\uD83D\\uDE00b\"")),
    };

    /// <summary>A handler without the Amazon.Lambda.Core stubs (a namespace Amazon in source would clash with a type Amazon).</summary>
    private static string NoCoreStubs(string declaration) => $$"""
        using LambdaGen;
        {{DefaultAssembly}}
        {{declaration}}
        public class Functions
        {
            [LambdaFunction]
            public static void Handle() { }
        }
        """;

    /// <summary>A <c>[LambdaFunction]</c> stream handler, as a member of <see cref="Src.Class"/>.</summary>
    private const string StreamHandlerWithFunction = "    [LambdaFunction] " + StreamHandler;

    public static TheoryData<RuleExample> Data()
    {
        var data = new TheoryData<RuleExample>();
        foreach (var example in All)
            data.Add(example);
        return data;
    }
}

public class EveryRuleTests
{
    public static TheoryData<RuleExample> Examples => RuleExamples.Data();

    [Fact]
    public void Every_rule_in_the_catalog_has_an_example()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), RuleExamples.All.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Fires_at_the_exact_span_with_the_exact_message(RuleExample example)
    {
        Assert.Contains(example.Messages, m => m.Id == example.Id);
        await AnalyzerRunner.VerifyAsync(example.FailingMarkup, new AnalyzerSetup
        {
            Properties = example.Properties, References = example.FailingReferences(), RunGenerator = example.RunGenerator, RequireCompiles = example.FailingCompiles,
        }, example.Messages);
    }

    /// <summary>STYLE.md §3.5: every invalid usage also goes through the generator, which must not throw (CS8785).</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void The_generator_does_not_throw_on_the_failing_source(RuleExample example)
    {
        var driver = GeneratorRunner.CreateDriver([new LambdaGen.Analyzers.Generation.LambdaGenerator()], TestOptions.Create(example.Properties));
        var source = Markup.Parse(example.FailingMarkup).Source;
        var compilation = example.FailingCompiles
            ? TestCompilation.Create(source, example.FailingReferences())
            : TestCompilation.CreateUnchecked([(TestCompilation.DefaultPath, source)], example.FailingReferences());
        GeneratorRunner.Run(driver, compilation, requireCleanOutput: false);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Is_silent_at_the_valid_boundary(RuleExample example)
    {
        await AnalyzerRunner.VerifyAsync(example.PassingSource, new AnalyzerSetup
        {
            Properties = example.PassingProperties ?? example.Properties, References = example.PassingReferencesOrDefault(), RunGenerator = example.RunGenerator,
        });
    }
}
