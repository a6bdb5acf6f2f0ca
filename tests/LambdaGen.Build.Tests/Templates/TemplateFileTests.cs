using LambdaGen.Build.Templates;

namespace LambdaGen.Build.Tests.Templates;

/// <summary>Templates are build outputs like the manifests: the same code gives the same bytes, a file is written only when
/// it changes, is listed for FileWrites, and is removed when turned off — but only a file LambdaGen wrote.</summary>
public sealed class TemplateFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Lambda(string file) => _temp.Combine("lambda", file);

    [Fact]
    public void The_same_code_gives_the_same_bytes_and_an_unchanged_file()
    {
        var first = TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateSources.Both);
        var bytes = File.ReadAllBytes(Lambda(CloudFormationTemplate.FileName));
        var sam = File.ReadAllBytes(Lambda(SamTemplate.FileName));
        var stamp = File.GetLastWriteTimeUtc(Lambda(CloudFormationTemplate.FileName));
        Assert.Contains(Lambda(CloudFormationTemplate.FileName), first.Written);

        var second = TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateSources.Both);
        Assert.Contains(Lambda(CloudFormationTemplate.FileName), second.Unchanged);
        Assert.Contains(Lambda(SamTemplate.FileName), second.Unchanged);
        Assert.Contains(Lambda(CloudFormationTemplate.FileName), second.Files);
        Assert.Equal(bytes, File.ReadAllBytes(Lambda(CloudFormationTemplate.FileName)));
        Assert.Equal(sam, File.ReadAllBytes(Lambda(SamTemplate.FileName)));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Lambda(CloudFormationTemplate.FileName)));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB, "no BOM");
    }

    [Fact]
    public void The_default_is_the_CloudFormation_template_only_and_turning_it_off_removes_it()
    {
        TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateOptions.Parse(null, null, null, out _)!);
        Assert.True(File.Exists(Lambda(CloudFormationTemplate.FileName)));
        Assert.False(File.Exists(Lambda(SamTemplate.FileName)));

        var off = TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateOptions.Parse("false", null, null, out _)!);
        Assert.False(File.Exists(Lambda(CloudFormationTemplate.FileName)));
        Assert.Contains(Lambda(CloudFormationTemplate.FileName), off.Deleted);
        Assert.DoesNotContain(Lambda(CloudFormationTemplate.FileName), off.Files);
    }

    [Fact]
    public void Switching_to_SAM_replaces_the_CloudFormation_template()
    {
        TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateSources.Both);
        TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateOptions.Parse("true", "Sam", "../publish", out _)!);
        Assert.False(File.Exists(Lambda(CloudFormationTemplate.FileName)));
        Assert.True(File.Exists(Lambda(SamTemplate.FileName)));
    }

    [Fact]
    public void A_template_LambdaGen_did_not_write_is_left_alone()
    {
        Directory.CreateDirectory(_temp.Combine("lambda"));
        const string mine = "{ \"Description\": \"my own\", \"Resources\": {} }";
        File.WriteAllText(Lambda(CloudFormationTemplate.FileName), mine);
        TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateOptions.None);
        Assert.Equal(mine, File.ReadAllText(Lambda(CloudFormationTemplate.FileName)));
    }

    [Fact]
    public void What_a_format_cannot_express_is_a_warning_that_names_the_setting()
    {
        var result = TemplateSources.Export(TemplateSources.Rich, _temp.Path, TemplateSources.Both);
        var warnings = result.Messages.Where(m => m.Code == "LGB005").Select(m => m.Text).ToList();
        // SAM publishes one alias: the second one by name ('live' after 'blue-green') is left out, and the URL's qualifier
        // 'live' is not SAM's AutoPublishAlias; the alias descriptions have no SAM property.
        Assert.Contains(warnings, w => w.StartsWith("Function 'orders-api': alias 'live' cannot be expressed in serverless.template", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Function 'orders-api': Qualifier 'live' of [LambdaFunctionUrl] cannot be expressed in serverless.template", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Description ([LambdaAlias]) cannot be expressed in serverless.template", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.EndsWith("leaves it out (the manifest and the direct deploy carry it).", w));
        Assert.DoesNotContain(warnings, w => w.Contains("template.json", StringComparison.Ordinal)); // CloudFormation says everything here
        Assert.All(result.Messages.Where(m => m.Code == "LGB005"), m => Assert.EndsWith(SamTemplate.FileName, m.File));
    }

    [Theory]
    [InlineData(null, null, true, false)]
    [InlineData("", "", true, false)]
    [InlineData("true", "cloudformation", true, false)]
    [InlineData("True", "SAM", false, true)]
    [InlineData(null, " Both ", true, true)]
    [InlineData("false", "Both", false, false)]
    public void The_properties_choose_the_formats(string? enabled, string? format, bool cloudFormation, bool sam)
    {
        var options = TemplateOptions.Parse(enabled, format, null, out var error);
        Assert.Null(error);
        Assert.Equal((cloudFormation, sam), (options!.CloudFormation, options.Sam));
    }

    [Fact]
    public void An_unknown_format_is_an_error_that_names_the_value_and_the_choices()
    {
        Assert.Null(TemplateOptions.Parse(null, "Terraform", null, out var error));
        Assert.Equal("LambdaTemplateFormat 'Terraform' is not a template format; use CloudFormation, Sam or Both (or LambdaTemplate=false for none).", error);
    }
}
