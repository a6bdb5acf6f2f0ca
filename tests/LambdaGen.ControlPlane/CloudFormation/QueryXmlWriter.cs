using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// CloudFormation's XML answers: <c>&lt;{Action}Response&gt;&lt;{Action}Result&gt;…&lt;/…&gt;&lt;ResponseMetadata&gt;</c>, and
/// <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>, in the service namespace.
/// </summary>
internal static class QueryXmlWriter
{
    public static readonly XNamespace Ns = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    public static byte[] Success(string action, IEnumerable<XElement> result, string requestId) =>
        Write(new XElement(Ns + (action + "Response"),
            new XElement(Ns + (action + "Result"), result),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", requestId))));

    public static byte[] Error(AwsServiceException error, string requestId) =>
        Write(new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error",
                new XElement(Ns + "Type", error.Status >= 500 ? "Receiver" : "Sender"),
                new XElement(Ns + "Code", error.ErrorType),
                new XElement(Ns + "Message", error.Message)),
            new XElement(Ns + "RequestId", requestId)));

    /// <summary>An element, or nothing when <paramref name="value"/> is null (the member is absent).</summary>
    public static XElement? E(string name, string? value) => value is null ? null : new XElement(Ns + name, value);

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>A list member: <c>&lt;Name&gt;&lt;member&gt;…&lt;/member&gt;…&lt;/Name&gt;</c>.</summary>
    public static XElement Members(string name, IEnumerable<object?[]> members) =>
        new(Ns + name, members.Select(m => new XElement(Ns + "member", m)));

    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static byte[] Write(XElement root) => Encoding.UTF8.GetBytes(new XDocument(root).ToString(SaveOptions.DisableFormatting));
}
