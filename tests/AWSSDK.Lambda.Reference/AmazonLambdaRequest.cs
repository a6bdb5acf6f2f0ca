// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using Amazon.Runtime;

namespace Amazon.Lambda;

/// <summary>Base class of every Lambda request (namespace Amazon.Lambda, like the real package).</summary>
public partial class AmazonLambdaRequest : AmazonWebServiceRequest
{
}
