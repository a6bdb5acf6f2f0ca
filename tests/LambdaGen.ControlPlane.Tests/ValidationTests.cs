using System.Net;
using System.Text;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>
/// The server plays the service that checks our analyzer's claims, so its validation must reject what
/// the service rejects, with the service's error type and message style, and accept the edge values.
/// </summary>
public sealed class ValidationTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public ValidationTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    private static string Base(string name, string runtime = "dotnet8", string handler = "App::App.F::H") =>
        $$"""
        "FunctionName":"{{name}}","Runtime":"{{runtime}}","Role":"{{Bodies.Role}}","Handler":"{{handler}}","Code":{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip())}}"}
        """;

    private async Task<LambdaResponse> Create(string members)
    {
        var r = await _http.CreateAsync("{" + members + "}");
        return r;
    }

    private static void AssertValidation(LambdaResponse r, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("ValidationException", r.ErrorType);
        Assert.Equal(message, r.Message);
    }

    private static void AssertInvalidParameter(LambdaResponse r, string messageStart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("InvalidParameterValueException", r.ErrorType);
        Assert.StartsWith(messageStart, r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemorySize_over_10240_uses_the_services_message()
    {
        AssertValidation(await Create(Base("v-mem") + ""","MemorySize":99999"""),
            "1 validation error detected: Value '99999' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240");
        Assert.False(_plane.Functions.ContainsKey("v-mem"));
    }

    [Fact]
    public async Task Several_violations_are_reported_together()
    {
        AssertValidation(await Create(Base("v-many") + ""","MemorySize":64,"Timeout":901"""),
            "2 validation errors detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900; " +
            "Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128");
    }

    [Theory]
    [InlineData("\"MemorySize\":128", true)]
    [InlineData("\"MemorySize\":10240", true)]
    [InlineData("\"MemorySize\":10241", false)]
    [InlineData("\"Timeout\":1", true)]
    [InlineData("\"Timeout\":900", true)]
    [InlineData("\"Timeout\":0", false)]
    [InlineData("\"EphemeralStorage\":{\"Size\":512}", true)]
    [InlineData("\"EphemeralStorage\":{\"Size\":10240}", true)]
    [InlineData("\"EphemeralStorage\":{\"Size\":10241}", false)]
    [InlineData("\"EphemeralStorage\":{\"Size\":511}", false)]
    [InlineData("\"EphemeralStorage\":{}", false)]
    [InlineData("\"Architectures\":[\"arm64\"]", true)]
    [InlineData("\"Architectures\":[\"x86_64\",\"arm64\"]", false)]
    [InlineData("\"Architectures\":[\"X86_64\"]", false)]
    [InlineData("\"Architectures\":[]", false)]
    [InlineData("\"Environment\":{\"Variables\":{\"1BAD\":\"x\"}}", false)]
    [InlineData("\"Environment\":{\"Variables\":{\"A\":\"x\"}}", false)]
    [InlineData("\"Environment\":{\"Variables\":{\"AB\":\"x\"}}", true)]
    [InlineData("\"TracingConfig\":{\"Mode\":\"On\"}", false)]
    [InlineData("\"VpcConfig\":{\"SubnetIds\":[\"bad\"],\"SecurityGroupIds\":[]}", false)]
    [InlineData("\"FileSystemConfigs\":[{\"Arn\":\"arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0\",\"LocalMountPath\":\"/mnt/a/b\"}]", false)]
    [InlineData("\"Tags\":{\"owner\":\"me\"}", true)]
    [InlineData("\"Tags\":{\"Ünïcode key\":\"välue\"}", true)]
    [InlineData("\"Tags\":{\"bad#key\":\"v\"}", false)]
    [InlineData("\"Description\":\"\"", true)]
    public async Task Model_constraints_are_enforced_at_their_edges(string member, bool accepted)
    {
        var name = "v-edge-" + Guid.NewGuid().ToString("N")[..10];
        var r = await Create(Base(name) + "," + member);

        if (accepted)
        {
            Assert.True(r.Status == HttpStatusCode.Created, r.Body);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Equal("ValidationException", r.ErrorType);
            Assert.StartsWith("1 validation error detected: Value", r.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_and_map_member_errors_use_the_nested_constraint_form()
    {
        AssertValidation(await Create(Base("v-arch") + ""","Architectures":["X86_64"]"""),
            "1 validation error detected: Value '[X86_64]' at 'architectures' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64]]");

        // Environment variables are sensitive: the service leaves the value out of the message.
        AssertValidation(await Create(Base("v-envkey") + ""","Environment":{"Variables":{"1BAD":"x"}}"""),
            "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]");
    }

    [Fact]
    public async Task FunctionName_pattern_and_the_64_character_limit_for_plain_names()
    {
        AssertValidation(await Create(Base("bad name!")),
            "1 validation error detected: Value 'bad name!' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: " +
            @"(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?");

        var long65 = new string('a', 65);
        AssertValidation(await Create(Base(long65)),
            $"1 validation error detected: Value '{long65}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64");

        Assert.Equal(HttpStatusCode.Created, (await Create(Base(new string('b', 64)))).Status);
        // A full ARN may be longer than 64 characters and names the function by its last part.
        var viaArn = await Create(Base(Bodies.Arn("v-by-arn-" + new string('c', 40))));
        Assert.Equal(HttpStatusCode.Created, viaArn.Status);
        Assert.Equal("v-by-arn-" + new string('c', 40), viaArn.Json.GetProperty("FunctionName").GetString());
    }

    [Fact]
    public async Task Role_must_be_an_iam_role_arn_and_required_members_must_be_present()
    {
        var r = await Create(Base("v-role").Replace(Bodies.Role, "notanarn", StringComparison.Ordinal));
        AssertValidation(r, "1 validation error detected: Value 'notanarn' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");

        AssertValidation(await _http.CreateAsync("""{"FunctionName":"v-req","Runtime":"dotnet8","Handler":"h"}"""),
            "2 validation errors detected: Value null at 'role' failed to satisfy constraint: Member must not be null; Value null at 'code' failed to satisfy constraint: Member must not be null");
    }

    [Fact]
    public async Task Patterns_are_full_matches_with_ascii_digits()
    {
        // An Arabic-Indic digit matches .NET's default \d but not the service's.
        var r = await Create(Base("v-digit").Replace(Bodies.Role, "arn:aws:iam::12345678901\u0662:role/r", StringComparison.Ordinal));
        Assert.Equal("ValidationException", r.ErrorType);
        Assert.Contains("at 'role'", r.Message, StringComparison.Ordinal);

        _plane.SeedFunction("v-bucket");
        var bucket = await _http.UpdateCodeAsync("v-bucket", """{"S3Bucket":"bucket.","S3Key":"k"}""");
        Assert.Equal("ValidationException", bucket.ErrorType);
        Assert.Contains("at 's3Bucket'", bucket.Message, StringComparison.Ordinal);

        var trailingNewline = await Create(Base("v-newline\\n"));
        Assert.Equal("ValidationException", trailingNewline.ErrorType);
    }

    [Fact]
    public async Task Duplicate_json_keys_are_a_serialization_error()
    {
        var r = await Create(Base("v-dupkey") + ""","MemorySize":256,"MemorySize":512""");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("SerializationException", r.ErrorType);
    }

    [Fact]
    public async Task Runtimes_are_checked_against_the_model_and_the_deprecation_calendar()
    {
        var unknown = await Create(Base("v-cobol", runtime: "cobol"));
        Assert.Equal("ValidationException", unknown.ErrorType);
        Assert.Contains("at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet8", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("python3.7", unknown.Message, StringComparison.Ordinal); // blocked runtimes are not offered
        Assert.EndsWith("] or be a valid ARN", unknown.Message, StringComparison.Ordinal);

        AssertInvalidParameter(await Create(Base("v-py37", runtime: "python3.7")),
            "The runtime parameter of python3.7 is no longer supported for creating or updating AWS Lambda functions.");
        AssertInvalidParameter(await Create(Base("v-core31", runtime: "dotnetcore3.1")), "The runtime parameter of dotnetcore3.1");

        // Deprecated but still creatable until its block date (2027-02-01).
        Assert.Equal(HttpStatusCode.Created, (await Create(Base("v-node20", runtime: "nodejs20.x"))).Status);
        Assert.Equal(HttpStatusCode.Created, (await Create(Base("v-dotnet10", runtime: "dotnet10"))).Status);
    }

    [Fact]
    public async Task Unknown_members_and_wrong_json_types_are_rejected_before_validation()
    {
        var unknown = await Create(Base("v-unknown") + ""","Memory":256""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("SerializationException", unknown.ErrorType);
        Assert.Contains("\"Memory\"", unknown.Message, StringComparison.Ordinal);

        var nested = await Create(Base("v-nested") + ""","Environment":{"Vars":{}}""");
        Assert.Equal("SerializationException", nested.ErrorType);

        var wrongType = await Create(Base("v-type") + ""","MemorySize":"256" """);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal("SerializationException", wrongType.ErrorType);

        var notJson = await _http.CreateAsync("{not json");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal("SerializationException", notJson.ErrorType);
    }

    [Fact]
    public async Task Architectures_belong_to_UpdateFunctionCode_not_UpdateFunctionConfiguration()
    {
        _plane.SeedFunction("v-arch-move");

        var wrongPlace = await _http.UpdateConfigurationAsync("v-arch-move", """{"Architectures":["arm64"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongPlace.Status);
        Assert.Equal("SerializationException", wrongPlace.ErrorType);
        Assert.Contains("Architectures", wrongPlace.Message, StringComparison.Ordinal);
        Assert.Equal(0, _plane.Functions["v-arch-move"].UpdateCount);
    }

    [Fact]
    public async Task Service_rules_beyond_the_model()
    {
        var layers = string.Join(",", Enumerable.Range(1, 6).Select(i => $"\"arn:aws:lambda:us-east-1:123456789012:layer:l{i}:1\""));
        AssertInvalidParameter(await Create(Base("v-layers") + $",\"Layers\":[{layers}]"), "Cannot reference more than 5 layers.");

        AssertInvalidParameter(await Create(Base("v-layer-dup") +
            ""","Layers":["arn:aws:lambda:us-east-1:123456789012:layer:l:1","arn:aws:lambda:us-east-1:123456789012:layer:l:2"]"""),
            "Two different versions of the same layer are not allowed to be referenced in the same function.");

        AssertInvalidParameter(await Create(Base("v-reserved") + ""","Environment":{"Variables":{"STAGE":"x","AWS_REGION":"y"}}"""),
            "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION");

        var tags = string.Join(",", Enumerable.Range(1, 51).Select(i => $"\"k{i}\":\"v\""));
        AssertInvalidParameter(await Create(Base("v-tags") + $",\"Tags\":{{{tags}}}"), "Number of tags exceeds resource tag limit.");

        AssertInvalidParameter(await _http.CreateAsync($$$"""
            {"FunctionName":"v-image","PackageType":"Image","Role":"{{{Bodies.Role}}}","Handler":"h","Code":{"ImageUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1"}}
            """), "Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image.");

        AssertInvalidParameter(await Create(Base("v-loglevel") + ""","LoggingConfig":{"LogFormat":"Text","ApplicationLogLevel":"INFO"}"""),
            "LogLevel is not supported when LogFormat is set to \"Text\".");

        AssertInvalidParameter(await _http.CreateAsync($$$"""
            {"FunctionName":"v-nohandler","Runtime":"dotnet8","Role":"{{{Bodies.Role}}}","Code":{"ZipFile":"{{{Convert.ToBase64String(Bodies.Zip())}}}"}}
            """), "Runtime and Handler are mandatory parameters");

        Assert.DoesNotContain(_plane.Functions.Keys, k => k is "v-layers" or "v-layer-dup" or "v-reserved" or "v-tags" or "v-image" or "v-loglevel" or "v-nohandler");
    }

    [Fact]
    public async Task Environment_limit_is_4KB_of_compact_json()
    {
        // {"BIG":"xxx…"} has 10 bytes of JSON punctuation and key around the value.
        string Env(int valueLength) => $$$""","Environment":{"Variables":{"BIG":"{{{new string('x', valueLength)}}}"}}""";

        Assert.Equal(HttpStatusCode.Created, (await Create(Base("v-env-4096") + Env(4096 - 10))).Status);
        var tooBig = await Create(Base("v-env-4097") + Env(4097 - 10));
        AssertInvalidParameter(tooBig,
            "Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: {\"BIG\":\"xxx");
        Assert.Equal(4097, Encoding.UTF8.GetByteCount(tooBig.Message[(tooBig.Message.IndexOf("String measured: ", StringComparison.Ordinal) + 17)..]));
    }

    [Fact]
    public async Task Update_configuration_is_validated_like_create()
    {
        _plane.SeedFunction("v-upd");

        AssertValidation(await _http.UpdateConfigurationAsync("v-upd", """{"Timeout":901}"""),
            "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900");
        AssertInvalidParameter(await _http.UpdateConfigurationAsync("v-upd", """{"Runtime":"nodejs12.x"}"""), "The runtime parameter of nodejs12.x");
        AssertInvalidParameter(await _http.UpdateConfigurationAsync("v-upd", """{"Environment":{"Variables":{"AWS_LAMBDA_RUNTIME_API":"x"}}}"""),
            "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys");
        Assert.Equal(0, _plane.Functions["v-upd"].UpdateCount);
    }

    [Fact]
    public async Task Code_sources_must_match_the_package_type()
    {
        _plane.SeedFunction("v-code");
        AssertInvalidParameter(await _http.UpdateCodeAsync("v-code", "{}"), "Please provide a source for function code");
        AssertInvalidParameter(await _http.UpdateCodeAsync("v-code", """{"ImageUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1"}"""),
            "Please don't provide ImageUri");
    }
}
