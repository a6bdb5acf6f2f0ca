namespace LambdaGen.ControlPlane;

/// <summary>
/// Input shapes (and URI/query label shapes) of the function URL, policy, alias, concurrency and asynchronous
/// invocation operations, with the constraints of the current Lambda model (lambda-service-2.json).
/// </summary>
internal static class ResourceShapes
{
    private const string RegionPart = @"(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}";

    // ---- labels ------------------------------------------------------------------------------------

    /// <summary>FunctionUrlFunctionName: a qualifier in the name must be an alias (not all digits).</summary>
    public static readonly StringShape FunctionUrlFunctionName = new(1, 140,
        $@"(arn:(aws[a-zA-Z-]*)?:lambda:)?({RegionPart}:)?(\d{{12}}:)?(function:)?([a-zA-Z0-9-_]{{1,64}})(:((?!\d+$)[0-9a-zA-Z-_]+))?");

    /// <summary>NamespacedFunctionName as the current model spells it (AddPermission, GetPolicy, event invoke, versions, DeleteFunction).</summary>
    public static readonly StringShape NamespacedFunctionName = new(1, 256,
        $@"(arn:(aws[a-zA-Z-]*)?:lambda:{RegionPart}:\d{{12}}:|(({RegionPart}:)?(\d{{12}}:)?))(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?");

    public static readonly StringShape FunctionUrlQualifier = new(1, 128, @"((?!^\d+$)^[0-9a-zA-Z-_]+$)");

    /// <summary>NumericLatestPublishedOrAliasQualifier (policy, event invoke, DeleteFunction).</summary>
    public static readonly StringShape NumericLatestPublishedOrAliasQualifier = new(1, 128, @"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+");

    /// <summary>Qualifier (provisioned concurrency).</summary>
    public static readonly StringShape Qualifier = new(1, 128, @"(|[a-zA-Z0-9$_-]+)");

    public static readonly StringShape Alias = new(1, 128, @"(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

    public static readonly StringShape VersionWithLatestPublished = new(1, 1024, @"(\$LATEST(\.PUBLISHED)?|[0-9]+)");

    public static readonly StringShape NamespacedStatementId = new(1, 100, @"([a-zA-Z0-9-_.]+)");

    // ---- bodies ------------------------------------------------------------------------------------

    private static readonly StringShape AuthType = new(enumValues: ["NONE", "AWS_IAM"]);
    private static readonly StringShape InvokeMode = new(enumValues: ["BUFFERED", "RESPONSE_STREAM"]);
    private static readonly StringShape Description = new(0, 256);
    private static readonly StringShape AnyString = new();
    private static readonly BooleanShape Boolean = new();
    private static readonly ListShape HeadersList = new(new StringShape(0, 1024, ".*"), 0, 100);

    private static readonly StructureShape Cors = new StructureShape("Cors")
        .Add("AllowCredentials", Boolean)
        .Add("AllowHeaders", HeadersList)
        .Add("AllowMethods", new ListShape(new StringShape(0, 6, ".*"), 0, 6))
        .Add("AllowOrigins", new ListShape(new StringShape(1, 253, ".*"), 0, 100))
        .Add("ExposeHeaders", HeadersList)
        .Add("MaxAge", new IntegerShape(0, 86400));

    public static readonly StructureShape CreateFunctionUrlConfigRequest = new StructureShape("CreateFunctionUrlConfigRequest")
        .Add("AuthType", AuthType, required: true)
        .Add("Cors", Cors)
        .Add("InvokeMode", InvokeMode);

    public static readonly StructureShape UpdateFunctionUrlConfigRequest = new StructureShape("UpdateFunctionUrlConfigRequest")
        .Add("AuthType", AuthType)
        .Add("Cors", Cors)
        .Add("InvokeMode", InvokeMode);

    public static readonly StructureShape AddPermissionRequest = new StructureShape("AddPermissionRequest")
        .Add("StatementId", new StringShape(1, 100, "([a-zA-Z0-9-_]+)"), required: true)
        .Add("Action", new StringShape(0, 10000, "(lambda:[*]|lambda:[a-zA-Z]+|[*])"), required: true)
        .Add("Principal", new StringShape(0, 2048, @"[^\s]+"), required: true)
        .Add("SourceArn", new StringShape(0, 10000, $@"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:({RegionPart})?:(\d{{12}})?:(.*)"))
        .Add("FunctionUrlAuthType", AuthType)
        .Add("InvokedViaFunctionUrl", Boolean)
        .Add("SourceAccount", new StringShape(0, 12, @"\d{12}"))
        .Add("EventSourceToken", new StringShape(0, 256, @"[a-zA-Z0-9._\-]+"))
        .Add("RevisionId", AnyString)
        .Add("PrincipalOrgID", new StringShape(12, 34, "o-[a-z0-9]{10,32}"));

    private static readonly StructureShape AliasRoutingConfiguration = new StructureShape("AliasRoutingConfiguration")
        .Add("AdditionalVersionWeights", new MapShape(new StringShape(1, 1024, "[0-9]+"), new DoubleShape(0.0, 1.0)));

    public static readonly StructureShape CreateAliasRequest = new StructureShape("CreateAliasRequest")
        .Add("Name", Alias, required: true)
        .Add("FunctionVersion", VersionWithLatestPublished, required: true)
        .Add("Description", Description)
        .Add("RoutingConfig", AliasRoutingConfiguration);

    public static readonly StructureShape UpdateAliasRequest = new StructureShape("UpdateAliasRequest")
        .Add("FunctionVersion", VersionWithLatestPublished)
        .Add("Description", Description)
        .Add("RoutingConfig", AliasRoutingConfiguration)
        .Add("RevisionId", AnyString);

    public static readonly StructureShape PutFunctionConcurrencyRequest = new StructureShape("PutFunctionConcurrencyRequest")
        .Add("ReservedConcurrentExecutions", new IntegerShape(0), required: true);

    public static readonly StructureShape PutProvisionedConcurrencyConfigRequest = new StructureShape("PutProvisionedConcurrencyConfigRequest")
        .Add("ProvisionedConcurrentExecutions", new IntegerShape(1), required: true);

    /// <summary>DestinationArn (OnSuccess/OnFailure.Destination): a generic ARN, "", or kafka:// (event source mappings only).</summary>
    public static readonly StringShape DestinationArn = new(0, 350,
        $@"$|kafka://([^.]([a-zA-Z0-9\-_.]{{0,248}}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:({RegionPart})?:(\d{{12}})?:(.*)");

    private static readonly StructureShape DestinationConfig = new StructureShape("DestinationConfig")
        .Add("OnSuccess", new StructureShape("OnSuccess").Add("Destination", DestinationArn))
        .Add("OnFailure", new StructureShape("OnFailure").Add("Destination", DestinationArn));

    public static readonly StructureShape PutFunctionEventInvokeConfigRequest = EventInvokeRequest("PutFunctionEventInvokeConfigRequest");

    public static readonly StructureShape UpdateFunctionEventInvokeConfigRequest = EventInvokeRequest("UpdateFunctionEventInvokeConfigRequest");

    private static StructureShape EventInvokeRequest(string name) => new StructureShape(name)
        .Add("MaximumRetryAttempts", new IntegerShape(0, 2))
        .Add("MaximumEventAgeInSeconds", new IntegerShape(60, 21600))
        .Add("DestinationConfig", DestinationConfig);

    public static readonly IntegerShape MaxItems50 = new(1, 50);

    public static readonly IntegerShape MaxListItems = new(1, 10000);
}
