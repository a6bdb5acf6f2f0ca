// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md (its v4 rules) and the Lambda service model's shapes of these
// operations. Compile-and-run only: no marshalling, no HTTP.

using System;
using System.Collections.Generic;
using Amazon.Runtime;

// The other operations a function's configuration is sent with: function URL, alias, reserved and provisioned
// concurrency, asynchronous invocation. Requests and responses are named after the operation (model output shapes
// AliasConfiguration, Concurrency and FunctionEventInvokeConfig become CreateAliasResponse, PutFunctionConcurrencyResponse
// and PutFunctionEventInvokeConfigResponse); value types are nullable; collections are null until assigned.
namespace Amazon.Lambda.Model;

/// <summary>POST /2021-10-31/functions/{FunctionName}/url (Qualifier in the query). Required: FunctionName, AuthType.</summary>
public partial class CreateFunctionUrlConfigRequest : AmazonLambdaRequest
{
    public FunctionUrlAuthType AuthType { get; set; }

    public Cors Cors { get; set; }

    public string FunctionName { get; set; }

    public InvokeMode InvokeMode { get; set; }

    public string Qualifier { get; set; }
}

/// <summary>HTTP 201. The model's timestamps of this shape are strings (ISO-8601).</summary>
public partial class CreateFunctionUrlConfigResponse : AmazonWebServiceResponse
{
    public FunctionUrlAuthType AuthType { get; set; }

    public Cors Cors { get; set; }

    public string CreationTime { get; set; }

    public string FunctionArn { get; set; }

    public string FunctionUrl { get; set; }

    public InvokeMode InvokeMode { get; set; }
}

/// <summary>The function URL's cross-origin resource sharing settings.</summary>
public partial class Cors
{
    public bool? AllowCredentials { get; set; }

    public List<string> AllowHeaders { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public List<string> AllowMethods { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public List<string> AllowOrigins { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public List<string> ExposeHeaders { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public int? MaxAge { get; set; }
}

/// <summary>POST /2015-03-31/functions/{FunctionName}/aliases. Required: FunctionName, Name, FunctionVersion.</summary>
public partial class CreateAliasRequest : AmazonLambdaRequest
{
    public string Description { get; set; }

    public string FunctionName { get; set; }

    public string FunctionVersion { get; set; }

    public string Name { get; set; }

    public AliasRoutingConfiguration RoutingConfig { get; set; }
}

/// <summary>HTTP 201; the model's AliasConfiguration shape.</summary>
public partial class CreateAliasResponse : AmazonWebServiceResponse
{
    public string AliasArn { get; set; }

    public string Description { get; set; }

    public string FunctionVersion { get; set; }

    public string Name { get; set; }

    public string RevisionId { get; set; }

    public AliasRoutingConfiguration RoutingConfig { get; set; }
}

/// <summary>An alias's traffic shifting: version → weight (0.0–1.0).</summary>
public partial class AliasRoutingConfiguration
{
    public Dictionary<string, double> AdditionalVersionWeights { get; set; } = AWSConfigs.InitializeCollections ? new Dictionary<string, double>() : null;
}

/// <summary>PUT /2019-09-30/functions/{FunctionName}/provisioned-concurrency (Qualifier in the query). Required:
/// FunctionName, Qualifier, ProvisionedConcurrentExecutions.</summary>
public partial class PutProvisionedConcurrencyConfigRequest : AmazonLambdaRequest
{
    public string FunctionName { get; set; }

    public int? ProvisionedConcurrentExecutions { get; set; }

    public string Qualifier { get; set; }
}

/// <summary>HTTP 202.</summary>
public partial class PutProvisionedConcurrencyConfigResponse : AmazonWebServiceResponse
{
    public int? AllocatedProvisionedConcurrentExecutions { get; set; }

    public int? AvailableProvisionedConcurrentExecutions { get; set; }

    public string LastModified { get; set; }

    public int? RequestedProvisionedConcurrentExecutions { get; set; }

    public ProvisionedConcurrencyStatusEnum Status { get; set; }

    public string StatusReason { get; set; }
}

/// <summary>PUT /2017-10-31/functions/{FunctionName}/concurrency. Required: FunctionName, ReservedConcurrentExecutions.</summary>
public partial class PutFunctionConcurrencyRequest : AmazonLambdaRequest
{
    public string FunctionName { get; set; }

    public int? ReservedConcurrentExecutions { get; set; }
}

/// <summary>HTTP 200; the model's Concurrency shape.</summary>
public partial class PutFunctionConcurrencyResponse : AmazonWebServiceResponse
{
    public int? ReservedConcurrentExecutions { get; set; }
}

/// <summary>PUT /2019-09-25/functions/{FunctionName}/event-invoke-config (Qualifier in the query). Required: FunctionName.</summary>
public partial class PutFunctionEventInvokeConfigRequest : AmazonLambdaRequest
{
    public DestinationConfig DestinationConfig { get; set; }

    public string FunctionName { get; set; }

    public int? MaximumEventAgeInSeconds { get; set; }

    public int? MaximumRetryAttempts { get; set; }

    public string Qualifier { get; set; }
}

/// <summary>HTTP 200; the model's FunctionEventInvokeConfig shape (LastModified is a timestamp there).</summary>
public partial class PutFunctionEventInvokeConfigResponse : AmazonWebServiceResponse
{
    public DestinationConfig DestinationConfig { get; set; }

    public string FunctionArn { get; set; }

    public DateTime? LastModified { get; set; }

    public int? MaximumEventAgeInSeconds { get; set; }

    public int? MaximumRetryAttempts { get; set; }
}

/// <summary>Where asynchronous invocation records go.</summary>
public partial class DestinationConfig
{
    public OnFailure OnFailure { get; set; }

    public OnSuccess OnSuccess { get; set; }
}

public partial class OnSuccess
{
    public string Destination { get; set; }
}

public partial class OnFailure
{
    public string Destination { get; set; }
}
