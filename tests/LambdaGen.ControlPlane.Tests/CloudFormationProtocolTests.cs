using System.Net;
using System.Text;
using System.Xml.Linq;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>
/// The CloudFormation endpoint at the HTTP level: Query requests signed for "cloudformation" by a second SigV4
/// implementation, XML answers in the service namespace, and the refusals (signature, method, version, action).
/// </summary>
public sealed class CloudFormationProtocolTests(PlaneFixture fixture) : IClassFixture<PlaneFixture>
{
    private static readonly XNamespace Ns = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    private readonly LambdaControlPlane _plane = fixture.Plane;
    private readonly LambdaControlPlaneOptions _options = fixture.Options;

    private async Task<(HttpStatusCode Status, XElement Root)> PostAsync(string form, string service = "cloudformation", bool sign = true)
    {
        using var http = new HttpClient();
        var body = Encoding.UTF8.GetBytes(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, _plane.CloudFormationEndpoint)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/x-www-form-urlencoded") } },
        };
        if (sign)
        {
            TestSigner.Sign(request, body, _options.AccessKeyId, _options.SecretAccessKey, _options.Region, service);
        }
        using var response = await http.SendAsync(request);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!);
    }

    private static (string? Type, string? Code, string? Message) Error(XElement root)
    {
        Assert.Equal(Ns + "ErrorResponse", root.Name);
        var error = root.Element(Ns + "Error")!;
        return (error.Element(Ns + "Type")?.Value, error.Element(Ns + "Code")?.Value, error.Element(Ns + "Message")?.Value);
    }

    [Fact]
    public async Task CreateStack_then_DescribeStacks_answer_in_the_Query_protocols_XML()
    {
        var template = Uri.EscapeDataString("""
            {"Parameters":{"Memory":{"Type":"Number","Default":"384"}},
             "Resources":{"Fn":{"Type":"AWS::Lambda::Function","Properties":{"FunctionName":"cfn-protocol","Runtime":"dotnet8","Handler":"A::B::C",
               "Role":"arn:aws:iam::ACCOUNT:role/lambda-role","MemorySize":{"Ref":"Memory"},"Code":{"S3Bucket":"cfn-protocol-code","S3Key":"app.zip"}}}},
             "Outputs":{"Name":{"Value":{"Fn::Join":["/",[{"Ref":"AWS::Region"},{"Ref":"Fn"}]]}}}}
            """.Replace("ACCOUNT", _options.AccountId, StringComparison.Ordinal));

        _plane.PutS3Object("cfn-protocol-code", "app.zip", Bodies.Zip("protocol"));
        var (status, created) = await PostAsync($"Action=CreateStack&Version=2010-05-15&StackName=cfn-protocol&TemplateBody={template}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Ns + "CreateStackResponse", created.Name);
        var stackId = created.Element(Ns + "CreateStackResult")!.Element(Ns + "StackId")!.Value;
        Assert.StartsWith($"arn:aws:cloudformation:{_options.Region}:{_options.AccountId}:stack/cfn-protocol/", stackId);
        Assert.NotEmpty(created.Element(Ns + "ResponseMetadata")!.Element(Ns + "RequestId")!.Value);

        var (_, described) = await PostAsync("Action=DescribeStacks&Version=2010-05-15&StackName=cfn-protocol");
        var stack = described.Element(Ns + "DescribeStacksResult")!.Element(Ns + "Stacks")!.Element(Ns + "member")!;
        Assert.Equal(("CREATE_COMPLETE", stackId), (stack.Element(Ns + "StackStatus")!.Value, stack.Element(Ns + "StackId")!.Value));
        var output = stack.Element(Ns + "Outputs")!.Element(Ns + "member")!;
        Assert.Equal($"{_options.Region}/cfn-protocol", output.Element(Ns + "OutputValue")!.Value);
        Assert.Equal(384, _plane.Functions["cfn-protocol"].Configuration.GetProperty("MemorySize").GetInt32());

        var (again, unchanged) = await PostAsync($"Action=UpdateStack&Version=2010-05-15&StackName=cfn-protocol&TemplateBody={template}");
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal(("Sender", "ValidationError", "No updates are to be performed."), Error(unchanged));
    }

    [Fact]
    public async Task Unsigned_wrongly_scoped_unknown_and_old_version_requests_are_refused_with_ErrorResponse()
    {
        var (unsigned, unsignedError) = await PostAsync("Action=DescribeStacks&Version=2010-05-15", sign: false);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned);
        Assert.Equal("Sender", Error(unsignedError).Type);

        var (scoped, scopedError) = await PostAsync("Action=DescribeStacks&Version=2010-05-15", service: "lambda");
        Assert.Equal(HttpStatusCode.Forbidden, scoped);
        Assert.Contains("Credential should be scoped to correct service: 'cloudformation'", Error(scopedError).Message);

        var (_, unknown) = await PostAsync("Action=DescribeStackz&Version=2010-05-15");
        Assert.Equal(("InvalidAction", "Could not find operation DescribeStackz for version 2010-05-15"), (Error(unknown).Code, Error(unknown).Message));

        var (_, version) = await PostAsync("Action=DescribeStacks&Version=2009-01-01");
        Assert.Equal("InvalidAction", Error(version).Code);

        var (_, missing) = await PostAsync("Action=CreateChangeSet&Version=2010-05-15&ChangeSetName=c1");
        Assert.Equal(("ValidationError", "1 validation error detected: Value null at 'stackName' failed to satisfy constraint: Member must not be null"), (Error(missing).Code, Error(missing).Message));
    }

    [Fact]
    public async Task A_CREATE_change_set_with_a_missing_parameter_or_a_dangling_Ref_is_refused_and_a_throttle_fault_is_Throttling()
    {
        var dangling = Uri.EscapeDataString("""{"Resources":{"A":{"Type":"AWS::Lambda::Permission","Properties":{"FunctionName":{"Ref":"Nope"}}}}}""");
        var (_, refused) = await PostAsync($"Action=CreateChangeSet&Version=2010-05-15&StackName=cfn-dangling&ChangeSetName=c1&ChangeSetType=CREATE&TemplateBody={dangling}");
        Assert.Equal(("ValidationError", "Template format error: Unresolved resource dependencies [Nope] in the Resources block of the template"), (Error(refused).Code, Error(refused).Message));

        var needs = Uri.EscapeDataString("""{"Parameters":{"Key":{"Type":"String"}},"Resources":{"A":{"Type":"AWS::Lambda::Permission","Properties":{"FunctionName":{"Ref":"Key"}}}}}""");
        var (_, missing) = await PostAsync($"Action=CreateChangeSet&Version=2010-05-15&StackName=cfn-params&ChangeSetName=c1&ChangeSetType=CREATE&TemplateBody={needs}");
        Assert.Equal("Parameters: [Key] must have values", Error(missing).Message);

        _plane.Faults.Throttle("DescribeStacks", 1);
        var (status, throttled) = await PostAsync("Action=DescribeStacks&Version=2010-05-15");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("Sender", "Throttling", "Rate exceeded"), Error(throttled));
    }
}
