namespace LambdaGen.Deploy.Tests;

/// <summary>The lines the deploy prints for MSBuild: canonical errors and warnings that end with their code's section.</summary>
public sealed class ConsoleDeployLogTests
{
    private static readonly string Docs = LambdaGen.Core.ProjectLinks.Docs;

    private static string Logged(Action<ConsoleDeployLog> write)
    {
        using var output = new StringWriter();
        write(new ConsoleDeployLog(output));
        return output.ToString().TrimEnd('\n', '\r');
    }

    [Fact]
    public void An_LGD_error_ends_with_its_section_of_build_and_deploy_codes()
    {
        Assert.Equal(
            $"/m/functions.json : error LGD011: bad JSON on two lines ({Docs}build-and-deploy-codes.md#lgd011)",
            Logged(log => log.Error("/m/functions.json", "LGD011", "bad JSON\non two lines")));
    }

    [Fact]
    public void A_warning_without_a_file_is_the_tool_s_and_links_too()
    {
        Assert.Equal(
            $"LambdaGen.Deploy : warning LGD044: left as deployed ({Docs}build-and-deploy-codes.md#lgd044)",
            Logged(log => log.Warning(null, "LGD044", "left as deployed")));
    }

    [Fact]
    public void An_LG_rule_the_re_check_reports_links_to_analyzers_md()
    {
        Assert.Equal(
            $"/m/orders.json : error LG0010: MemorySize 64 is below 128 ({Docs}analyzers.md#lg0010)",
            Logged(log => log.Error("/m/orders.json", "LG0010", "MemorySize 64 is below 128")));
    }

    [Fact]
    public void A_code_nobody_documents_gets_no_link_rather_than_a_broken_one()
    {
        Assert.Equal("LambdaGen.Deploy : error LGD998: x", Logged(log => log.Error(null, "LGD998", "x")));
    }
}
