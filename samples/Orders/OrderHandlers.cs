using System.Text;
using System.Text.Json;
using LambdaGen;

namespace Orders;

/// <summary>The API-facing order handlers. Stream in, Stream out: no Lambda serializer package needed.</summary>
public static class OrderHandlers
{
    /// <summary>POST /orders: validates and stores an order. Runs in the VPC to reach the database.</summary>
    [LambdaFunction(
        FunctionName = "create",
        Description = "Creates an order",
        MemorySize = 1024,
        Timeout = 15,
        SubnetIds = new[] { "subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788" },
        SecurityGroupIds = new[] { "sg-0123456789abcdef0" },
        Layers = new[] { "arn:aws:lambda:eu-west-1:123456789012:layer:orders-shared:7" },
        DeadLetterTargetArn = "arn:aws:sqs:eu-west-1:123456789012:orders-create-dlq")]
    [LambdaEnvironment("ORDERS_TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:orders-created")]
    [LambdaTag("endpoint", "POST /orders")]
    public static async Task<Stream> Create(Stream input)
    {
        using var document = await JsonDocument.ParseAsync(input);
        var id = Guid.NewGuid().ToString("n");
        return Json(new { id, status = "created", items = document.RootElement.TryGetProperty("items", out var items) ? items.GetArrayLength() : 0 });
    }

    /// <summary>GET /orders/{id}: a small, fast read.</summary>
    [LambdaFunction(FunctionName = "get", Description = "Reads an order", MemorySize = 256, Timeout = 5)]
    [LambdaTag("endpoint", "GET /orders/id")]
    public static Stream Get(Stream input)
    {
        using var reader = new StreamReader(input);
        var id = reader.ReadToEnd().Trim('"', ' ', '\n');
        return Json(new { id, status = "created" });
    }

    internal static Stream Json<T>(T value) => new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value));
}

/// <summary>Background processing: queue consumers and a nightly job.</summary>
public sealed class Workers
{
    /// <summary>Charges payments from the queue; x86_64 for a native payment library in its layer.</summary>
    [LambdaFunction(
        FunctionName = "charge-payments",
        Description = "Charges queued payments",
        Architectures = new[] { LambdaArchitecture.X86_64 },
        Timeout = 120,
        KMSKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        Layers = new[] { "arn:aws:lambda:eu-west-1:123456789012:layer:payments-native:3" },
        DeadLetterTargetArn = "arn:aws:sns:eu-west-1:123456789012:payments-failed",
        ApplicationLogLevel = LambdaLogLevel.Debug)]
    [LambdaEnvironment("PAYMENT_PROVIDER_URL", "https://payments.example.com/v2")]
    public async Task<Stream> ChargePayments(Stream batch)
    {
        await Task.Yield();
        return OrderHandlers.Json(new { batchItemFailures = Array.Empty<object>() });
    }

    /// <summary>Builds the nightly CSV report in /tmp: needs more ephemeral storage and memory.</summary>
    [LambdaFunction(
        FunctionName = "nightly-report",
        Description = "Writes the nightly order report",
        MemorySize = 3008,
        Timeout = 900,
        EphemeralStorage = 4096,
        TracingMode = LambdaTracingMode.PassThrough,
        LogGroup = "/orders/nightly-report")]
    [LambdaEnvironment("REPORT_BUCKET", "orders-reports-prod")]
    [LambdaTag("schedule", "nightly")]
    public Stream NightlyReport(Stream input)
    {
        var path = Path.Combine(Path.GetTempPath(), "report.csv");
        File.WriteAllText(path, "id,status\n", Encoding.UTF8);
        return OrderHandlers.Json(new { report = path });
    }
}
