using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Planning;

namespace LambdaGen.Deploy.Tests;

/// <summary>The deploy's consumers of the field table: the manifest reader reads back every row the writer writes, and
/// every row that changes through an update call is in the deploy's diff.</summary>
public class FieldTableTests
{
    [Fact]
    public void The_manifest_reader_reads_back_every_row_the_writer_writes()
    {
        var settings = new SettingTable();
        foreach (Field field in FieldTable.CreateFunction.Where(f => f.Index >= 0))
        {
            object value = field.Kind switch
            {
                FieldKind.String => new Setting<string>(field.Model.Enum.Count > 0 ? field.Model.Enum[0] : "v-" + field.Name, ValueOrigin.Manifest),
                FieldKind.Int => new Setting<int>(7, ValueOrigin.Manifest),
                FieldKind.Double => new Setting<double>(2.5, ValueOrigin.Manifest),
                FieldKind.Bool => new Setting<bool>(true, ValueOrigin.Manifest),
                _ => new Setting<EquatableArray<string?>>(EquatableArray.From<string?>("a", "b"), ValueOrigin.Manifest),
            };
            settings = settings.With(field, value);
        }
        var written = new FunctionSpec { Settings = settings };
        var body = (JsonObject)JsonNode.Parse(ManifestWriter.Write(written))!;

        var problems = new List<ManifestProblem>();
        FunctionSpec read = new ManifestCheck.SpecReader(body, "/m/f.json", problems).Read();

        Assert.Empty(problems);
        foreach (Field field in FieldTable.CreateFunction.Where(f => f.Index >= 0))
        {
            Assert.Equal(settings[field], read.Settings[field]);
        }
    }

    [Fact]
    public void Every_row_that_an_update_changes_is_in_the_deploy_diff_and_no_other()
    {
        var updated = FieldTable.CreateFunction.Where(f => f.Channel is DeployChannel.Configuration or DeployChannel.Code or DeployChannel.ConfigurationOnceCreated).Select(f => f.TopLevel).Distinct();
        Assert.Equal(updated.OrderBy(n => n, StringComparer.Ordinal), ConfigFields.All.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(ConfigFields.All, c => Assert.Equal(
            FieldTable.CreateFunction.First(f => f.TopLevel == c.Name).Channel == DeployChannel.Code ? FieldChannel.Code : FieldChannel.Configuration, c.Channel));
    }

    [Fact]
    public void Reset_values_are_composed_from_the_rows()
    {
        var vpc = ConfigFields.All.Single(c => c.Name == "VpcConfig").ServiceDefault!("fn");
        Assert.Equal("""{"SubnetIds":[],"SecurityGroupIds":[],"Ipv6AllowedForDualStack":false}""", vpc!.ToJsonString());
        var logging = ConfigFields.All.Single(c => c.Name == "LoggingConfig").ServiceDefault!("orders");
        Assert.Equal("""{"LogFormat":"Text","LogGroup":"/aws/lambda/orders"}""", logging!.ToJsonString());
        Assert.Equal("128", ConfigFields.All.Single(c => c.Name == "MemorySize").ServiceDefault!("fn")!.ToJsonString());
        Assert.Null(ConfigFields.All.Single(c => c.Name == "Role").ServiceDefault);
    }
}
